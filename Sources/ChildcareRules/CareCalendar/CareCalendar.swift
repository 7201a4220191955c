/// The care calendar: which days of a period are care days, and why the others are not.
///
/// A day is a care day when the contract covers it, it is not a weekend day, its weekday is in the
/// schedule, and it is not a TSO holiday, a school closure day, or a school holiday (TSO terms art. 4
/// lid 2 and 3). For those days there are no swap hours and no refund (art. 4 lid 4), except a closure
/// day the school announced after the start of the school year (``NoCareReason/closureDayAnnouncedLate``,
/// I-230). Each care day carries its start and its 96-hour deadline (art. 5 lid 1).
///
/// Every rule about a day of care takes the contract and the school calendar, so that no entry point
/// can skip the calendar: ``AbsenceRule``, ``NinetySixHourRule/absence(date:contract:school:reported:child:)``
/// and ``ExtraCareRequestRule``.
///
/// ```swift
/// for day in try CareCalendar.days(from: first, through: last, contract: contract, school: calendar) {
///     switch day {
///     case .care(let care): print(care.date, care.deadline)
///     case .noCare(let skipped): print(skipped.date, skipped.reason)
///     }
/// }
/// ```
public enum CareCalendar {
    /// Whether `date` is a care day under `contract` and `school`, and if not, why not.
    ///
    /// The reasons are checked in this order: outside the contract, weekend, weekday not in the
    /// schedule, TSO holiday, school closure day (announced at the start of the school year, or late),
    /// school holiday.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` for a date outside the supported years.
    public static func day(
        _ date: LocalDate, contract: Contract, school: SchoolCalendar
    ) throws(RulesError) -> CareDayStatus {
        if date < contract.startDate {
            return .noCare(SkippedDay(date: date, reason: .beforeContract))
        }
        if let end = contract.endDate, date > end {
            return .noCare(SkippedDay(date: date, reason: .afterContract))
        }
        if date.weekday.isWeekend {
            return .noCare(SkippedDay(date: date, reason: .weekend))
        }
        guard let session = contract.schedule.session(on: date.weekday) else {
            return .noCare(SkippedDay(date: date, reason: .notScheduled))
        }
        let holidays = try tsoHolidays(on: date)
        if !holidays.isEmpty {
            return .noCare(
                SkippedDay(
                    date: date, reason: .tsoHoliday, holidays: holidays, contractedMinutes: session.minutes))
        }
        if let closure = school.closure(on: date) {
            return .noCare(
                SkippedDay(
                    date: date,
                    reason: closure.isAnnouncedAtStartOfSchoolYear
                        ? .schoolClosureDay : .closureDayAnnouncedLate,
                    contractedMinutes: session.minutes, closure: closure))
        }
        if school.isSchoolHoliday(date) {
            return .noCare(
                SkippedDay(date: date, reason: .schoolHoliday, contractedMinutes: session.minutes))
        }
        let computation = try NinetySixHourRule.computation(
            careStart: LocalDateTime(date: date, time: session.start))
        return .care(
            CareDay(
                date: date, start: computation.careStart, minutes: session.minutes,
                deadline: computation.deadline))
    }

    /// Why the school, and so TSO, is closed on `date` whatever the contract's schedule, or `nil` on a
    /// school day: a weekend, a TSO holiday (art. 4 lid 3), a school closure day (announced at the start of
    /// the school year, or late) or a school holiday (art. 4 lid 2), checked in that order.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` for a date outside the supported years.
    public static func schoolClosed(
        on date: LocalDate, school: SchoolCalendar
    ) throws(RulesError) -> NoCareReason? {
        if date.weekday.isWeekend { return .weekend }
        if !(try tsoHolidays(on: date)).isEmpty { return .tsoHoliday }
        if let closure = school.closure(on: date) {
            return closure.isAnnouncedAtStartOfSchoolYear ? .schoolClosureDay : .closureDayAnnouncedLate
        }
        return school.isSchoolHoliday(date) ? .schoolHoliday : nil
    }

    private static func tsoHolidays(on date: LocalDate) throws(RulesError) -> [Holiday] {
        try RulesError.calendar { () throws(CalendarError) in try TSOHolidays.holidays(on: date) }
    }

    /// Every day from `first` through `last` (both included), each a care day or a skipped day.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` when `last` is before `first`, or a calendar error.
    public static func days(
        from first: LocalDate, through last: LocalDate, contract: Contract, school: SchoolCalendar
    ) throws(RulesError) -> [CareDayStatus] {
        let range = try RulesError.calendar { () throws(CalendarError) in
            try DateRange(first: first, last: last)
        }
        var result: [CareDayStatus] = []
        result.reserveCapacity(range.dayCount)
        for date in range.dates {
            result.append(try day(date, contract: contract, school: school))
        }
        return result
    }
}

/// A date's place in the care calendar: a care day, or a day without care and the reason.
public enum CareDayStatus: Sendable, Hashable {
    /// Care is given on this day.
    case care(CareDay)
    /// No care on this day.
    case noCare(SkippedDay)

