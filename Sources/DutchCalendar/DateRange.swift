/// A closed range of dates, both ends included, such as a school holiday "2026-10-17 to 2026-10-25".
public struct DateRange: Sendable, Hashable {
    /// The first date in the range.
    public let first: LocalDate
    /// The last date in the range (included).
    public let last: LocalDate

    /// Creates a range; the last date must not be before the first.
    ///
    /// - Throws: ``CalendarError`` with code `invalidDate` naming the range when `last < first`.
    public init(first: LocalDate, last: LocalDate) throws(CalendarError) {
        guard first <= last else {
            throw CalendarError(
                code: .invalidDate, value: "\(first)/\(last)", context: "a range cannot end before it starts")
        }
        self.first = first
        self.last = last
    }

    /// Whether `date` falls in the range.
    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// The number of days in the range, both ends counted.
    public var dayCount: Int { first.days(to: last) + 1 }

    /// Every date in the range, in order.
    public var dates: [LocalDate] {
        (0..<dayCount).compactMap { try? first.adding(days: $0) }
    }
}

extension DateRange: CustomStringConvertible {
    /// The range as `YYYY-MM-DD/YYYY-MM-DD` (ISO 8601 interval).
    public var description: String { "\(first)/\(last)" }
}
