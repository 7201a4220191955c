/// A number the terms set, with where it comes from: its value and unit, the edition and clause that set
/// it, the Dutch words it is read from, and the date it starts to apply.
///
/// A rule reads its numbers from a parameter, never from a literal, so that a new edition of the terms
/// that changes a number changes the rule (OpenFisca keeps its parameters this way).
///
/// ```swift
/// let notice = TSOParameters.edition2024.absenceNotice
/// notice.value        // 96
/// notice.unit         // .hours
/// notice.clauseKey    // "TSO art. 5 lid 1"
/// notice.quote        // "meer dan 96 uur voor de start van de opvang"
/// notice.startDate    // 2024-08-01
/// ```
public struct TermsParameter<Value: Sendable & Hashable>: Sendable, Hashable {
    /// A stable name, such as `tso.absence.noticeHours`.
    public let name: String
    /// The value.
    public let value: Value
    /// The unit the value counts in.
    public let unit: ParameterUnit
    /// The clause that sets it, in its edition.
    public let citation: Citation
    /// The words of the clause the value is read from, verbatim Dutch.
    public let quote: String

    /// Creates a parameter. The library's own are the fields of ``TSOParameters/edition2024``.
    public init(name: String, value: Value, unit: ParameterUnit, citation: Citation, quote: String) {
        self.name = name
        self.value = value
        self.unit = unit
        self.citation = citation
        self.quote = quote
    }

    /// The edition that sets the value.
    public var edition: TermsEdition { citation.edition }

    /// The stable key of the clause that sets it: "TSO art. 5 lid 1".
    public var clauseKey: String { citation.key }

    /// The first date the value applies: the effective date of its edition; `nil` for an undated edition.
    public var startDate: LocalDate? { citation.edition.effectiveDate }
}

/// The unit a ``TermsParameter`` counts in.
public enum ParameterUnit: String, Sendable, Hashable, CaseIterable {
    /// Elapsed hours.
    case hours
    /// Calendar days.
    case days
    /// Calendar weeks of 7 days.
    case weeks
    /// Calendar months (how a month is added is stated where it is used: ``MonthRounding``).
    case calendarMonths
    /// A count of things, such as instalments.
    case count
    /// A clock time, Amsterdam local time.
    case timeOfDay
    /// Months of the year, 1 (January) to 12 (December).
    case monthsOfYear
    /// A day of the year, as month and day.
    case dayOfYear
    /// An amount of money in euro cents.
    case cents

    /// The unit's name, in Dutch or English.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.hours, .nl): "uur"
        case (.hours, .en): "hours"
        case (.days, .nl): "dagen"
        case (.days, .en): "days"
        case (.weeks, .nl): "weken"
        case (.weeks, .en): "weeks"
        case (.calendarMonths, .nl): "kalendermaanden"
        case (.calendarMonths, .en): "calendar months"
        case (.count, .nl): "aantal"
        case (.count, .en): "count"
        case (.timeOfDay, .nl): "tijdstip"
        case (.timeOfDay, .en): "time of day"
        case (.monthsOfYear, .nl): "maanden van het jaar"
        case (.monthsOfYear, .en): "months of the year"
        case (.dayOfYear, .nl): "dag van het jaar"
        case (.dayOfYear, .en): "day of the year"
        case (.cents, .nl): "eurocent"
        case (.cents, .en): "euro cents"
        }
    }
}

/// A day of the year without a year: 31 December.
public struct DayOfYear: Sendable, Hashable {
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1 to the month's length in a leap year.
    public let day: Int

    /// Creates a day of the year.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for a month outside 1–12, or a day that the
    ///   month never has (30 February).
    public init(month: Int, day: Int) throws(RulesError) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysInMonth(year: 2028, month: month)
        else {
            throw RulesError(
                code: .invalidArgument, value: "day \(day) of month \(month)",
                context: "no year has that day")
        }
        self.init(unchecked: month, day)
    }

    /// A day of the year the library knows to exist.
    package init(unchecked month: Int, _ day: Int) {
        self.month = month
        self.day = day
    }

    /// This day in `year`; 29 February is the last day of February in a year without it.
    public func date(in year: Int) -> LocalDate {
        LocalDate(unchecked: year, month, min(day, LocalDate.daysInMonth(year: year, month: month)))
    }

    /// The first date on or after `date` that is this day of the year: for 31 December, the 31 December
    /// of `date`'s own year.
    public func next(onOrAfter date: LocalDate) -> LocalDate {
        let candidate = self.date(in: date.year)
        return candidate >= date ? candidate : self.date(in: date.year + 1)
    }

    /// "31 december" / "31 December".
    public func phrase(in language: Language) -> String {
        "\(day) \(date(in: 2028).monthName(in: language))"
    }
}
