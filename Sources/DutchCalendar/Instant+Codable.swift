// The Codable conformance of Instant: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension Instant: Codable {
        /// Decodes an instant from its number of seconds since 1970-01-01T00:00:00Z, checking the range.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            try self.init(secondsSinceEpoch: try container.decode(Int64.self))
        }

        /// Encodes the instant as its number of seconds since 1970-01-01T00:00:00Z.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(secondsSinceEpoch)
        }
    }
#endif
