// Day arithmetic: a date as a count of days since 1970-01-01, and back.
// The conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`,
// exact for every Gregorian date, written with integer division only.

extension LocalDate {
    /// The number of days from 1970-01-01 to this date (negative before 1970).
    public var daysSinceEpoch: Int {
        Self.daysFromCivil(year, month, day)
    }

    /// The date that is `days` days after 1970-01-01.
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the date leaves the supported years.
    public init(daysSinceEpoch days: Int) throws(CalendarError) {
        guard Self.supportedDayRange.contains(days) else {
            throw CalendarError(
                code: .arithmeticOutOfRange, value: "day \(days) since 1970-01-01",
                context: "dates are supported from \(Self.supportedYears.lowerBound) to \(Self.supportedYears.upperBound)")
        }
        let (y, m, d) = Self.civilFromDays(days)
        self.init(unchecked: y, m, d)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4). Shift so that the remainder is never negative.
        let index = ((daysSinceEpoch + 3) % 7 + 7) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// The day of the year, 1 for 1 January.
    public var dayOfYear: Int {
        daysSinceEpoch - Self.daysFromCivil(year, 1, 1) + 1
    }

    /// The date `days` days later (or earlier, for a negative count).
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the result leaves the supported years.
    public func adding(days: Int) throws(CalendarError) -> LocalDate {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        guard !overflow else {
            throw CalendarError(code: .arithmeticOutOfRange, value: "\(self) + \(days) days")
        }
        return try LocalDate(daysSinceEpoch: sum)
    }

    /// The date `days` days earlier.
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the result leaves the supported years.
    public func subtracting(days: Int) throws(CalendarError) -> LocalDate {
        guard days != Int.min else {
            throw CalendarError(code: .arithmeticOutOfRange, value: "\(self) - \(days) days")
        }
        return try adding(days: -days)
    }

    /// The date `weeks` weeks (7 days each) later, or earlier for a negative count.
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the result leaves the supported years.
    public func adding(weeks: Int) throws(CalendarError) -> LocalDate {
        let (days, overflow) = weeks.multipliedReportingOverflow(by: 7)
        guard !overflow else {
            throw CalendarError(code: .arithmeticOutOfRange, value: "\(self) + \(weeks) weeks")
        }
        return try adding(days: days)
    }

    /// The number of days from this date to `other`: positive when `other` is later.
    ///
    /// `LocalDate("2026-03-26").days(to: LocalDate("2026-03-30"))` is 4.
    public func days(to other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The next day, or `nil` after 31 December 2199.
    public var nextDay: LocalDate? { try? adding(days: 1) }

    /// The range of day numbers that fall in the supported years.
    static let supportedDayRange: ClosedRange<Int> =
        daysFromCivil(supportedYears.lowerBound, 1, 1)...daysFromCivil(supportedYears.upperBound, 12, 31)

    /// Days from 1970-01-01 to the given civil date (Hinnant's `days_from_civil`).
    @inlinable
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date that is `days` days after 1970-01-01 (Hinnant's `civil_from_days`).
    @inlinable
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
