/// A school's calendar as the caller knows it: its holidays, and the closure days (including study
/// days) it announced at the start of the school year (TSO terms art. 4 lid 2).
///
/// > "Partou biedt geen tso aan wanneer de scholen zijn gesloten. Dit is ook van toepassing op
/// > schoolsluitingsdagen van scholen (dagen/dagdelen waarvan de school aan het begin van het schooljaar
/// > heeft gecommuniceerd dat zij gesloten is) en op de algemeen erkende feestdagen."
///
/// The library cannot know a school's calendar; the caller supplies it. The TSO holidays of
/// art. 4 lid 3 are built in (``TSOHolidays``) and need not be listed.
public struct SchoolCalendar: Sendable, Hashable, Codable {
    /// The school holidays (schoolvakanties): the school is closed on every day of each range.
    public let schoolHolidays: [DateRange]
    /// The closure days (schoolsluitingsdagen, including study days) announced at the start of the school year.
    public let closureDays: [LocalDate]

    /// Creates a school calendar.
    public init(schoolHolidays: [DateRange] = [], closureDays: [LocalDate] = []) {
        self.schoolHolidays = schoolHolidays.sorted { $0.first < $1.first }
        self.closureDays = closureDays.sorted()
    }

    /// A calendar with no school holidays and no closure days.
    public static let none = SchoolCalendar()

    /// Whether `date` is an announced closure day.
    public func isClosureDay(_ date: LocalDate) -> Bool { closureDays.contains(date) }

    /// Whether `date` falls in a school holiday.
    public func isSchoolHoliday(_ date: LocalDate) -> Bool { schoolHolidays.contains { $0.contains(date) } }
}
