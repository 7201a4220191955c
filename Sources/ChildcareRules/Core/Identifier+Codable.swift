// The Codable conformance of Identifier: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension Identifier: Codable {
        /// Decodes the identifier from a single string.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            rawValue = try container.decode(String.self)
        }

        /// Encodes the identifier as a single string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
#endif
