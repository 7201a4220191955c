// The Codable conformance of Money: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension Money: Codable {
        /// Decodes a whole number of cents.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            cents = try container.decode(Int.self)
        }

        /// Encodes the amount as a whole number of cents.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(cents)
        }
    }
#endif