    /// The date.
    public var date: LocalDate {
        switch self {
        case .care(let day): day.date
        case .noCare(let day): day.date
        }
    }

    /// The care day, if it is one.
    public var careDay: CareDay? {
        if case .care(let day) = self { return day }
        return nil
    }
}

/// A day with care: when it starts, how long, and the 96-hour deadline to report an absence.
public struct CareDay: Sendable, Hashable {
    /// The date.
    public let date: LocalDate
    /// The start of care.
    public let start: ZonedDateTime
    /// The contracted minutes of care.
    public let minutes: Int
    /// The 96-hour deadline: an absence reported strictly before it earns swap hours (art. 5 lid 1).
    public let deadline: ZonedDateTime

    /// Creates a care day.
    public init(date: LocalDate, start: ZonedDateTime, minutes: Int, deadline: ZonedDateTime) {
        self.date = date
        self.start = start
        self.minutes = minutes
        self.deadline = deadline
    }
}

/// A day without care, and why.
public struct SkippedDay: Sendable, Hashable {
    /// The date.
    public let date: LocalDate
    /// Why there is no care.
    public let reason: NoCareReason
    /// The TSO holidays on that date, when the reason is ``NoCareReason/tsoHoliday``.
    public let holidays: [Holiday]
    /// The minutes the contract schedules that day (0 when the weekday has no care or is outside the contract).
    public let contractedMinutes: Int
    /// The closure day, when the reason is a school closure day.
    public let closure: ClosureDay?

    /// Creates a skipped day.
    public init(
        date: LocalDate, reason: NoCareReason, holidays: [Holiday] = [], contractedMinutes: Int = 0,
        closure: ClosureDay? = nil
    ) {
        self.date = date
        self.reason = reason
        self.holidays = holidays
        self.contractedMinutes = contractedMinutes
        self.closure = closure
    }

    /// The minutes credited as swap hours for this day: the contracted minutes of a closure day the
    /// school announced late (art. 4 lid 4 a contrario; I-230), otherwise 0.
    public var creditedMinutes: Int { reason == .closureDayAnnouncedLate ? contractedMinutes : 0 }
}

/// Why a day has no care. None of these days earns swap hours or a refund (TSO terms art. 4 lid 4),
/// except ``closureDayAnnouncedLate`` (I-230).
public enum NoCareReason: String, Sendable, Hashable, CaseIterable {
    /// Before the contract's start date.
    case beforeContract
    /// After the contract's end date.
    case afterContract
    /// A Saturday or Sunday: the school is closed (art. 4 lid 2).
    case weekend
    /// The contract has no care on this weekday.
    case notScheduled
    /// A generally recognised holiday (art. 4 lid 3).
    case tsoHoliday
    /// A school closure day announced at the start of the school year (art. 4 lid 2).
    case schoolClosureDay
    /// A school holiday: the school is closed (art. 4 lid 2).
    case schoolHoliday
    /// A school closure day announced after the start of the school year: no TSO (art. 4 lid 2), but
    /// the bar on swap hours and restitution of art. 4 lid 4 does not apply (I-230).
    case closureDayAnnouncedLate

    /// The reason in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.beforeContract, .nl): "voor de startdatum van de overeenkomst"
        case (.beforeContract, .en): "before the contract starts"
        case (.afterContract, .nl): "na de einddatum van de overeenkomst"
        case (.afterContract, .en): "after the contract ends"
        case (.weekend, .nl): "weekend"
        case (.weekend, .en): "weekend"
        case (.notScheduled, .nl): "geen opvangdag in je overeenkomst"
        case (.notScheduled, .en): "not a care day in your contract"
        case (.tsoHoliday, .nl): "algemeen erkende feestdag"
        case (.tsoHoliday, .en): "generally recognised holiday"
        case (.schoolClosureDay, .nl): "schoolsluitingsdag"
        case (.schoolClosureDay, .en): "school closure day"
        case (.schoolHoliday, .nl): "schoolvakantie"
        case (.schoolHoliday, .en): "school holiday"
        case (.closureDayAnnouncedLate, .nl):
            "schoolsluitingsdag die niet aan het begin van het schooljaar is aangekondigd"
        case (.closureDayAnnouncedLate, .en):
            "school closure day not announced at the start of the school year"
        }
    }

    /// The clause that says there is no care (and, but for a late-announced closure day, no swap hours or refund).
    public func citations(in edition: TermsEdition) -> [Citation] {
        switch self {
        case .beforeContract, .afterContract, .notScheduled: [edition.cite("4", lid: 1)]
        case .tsoHoliday: [edition.cite("4", lid: 3), edition.cite("4", lid: 4)]
        case .weekend: [edition.cite("4", lid: 2)]
        case .schoolClosureDay, .schoolHoliday: [edition.cite("4", lid: 2), edition.cite("4", lid: 4)]
        case .closureDayAnnouncedLate: [edition.cite("4", lid: 2), edition.cite("4", lid: 4)]
        }
    }
}

#if !hasFeature(Embedded)
    extension CareDayStatus: Codable {}
    extension CareDay: Codable {}
    extension SkippedDay: Codable {}
    extension NoCareReason: Codable {}
#endif
