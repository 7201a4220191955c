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

extension ZonedDateTime: Codable {
    /// Decodes from the RFC 3339 text form; the offset must be Amsterdam's at that moment.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let bytes = Array(text.utf8)
        guard bytes.count == 25 else {
            throw CalendarError(code: .invalidDateTimeText, value: text)
        }
        let local = try LocalDateTime(String(decoding: bytes[0..<19], as: UTF8.self))
        let zoned = try Amsterdam.resolve(local, policy: .strictOrEarlier)
        let candidates = [zoned] + ((try? Amsterdam.resolve(local, policy: .strictOrLater)).map { [$0] } ?? [])
        guard let match = candidates.first(where: { $0.description == text }) else {
            throw CalendarError(code: .invalidDateTimeText, value: text, context: "the offset is not Amsterdam's")
        }
        self = match
    }

    /// Encodes as the RFC 3339 text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
