// The Codable conformance of WeeklySchedule: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension WeeklySchedule: Codable {
        /// Decodes an array of `{"weekday":1,"session":{"start":"12:00","minutes":60}}`, validating it.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            try self.init(entries: try container.decode([Entry].self))
        }

        /// Encodes the entries as an array.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(entries)
        }
    }
#endif
