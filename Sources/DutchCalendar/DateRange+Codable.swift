// The Codable conformance of DateRange: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension DateRange: Codable {
        private enum CodingKeys: String, CodingKey {
            case first, last
        }

        /// Decodes `{"first":"YYYY-MM-DD","last":"YYYY-MM-DD"}`, checking the order.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            try self.init(
                first: try container.decode(LocalDate.self, forKey: .first),
                last: try container.decode(LocalDate.self, forKey: .last))
        }

        /// Encodes `{"first":"YYYY-MM-DD","last":"YYYY-MM-DD"}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(first, forKey: .first)
            try container.encode(last, forKey: .last)
        }
    }
#endif
