// The Codable conformance of LocalTime: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension LocalTime: Codable {
        /// Decodes a time from a single `HH:MM` or `HH:MM:SS` string.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = try LocalTime(try container.decode(String.self)[...])
        }

        /// Encodes the time as a single string in its ``description`` form.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }
#endif
