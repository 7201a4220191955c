// The Codable conformance of ZonedDateTime: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
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
            let candidates =
                [zoned] + ((try? Amsterdam.resolve(local, policy: .strictOrLater)).map { [$0] } ?? [])
            guard let match = candidates.first(where: { $0.description == text }) else {
                throw CalendarError(
                    code: .invalidDateTimeText, value: text, context: "the offset is not Amsterdam's")
            }
            self = match
        }

        /// Encodes as the RFC 3339 text form.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }
#endif
