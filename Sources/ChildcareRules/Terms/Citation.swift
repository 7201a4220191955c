/// A pointer into the terms: the document edition, the article, and where needed the paragraph (lid)
/// and point (sub).
///
/// It renders the way a Dutch lawyer cites: "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1".
///
/// ```swift
/// let citation = TermsEdition.tso2024.cite("5", lid: 1)
/// citation.description          // "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1"
/// citation.rendered(in: .en)    // "TSO terms (1 August 2024), art. 5(1)"
/// citation.key                  // "TSO art. 5 lid 1"
/// ```
///
/// A TSO rule applied to another service (KDV, BSO, VSO) is cited **by analogy** (``byAnalogy``):
/// "TSO-voorwaarden (1 augustus 2024), art. 8 lid 1, naar analogie". The key does not change.
public struct Citation: Sendable, Hashable {
    /// The edition of the document cited.
    public let edition: TermsEdition
    /// The article, such as "5" or "1:377c"; `nil` for a document cited by section heading.
    public let article: String?
    /// A heading inside the article ("Extra opvang") or, without an article, a section of a privacy statement.
    public let section: String?
    /// The paragraph (lid), if any.
    public let paragraph: Int?
    /// The point (sub), such as "a" or "d.2", if any.
    public let point: String?
    /// Whether the clause is applied by analogy: a TSO rule applied to a KDV, BSO or VSO contract.
    /// Rendered "naar analogie" / "by analogy"; JSON without the field decodes as `false`.
    public let byAnalogy: Bool

    /// Creates a citation. ``TermsEdition/cite(_:section:lid:sub:)`` is the usual way.
    public init(
        edition: TermsEdition, article: String?, section: String?, paragraph: Int?, point: String?,
        byAnalogy: Bool = false
    ) {
        self.edition = edition
        self.article = article
        self.section = section
        self.paragraph = paragraph
        self.point = point
        self.byAnalogy = byAnalogy
    }

    /// The same citation, applied by analogy (or not).
    public func appliedByAnalogy(_ flag: Bool = true) -> Citation {
        Citation(
            edition: edition, article: article, section: section, paragraph: paragraph, point: point,
            byAnalogy: flag)
    }

    /// The place within the document, without the document: "art. 5 lid 1" or "art. 5 (extra opvang) lid 6 sub a".
    public var reference: String { Citation.place(self, in: .nl, lastParagraph: nil) }

    /// A stable key for this clause, the same across editions: "TSO art. 5 lid 1".
    ///
    /// `Docs/Traceability.md` lists clauses by this key.
    public var key: String { "\(edition.document.code) \(reference)" }

    /// The citation as a parent reads it, compact: "TSO-voorwaarden 2024, art. 5 lid 1" or "TSO terms 2024,
    /// art. 5(1)". Legal reads the full form (``fullyRendered(in:)``) in the rulebook.
    public func rendered(in language: Language) -> String {
        [self].rendered(in: language)
    }

    /// The edition as a parent reads it: the document and the year of the edition, "TSO-voorwaarden 2024";
    /// an undated edition keeps its label.
    public static func editionName(_ edition: TermsEdition, in language: Language) -> String {
        let title = edition.document.title(in: language)
        if let date = edition.effectiveDate { return "\(title) \(date.year)" }
        let label = edition.label.text(in: language)
        return label.isEmpty ? title : "\(title) (\(label))"
    }

    /// The citation in full, as legal cites it: "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1" or
    /// "TSO terms (1 August 2024), art. 5(1)".
    public func fullyRendered(in language: Language) -> String {
        let label = edition.label.text(in: language)
        let title = edition.document.title(in: language) + (label.isEmpty ? "" : " (\(label))")
        let analogy = byAnalogy ? (language == .nl ? ", naar analogie" : ", by analogy") : ""
        return "\(title), \(Citation.place(self, in: language, lastParagraph: nil))" + analogy
    }
}

extension Citation: CustomStringConvertible {
    /// The full Dutch rendering, "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1".
    public var description: String { fullyRendered(in: .nl) }
}

