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

    /// Creates a citation. ``TermsEdition/cite(_:section:lid:sub:)`` is the usual way.
    public init(edition: TermsEdition, article: String?, section: String?, paragraph: Int?, point: String?) {
        self.edition = edition
        self.article = article
        self.section = section
        self.paragraph = paragraph
        self.point = point
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
            return "\(title), \(reference)"
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
            return "\(title), \(place)"
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
