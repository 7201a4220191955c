/// A moment together with the Amsterdam wall-clock reading at that moment.
///
/// Decisions report every deadline this way: the instant, for machines, and the local time with its
/// offset, for people. The text form is RFC 3339, such as `2026-03-26T12:00:00+01:00`.
public struct ZonedDateTime: Sendable, Hashable {
    /// The moment.
    public let instant: Instant
    /// The Amsterdam wall-clock reading at that moment.
    public let local: LocalDateTime
    /// The offset from UTC at that moment: +01:00 in winter, +02:00 in summer.
    public let offset: UTCOffset

    init(instant: Instant, local: LocalDateTime, offset: UTCOffset) {
        self.instant = instant
        self.local = local
        self.offset = offset
    }
}

extension ZonedDateTime: Comparable {
    /// Earlier moments come first, whatever their offsets.
    public static func < (lhs: ZonedDateTime, rhs: ZonedDateTime) -> Bool { lhs.instant < rhs.instant }
}

extension ZonedDateTime: CustomStringConvertible {
    /// RFC 3339 with the Amsterdam offset, such as `2026-03-26T12:00:00+01:00`.
    public var description: String { "\(local.date)T\(local.time.withSeconds)\(offset)" }
}
