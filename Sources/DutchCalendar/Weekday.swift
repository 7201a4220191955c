/// A day of the week, numbered as in ISO 8601: Monday is 1 and Sunday is 7.
public enum Weekday: Int, Sendable, Hashable, CaseIterable {
    /// Maandag.
    case monday = 1
    /// Dinsdag.
    case tuesday
    /// Woensdag.
    case wednesday
    /// Donderdag.
    case thursday
    /// Vrijdag.
    case friday
    /// Zaterdag.
    case saturday
    /// Zondag.
    case sunday

    /// Whether this is Saturday or Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The three-letter English key used on the command line: `mon`, `tue`, … `sun`.
    public var shortKey: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }

    /// Finds a weekday from its three-letter key (`mon` … `sun`), ignoring case.
    public init?(shortKey: some StringProtocol) {
        let lowered = shortKey.lowercased()
        guard let match = Weekday.allCases.first(where: { $0.shortKey == lowered }) else { return nil }
        self = match
    }
}

extension Weekday: Comparable {
    /// Monday comes first and Sunday last.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

#if !hasFeature(Embedded)
    extension Weekday: Codable {}
#endif
