/// What to do with an Amsterdam wall-clock reading that does not exist or that occurs twice.
///
/// | policy | spring gap (02:30 on 2026-03-29) | autumn overlap (02:30 on 2026-10-25) |
/// |---|---|---|
/// | ``lenient`` (default) | 03:30+02:00 (shifted forward by the gap) | 02:30+02:00 (the earlier) |
/// | ``strict`` | error `nonexistentLocalTime` | error `ambiguousLocalTime` |
///
/// Scenario files and the command line use ``strict``, so that a person who typed an impossible time
/// is told so. Computed times (such as "four days earlier at the same clock time") use ``lenient``.
public struct LocalTimePolicy: Sendable, Hashable {
    /// What to do with a time in the spring gap.
    public enum Gap: String, Sendable, Hashable {
        /// Throw `nonexistentLocalTime`.
        case reject
        /// Read the time with the offset in force before the gap, which moves it forward by one hour.
        case shiftForward
    }

    /// What to do with a time in the repeated autumn hour.
    public enum Overlap: String, Sendable, Hashable {
        /// Throw `ambiguousLocalTime`.
        case reject
        /// Take the first occurrence (summer time, +02:00).
        case earlier
        /// Take the second occurrence (winter time, +01:00).
        case later
    }

    /// The rule for the spring gap.
    public let gap: Gap
    /// The rule for the autumn overlap.
    public let overlap: Overlap

    /// Creates a policy.
    public init(gap: Gap, overlap: Overlap) {
        self.gap = gap
        self.overlap = overlap
    }

    /// Shift gap times forward and take the earlier of repeated times. Never throws for these reasons.
    public static let lenient = LocalTimePolicy(gap: .shiftForward, overlap: .earlier)
    /// Reject both gap and repeated times.
    public static let strict = LocalTimePolicy(gap: .reject, overlap: .reject)
    static let strictOrEarlier = LocalTimePolicy(gap: .reject, overlap: .earlier)
    static let strictOrLater = LocalTimePolicy(gap: .reject, overlap: .later)
}

#if !hasFeature(Embedded)
    extension LocalTimePolicy: Codable {}
    extension LocalTimePolicy.Gap: Codable {}
    extension LocalTimePolicy.Overlap: Codable {}
#endif
