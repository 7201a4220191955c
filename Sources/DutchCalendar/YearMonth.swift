/// A calendar month of a year, such as September 2025. Its text form is `YYYY-MM`.
public struct YearMonth: Sendable, Hashable {
    private let storedYear: Int16
    private let storedMonth: UInt8

    /// The year.
    public var year: Int { Int(storedYear) }
    /// The month, 1 to 12.
    public var month: Int { Int(storedMonth) }

    /// Creates a month, checking the month number and the year.
    ///
    /// - Throws: ``CalendarError`` with code `invalidDate` or `yearOutOfRange`.
    public init(year: Int, month: Int) throws(CalendarError) {
        _ = try LocalDate(year: year, month: month, day: 1)
        self.init(unchecked: year, month)
    }

    package init(unchecked year: Int, _ month: Int) {
        storedYear = Int16(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
    }

    /// The month in which `date` falls.
    public init(_ date: LocalDate) {
        self.init(unchecked: date.year, date.month)
    }

    /// Parses `YYYY-MM`.
    ///
    /// - Throws: ``CalendarError`` naming the text: `invalidYearMonthText`, `invalidDate` or `yearOutOfRange`.
    public init(_ text: some StringProtocol) throws(CalendarError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == Digits.dash,
            let year = Digits.number(bytes, 0..<4), let month = Digits.number(bytes, 5..<7)
        else {
            throw CalendarError(code: .invalidYearMonthText, value: String(text))
        }
        do {
            try self.init(year: year, month: month)
        } catch {
            throw CalendarError(code: error.code, value: String(text), context: error.context)
        }
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(unchecked: year, month, 1) }
    /// The last day of the month.
    public var lastDay: LocalDate {
        LocalDate(unchecked: year, month, LocalDate.daysInMonth(year: year, month: month))
    }
    /// Whether `date` falls in this month.
    public func contains(_ date: LocalDate) -> Bool { date.year == year && date.month == month }
}

extension YearMonth: Comparable {
    /// Earlier months come first.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.storedYear, lhs.storedMonth) < (rhs.storedYear, rhs.storedMonth)
    }
}

extension YearMonth: CustomStringConvertible {
    /// The month as `YYYY-MM`.
    public var description: String { "\(Digits.padded(year, 4))-\(Digits.padded(month, 2))" }
}
