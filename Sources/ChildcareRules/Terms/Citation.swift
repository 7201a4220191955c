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
public struct Citation: Sendable, Hashable, Codable {
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
    public var reference: String {
        var parts: [String] = []
        if let article {
            parts.append("art. \(article)")
            if let section { parts.append("(\(section.lowercased()))") }
        } else if let section {
            parts.append("'\(section)'")
        }
        if let paragraph { parts.append("lid \(paragraph)") }
        if let point { parts.append("sub \(point)") }
        return parts.joined(separator: " ")
    }

    /// A stable key for this clause, the same across editions: "TSO art. 5 lid 1".
    ///
    /// `Docs/Traceability.md` lists clauses by this key.
    public var key: String { "\(edition.document.code) \(reference)" }

    /// The citation in `language`: "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1" or
    /// "TSO terms (1 August 2024), art. 5(1)".
    public func rendered(in language: Language) -> String {
        let label = edition.label.text(in: language)
        let title = edition.document.title(in: language) + (label.isEmpty ? "" : " (\(label))")
        switch language {
        case .nl:
            return "\(title), \(reference)" + (byAnalogy ? ", naar analogie" : "")
        case .en:
            var place = ""
            if let article {
                place = "art. \(article)"
                if let section { place += " (\(section))" }
            } else if let section {
                place = "'\(section)'"
            }
            if let paragraph { place += "(\(paragraph))" }
            if let point { place += "(\(point))" }
            return "\(title), \(place)" + (byAnalogy ? ", by analogy" : "")
        }
    }
}

extension Citation: CustomStringConvertible {
    /// The Dutch rendering, "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1".
    public var description: String { rendered(in: .nl) }
}

extension Citation: Comparable {
    /// Citations sort by document, then by key.
    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        (lhs.edition.document.rawValue, lhs.key) < (rhs.edition.document.rawValue, rhs.key)
    }
}

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
