/// The difference between a local clock and UTC, in whole seconds. Amsterdam uses +01:00 and +02:00.
public struct UTCOffset: Sendable, Hashable {
    /// Seconds east of UTC.
    public let seconds: Int32

    /// Creates an offset of `seconds` seconds east of UTC, between −18:00 and +18:00.
    public init?(seconds: Int) {
        guard abs(seconds) <= 18 * 3600 else { return nil }
        self.seconds = Int32(seconds)
    }

    private init(unchecked seconds: Int32) {
        self.seconds = seconds
    }

    /// Central European Time (wintertijd), +01:00.
    public static let cet = UTCOffset(unchecked: 3600)
    /// Central European Summer Time (zomertijd), +02:00.
    public static let cest = UTCOffset(unchecked: 7200)
}

extension UTCOffset: Comparable {
    /// Offsets further west come first.
    public static func < (lhs: UTCOffset, rhs: UTCOffset) -> Bool { lhs.seconds < rhs.seconds }
}

extension UTCOffset: CustomStringConvertible {
    /// The offset as `+01:00` or `+02:00` (ISO 8601).
    public var description: String {
        let magnitude = Int(seconds.magnitude)
        let sign = seconds < 0 ? "-" : "+"
        return sign + Digits.padded(magnitude / 3600, 2) + ":" + Digits.padded(magnitude / 60 % 60, 2)
    }
}

#if !hasFeature(Embedded)
    extension UTCOffset: Codable {}
#endif