extension Array where Element == Citation {
    /// The citations as a parent reads them: one edition name for each run of citations of that edition,
    /// and the paragraphs of one article merged: "TSO-voorwaarden 2024, art. 5 (extra opvang) lid 1–3;
    /// art. 1 lid 3" or "TSO terms 2024, art. 5 (Extra opvang)(1)–(3); art. 1(3)".
    public func rendered(in language: Language) -> String {
        var parts: [String] = []
        var previousEdition: TermsEdition?
        var index = startIndex
        while index < endIndex {
            let first = self[index]
            // A run of the same article, section and point with paragraphs counting up by one.
            var last = index
            while last + 1 < endIndex, let paragraph = self[last].paragraph,
                self[last + 1].edition == first.edition, self[last + 1].article == first.article,
                self[last + 1].section == first.section, self[last + 1].point == nil, first.point == nil,
                self[last + 1].byAnalogy == first.byAnalogy, self[last + 1].paragraph == paragraph + 1
            {
                last += 1
            }
            var place = Citation.place(first, in: language, lastParagraph: self[last].paragraph)
            if first.byAnalogy { place += language == .nl ? ", naar analogie" : ", by analogy" }
            if first.edition == previousEdition {
                parts.append(place)
            } else {
                parts.append("\(Citation.editionName(first.edition, in: language)), \(place)")
            }
            previousEdition = first.edition
            index = last + 1
        }
        return parts.joined(separator: "; ")
    }
}

extension Citation {
    /// The place in the document: "art. 5 (extra opvang) lid 1–3" / "art. 5 (Extra opvang)(1)–(3)".
    static func place(_ citation: Citation, in language: Language, lastParagraph: Int?) -> String {
        let range: (Int) -> String = { first in
            guard let last = lastParagraph, last != first else { return "\(first)" }
            return "\(first)–\(last)"
        }
        switch language {
        case .nl:
            var parts: [String] = []
            if let article = citation.article {
                parts.append("art. \(article)")
                if let section = citation.section { parts.append("(\(section.lowercased()))") }
            } else if let section = citation.section {
                parts.append("'\(section)'")
            }
            if let paragraph = citation.paragraph { parts.append("lid \(range(paragraph))") }
            if let point = citation.point { parts.append("sub \(point)") }
            return parts.joined(separator: " ")
        case .en:
            var place = ""
            if let article = citation.article {
                place = "art. \(article)"
                if let section = citation.section { place += " (\(section))" }
            } else if let section = citation.section {
                place = "'\(section)'"
            }
            if let paragraph = citation.paragraph {
                if let last = lastParagraph, last != paragraph {
                    place += "(\(paragraph))–(\(last))"
                } else {
                    place += "(\(paragraph))"
                }
            }
            if let point = citation.point { place += "(\(point))" }
            return place
        }
    }
}

extension Citation: Comparable {
    /// Citations sort by document, then by key.
    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        (lhs.edition.document.rawValue, lhs.key) < (rhs.edition.document.rawValue, rhs.key)
    }
}

#if !hasFeature(Embedded)
    extension Citation {
        private enum CodingKeys: String, CodingKey {
            case edition, article, section, paragraph, point, byAnalogy
        }

        /// Decodes a citation; JSON written before ``byAnalogy`` existed (without the field) decodes as `false`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                edition: try container.decode(TermsEdition.self, forKey: .edition),
                article: try container.decodeIfPresent(String.self, forKey: .article),
                section: try container.decodeIfPresent(String.self, forKey: .section),
                paragraph: try container.decodeIfPresent(Int.self, forKey: .paragraph),
                point: try container.decodeIfPresent(String.self, forKey: .point),
                byAnalogy: try container.decodeIfPresent(Bool.self, forKey: .byAnalogy) ?? false)
        }
    }
#endif

extension Decision {
    /// The same decision for a contract of `service`: a TSO rule applied to a KDV, BSO or VSO contract
    /// applies by analogy, so every TSO citation is marked ``Citation/byAnalogy`` and the explanation says
    /// so in both languages. A TSO contract, or a decision already in that form, is returned unchanged.
    ///
    /// ```swift
    /// let decision = try CancellationRule.decide(contract: kdv, receivedOn: date, channel: .email)
    ///     .byAnalogy(for: .kdv)
    /// decision.citations[0].rendered(in: .nl)  // "TSO-voorwaarden (1 augustus 2024), art. 3, naar analogie"
    /// ```
    public func byAnalogy(for service: ServiceKind) -> Decision {
        guard service != .tso,
            citations.contains(where: { $0.edition.document == .tsoTerms && !$0.byAnalogy })
        else { return self }
        let marked = citations.map {
            $0.edition.document == .tsoTerms ? $0.appliedByAnalogy() : $0
        }
        let note = Explanation(
            nl:
                "Je overeenkomst is voor \(service.name(in: .nl)); de TSO-voorwaarden gelden daarvoor naar analogie.",
            en: "Your contract is for \(service.name(in: .en)); the TSO terms apply to it by analogy.")
        return Decision(
            rule: rule, outcome: outcome, deadlines: deadlines, citations: marked,
            explanation: explanation.followed(by: note))
    }
}

#if !hasFeature(Embedded)
    extension Citation: Codable {}
#endif
