// The Codable conformance of Clause: compiled out under Embedded Swift, which has no Codable.

#if !hasFeature(Embedded)
    extension Clause: Codable {
        private enum CodingKeys: String, CodingKey {
            case key
            case edition
            case article
            case section
            case paragraph
            case point
            case text
            case summary
            case decidability
        }

        /// Decodes a clause; the stored key must equal the key of the decoded place, so a key cannot drift.
        ///
        /// ```swift
        /// let clause = try JSONDecoder().decode(Clause.self, from: data)
        /// ```
        ///
        /// - Throws: `DecodingError.dataCorrupted` when `key` does not match the citation.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let citation = Citation(
                edition: try container.decode(TermsEdition.self, forKey: .edition),
                article: try container.decodeIfPresent(String.self, forKey: .article),
                section: try container.decodeIfPresent(String.self, forKey: .section),
                paragraph: try container.decodeIfPresent(Int.self, forKey: .paragraph),
                point: try container.decodeIfPresent(String.self, forKey: .point))
            let key = try container.decode(String.self, forKey: .key)
            guard key == citation.key else {
                throw DecodingError.dataCorruptedError(
                    forKey: .key, in: container,
                    debugDescription: "key \"\(key)\" does not match the citation \"\(citation.key)\"")
            }
            self.init(
                citation, text: try container.decode(String.self, forKey: .text),
                summary: try container.decode(String.self, forKey: .summary),
                decidability: try container.decode(Decidability.self, forKey: .decidability))
        }

        /// Encodes every stored property, the key included.
        ///
        /// ```swift
        /// let data = try JSONEncoder().encode(ClauseRegistry.all)
        /// ```
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(edition, forKey: .edition)
            try container.encodeIfPresent(article, forKey: .article)
            try container.encodeIfPresent(section, forKey: .section)
            try container.encodeIfPresent(paragraph, forKey: .paragraph)
            try container.encodeIfPresent(point, forKey: .point)
            try container.encode(text, forKey: .text)
            try container.encode(summary, forKey: .summary)
            try container.encode(decidability, forKey: .decidability)
        }
    }
#endif
