/// A civil date in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Dates of the years 1900 to 2199 are supported; any other year is a typed ``CalendarError``,
/// never a trap. The text form is ISO 8601, `YYYY-MM-DD`, for ``description``, for parsing,
/// and for `Codable` (a single string).
///
/// ```swift
/// let start = try LocalDate("2026-03-30")
/// start.weekday                                   // .monday
/// try start.adding(days: -4)                      // 2026-03-26
/// try LocalDate("2026-01-31").adding(months: 1, rounding: .down)  // 2026-02-28
/// ```
public struct LocalDate: Sendable, Hashable {
    // Stored compactly (4 bytes): the library keeps many of these in ledgers.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    /// The years this library supports for dates.
    public static let supportedYears: ClosedRange<Int> = SupportedRange.years

    /// The year, such as 2026.
    public var year: Int { Int(storedYear) }
    /// The month, 1 (January) to 12 (December).
    public var month: Int { Int(storedMonth) }
    /// The day of the month, 1 to 31.
    public var day: Int { Int(storedDay) }

    /// Creates a date, checking that it exists and that its year is supported.
    ///
    /// - Throws: ``CalendarError`` with code `invalidDate` for a month or day that does not exist,
    ///   or `yearOutOfRange` for a year outside ``supportedYears``.
    public init(year: Int, month: Int, day: Int) throws(CalendarError) {
        guard Self.supportedYears.contains(year) else {
            throw CalendarError(
                code: .yearOutOfRange, value: Self.text(year, month, day),
                context:
                    "dates are supported from \(Self.supportedYears.lowerBound) to \(Self.supportedYears.upperBound)"
            )
        }
        guard (1...12).contains(month) else {
            throw CalendarError(
                code: .invalidDate, value: Self.text(year, month, day), context: "a month runs from 01 to 12")
        }
        let length = Self.daysInMonth(year: year, month: month)
        guard (1...length).contains(day) else {
            throw CalendarError(
                code: .invalidDate, value: Self.text(year, month, day),
                context: "\(EnglishNames.month(month)) \(year) has \(length) days")
        }
        self.init(unchecked: year, month, day)
    }

    /// Creates a date from parts already known to be valid and supported.
    package init(unchecked year: Int, _ month: Int, _ day: Int) {
        storedYear = Int16(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
        storedDay = UInt8(truncatingIfNeeded: day)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year: 28 to 31. Returns 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// Whether this date's year is a leap year.
    public var isInLeapYear: Bool { Self.isLeapYear(year) }

    /// The first day of this date's month.
    public var firstDayOfMonth: LocalDate { LocalDate(unchecked: year, month, 1) }

    /// The last day of this date's month.
    public var lastDayOfMonth: LocalDate {
        LocalDate(unchecked: year, month, Self.daysInMonth(year: year, month: month))
    }

    /// Whether this date is the last day of its month.
    public var isLastDayOfMonth: Bool { day == Self.daysInMonth(year: year, month: month) }

    /// Calls `body` with each byte of the date's text (``description``, `YYYY-MM-DD`), in order, without
    /// building the text: for a digest of it.
    package func forEachTextByte(_ body: (UInt8) -> Void) {
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                body(UInt8(truncatingIfNeeded: 0x30 + value / divisor % 10))
                divisor /= 10
            }
        }
        // The supported years (1996–2199) have four digits.
        digits(year, 4)
        body(UInt8(ascii: "-"))
        digits(month, 2)
        body(UInt8(ascii: "-"))
        digits(day, 2)
    }

    static func text(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(Digits.padded(year, 4))-\(Digits.padded(month, 2))-\(Digits.padded(day, 2))"
    }
}

extension LocalDate: Comparable {
    /// Earlier dates come first.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        if lhs.storedYear != rhs.storedYear { return lhs.storedYear < rhs.storedYear }
        if lhs.storedMonth != rhs.storedMonth { return lhs.storedMonth < rhs.storedMonth }
        return lhs.storedDay < rhs.storedDay
    }
}

extension LocalDate: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        // Written into one buffer: a supported year has four digits (1996–2199).
        guard (0..<10_000).contains(year) else { return Self.text(year, month, day) }
        #if hasFeature(Embedded)
            return Self.text(year, month, day)
        #else
            return Digits.isoText(date: (year, month, day), time: nil, second: nil)
        #endif
    }
}
