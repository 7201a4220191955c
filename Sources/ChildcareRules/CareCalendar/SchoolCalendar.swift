/// A school's calendar as the caller knows it: its holidays, and its closure days (including study
/// days), each with the date the school announced it (TSO terms art. 4 lid 2).
///
/// > "Partou biedt geen tso aan wanneer de scholen zijn gesloten. Dit is ook van toepassing op
/// > schoolsluitingsdagen van scholen (dagen/dagdelen waarvan de school aan het begin van het schooljaar
/// > heeft gecommuniceerd dat zij gesloten is) en op de algemeen erkende feestdagen."
///
/// The library cannot know a school's calendar; the caller supplies it. The TSO holidays of
/// art. 4 lid 3 are built in (``TSOHolidays``) and need not be listed.
public struct SchoolCalendar: Sendable, Hashable {
    /// The school holidays (schoolvakanties): the school is closed on every day of each range.
    public let schoolHolidays: [DateRange]
    /// The closure days (schoolsluitingsdagen, including study days), each with its announcement date, in date order.
    public let closures: [ClosureDay]

    /// Creates a school calendar whose closure days were all announced at the start of the school year.
    public init(schoolHolidays: [DateRange] = [], closureDays: [LocalDate] = []) {
        self.init(schoolHolidays: schoolHolidays, closures: closureDays.map { ClosureDay(date: $0) })
    }

    /// Creates a school calendar from closure days that each carry their announcement date.
    public init(schoolHolidays: [DateRange] = [], closures: [ClosureDay]) {
        self.schoolHolidays = schoolHolidays.sorted { $0.first < $1.first }
        self.closures = closures.sorted()
    }

    /// A calendar with no school holidays and no closure days.
    public static let none = SchoolCalendar()

    /// The dates of all closure days, however late they were announced.
    public var closureDays: [LocalDate] { closures.map { $0.date } }

    /// The closure day on `date`, if there is one (the earliest announcement when listed twice).
    public func closure(on date: LocalDate) -> ClosureDay? {
        closures.filter { $0.date == date }.min { $0.announcedOnOrBefore < $1.announcedOnOrBefore }
    }

    /// Whether `date` is a closure day, however late it was announced.
    public func isClosureDay(_ date: LocalDate) -> Bool { closures.contains { $0.date == date } }

    /// Whether `date` falls in a school holiday.
    public func isSchoolHoliday(_ date: LocalDate) -> Bool { schoolHolidays.contains { $0.contains(date) } }
}

/// A school closure day (schoolsluitingsdag, including a study day) and when the school announced it
/// (TSO terms art. 4 lid 2 and lid 4).
///
/// Only a closure day the school announced "aan het begin van het schooljaar" bars swap hours and
/// restitution (art. 4 lid 4). The start of the school year is its first day, 1 August (art. 4 lid 1:
/// "van 1 augustus tot en met 31 juli"): a closure day announced on or before 1 August of the school year
/// it falls in is announced at the start; one announced on 2 August or later is announced late, and its
/// contracted minutes are credited as swap hours (I-230).
///
/// | closure day | announced | at the start of the school year |
/// |---|---|---|
/// | 2027-03-05 | not given | yes |
/// | 2027-03-05 | 2026-08-01 | yes |
/// | 2027-03-05 | 2026-08-02 | no: late |
public struct ClosureDay: Sendable, Hashable, Comparable {
    /// The day the school is closed.
    public let date: LocalDate
    /// When the school announced it; `nil` when it was announced at the start of the school year.
    public let announced: LocalDate?

    /// Creates a closure day; without `announced` it counts as announced at the start of the school year.
    public init(date: LocalDate, announced: LocalDate? = nil) {
        self.date = date
        self.announced = announced
    }

    /// The first day of the school year the closure day falls in: 1 August (art. 4 lid 1).
    public var startOfSchoolYear: LocalDate { SchoolYear(containing: date).firstDay }

    /// Whether the school announced it at the start of the school year: on or before 1 August of its school year.
    public var isAnnouncedAtStartOfSchoolYear: Bool {
        guard let announced else { return true }
        return announced <= startOfSchoolYear
    }

    /// The announcement date, or the start of the school year when none was given.
    public var announcedOnOrBefore: LocalDate { announced ?? startOfSchoolYear }

    /// Orders by date, then by announcement.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.date, lhs.announcedOnOrBefore) < (rhs.date, rhs.announcedOnOrBefore)
    }
}

#if !hasFeature(Embedded)
    extension SchoolCalendar: Codable {}
    extension ClosureDay: Codable {}
#endif
