// The Codable conformance of YearMonth: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension YearMonth: Codable {
        /// Decodes a single `YYYY-MM` string.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self = try YearMonth(try container.decode(String.self)[...])
        }

        /// Encodes the month as a single `YYYY-MM` string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }
    }
#endif
