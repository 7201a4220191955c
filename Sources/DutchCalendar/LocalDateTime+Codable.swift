// The Codable conformance of LocalDateTime: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension LocalDateTime: Codable {
        /// Decodes a single `YYYY-MM-DDTHH:MM[:SS]` string.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = try LocalDateTime(try container.decode(String.self)[...])
        }

        /// Encodes the date-time as a single string in its ``description`` form.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }
#endif
