#if !hasFeature(Embedded)
    /// An explanation is saved as its two texts, `{"nl": …, "en": …}`, rendered; it reads back as those texts.
    extension Explanation: Codable {
        private enum CodingKeys: String, CodingKey {
            case nl, en
        }

        /// Reads the two texts, as they were saved.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                verbatim: try container.decode(String.self, forKey: .nl),
                en: try container.decode(String.self, forKey: .en))
        }

        /// Saves the two texts, rendered.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(nl, forKey: .nl)
            try container.encode(en, forKey: .en)
        }
    }
#endif
