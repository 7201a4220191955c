/// A school year: 1 August to 31 July of the next year (TSO terms, art. 4 lid 1).
///
/// > "Het opvangpakket geldt voor een volledig schooljaar en loopt standaard van 1 augustus tot en met
/// > 31 juli van het jaar daarop, ongeacht de regio-indeling voor de schoolvakantie."
///
/// A school year is named by the calendar year in which it starts: `SchoolYear(startYear: 2025)` runs
/// from 2025-08-01 to 2026-07-31 and prints as `2025/2026`.
public struct SchoolYear: Sendable, Hashable {
    /// The calendar year in which the school year starts (on 1 August).
    public let startYear: Int

    /// The school years this library supports.
    public static let supportedStartYears: ClosedRange<Int> =
        LocalDate.supportedYears.lowerBound...(LocalDate.supportedYears.upperBound - 1)

    /// The school year that starts on 1 August of `startYear`.
    ///
    /// - Throws: ``CalendarError`` with code `yearOutOfRange` outside ``supportedStartYears``.
    public init(startYear: Int) throws(CalendarError) {
        guard Self.supportedStartYears.contains(startYear) else {
            throw CalendarError(
                code: .yearOutOfRange, value: String(startYear),
                context:
                    "school years starting \(Self.supportedStartYears.lowerBound) to \(Self.supportedStartYears.upperBound) are supported"
            )
        }
        self.startYear = startYear
    }

    /// The school year that contains `date`.
    public init(containing date: LocalDate) {
        startYear = date.month >= 8 ? date.year : date.year - 1
    }

    /// 1 August of ``startYear``.
    public var firstDay: LocalDate { LocalDate(unchecked: startYear, 8, 1) }
    /// 31 July of the year after ``startYear``.
    public var lastDay: LocalDate { LocalDate(unchecked: startYear + 1, 7, 31) }

    /// Whether `date` falls in this school year.
    public func contains(_ date: LocalDate) -> Bool { firstDay <= date && date <= lastDay }

    /// The next school year (tacit renewal, art. 4 lid 1).
    public var next: SchoolYear? { try? SchoolYear(startYear: startYear + 1) }

    /// The twelve months of the school year, August to July.
    public var months: [YearMonth] {
        (0..<12).map { YearMonth(unchecked: startYear + ($0 + 7) / 12, ($0 + 7) % 12 + 1) }
    }
}

extension SchoolYear: Comparable {
    /// Earlier school years come first.
    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension SchoolYear: CustomStringConvertible {
    /// The school year as `2025/2026`.
    public var description: String { "\(startYear)/\(startYear + 1)" }
}

#if !hasFeature(Embedded)
    extension SchoolYear: Codable {}
#endif
