// The Codable conformance of LocalDate: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension LocalDate: Codable {
        /// Decodes a date from a single `YYYY-MM-DD` string.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = try LocalDate(try container.decode(String.self)[...])
        }

        /// Encodes the date as a single `YYYY-MM-DD` string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }
#endif
