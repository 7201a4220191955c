// The Codable conformance of Decidability: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension Decidability: Codable {
        private enum CodingKeys: String, CodingKey {
            case kind
            case reason
        }

        private enum Kind: String, Codable {
            case decidable
            case notDecidable
        }

        /// Decodes `{"kind":"decidable"}` or `{"kind":"notDecidable","reason":"…"}`.
        ///
        /// ```swift
        /// let value = try JSONDecoder().decode(Decidability.self, from: Data(#"{"kind":"decidable"}"#.utf8))
        /// ```
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(Kind.self, forKey: .kind) {
            case .decidable:
                self = .decidable
            case .notDecidable:
                self = .notDecidable(reason: try container.decode(String.self, forKey: .reason))
            }
        }

        /// Encodes `{"kind":"decidable"}` or `{"kind":"notDecidable","reason":"…"}`.
        ///
        /// ```swift
        /// let json = try JSONEncoder().encode(Decidability.notDecidable(reason: "a court decides"))
        /// ```
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .decidable:
                try container.encode(Kind.decidable, forKey: .kind)
            case .notDecidable(let reason):
                try container.encode(Kind.notDecidable, forKey: .kind)
                try container.encode(reason, forKey: .reason)
            }
        }
    }
#endif
