/// One clause of a source document: where it sits, its Dutch text quoted verbatim, an English summary, and
/// whether a library can decide it.
///
/// The text is quoted from the source files in `shared/seeds/` with whitespace collapsed to single spaces
/// and footnote markers removed; `ClauseRegistryTests` checks every quote against the source.
///
/// ```swift
/// let clause = ClauseRegistry.clause(forKey: "TSO art. 5 lid 1")
/// clause?.text                  // "Het kan voorkomen dat je een enkele dag geen gebruik kunt maken …"
/// clause?.citation.description  // "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1"
/// ```
package struct Clause: Sendable, Hashable {
    /// The stable key, exactly ``Citation/key``: "TSO art. 5 lid 1".
    ///
    /// ```swift
    /// ClauseRegistry.all.first?.key   // "TSO 'Aanhef'"
    /// ```
    package let key: String
    /// The edition the text is quoted from.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "APP art. 3")?.edition == .app2024   // true
    /// ```
    package let edition: TermsEdition
    /// The article, such as "5"; `nil` for a clause cited by section heading.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 5 lid 1")?.article   // "5"
    /// ```
    package let article: String?
    /// A heading inside the article ("Extra opvang") or, without an article, a section heading.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 5 (extra opvang) lid 1")?.section   // "Extra opvang"
    /// ```
    package let section: String?
    /// The paragraph (lid), if any.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 5 lid 1")?.paragraph   // 1
    /// ```
    package let paragraph: Int?
    /// The point (sub), such as "a" or "d.2", if any.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 2 lid 3 sub d.2")?.point   // "d.2"
    /// ```
    package let point: String?
    /// The Dutch text, verbatim, with whitespace collapsed to single spaces and footnote markers removed.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 5 lid 3")?.text
    /// // "De ruil- en inhaaluren zijn kindgebonden. Je kunt deze niet inzetten voor één van je andere kinderen."
    /// ```
    package let text: String
    /// One or two English sentences saying what the clause means, and what the caller must supply.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 5 lid 3")?.summary
    /// // "Swap hours belong to the child and cannot be used for a sibling."
    /// ```
    package let summary: String
    /// Whether a rule can apply the clause mechanically, and if not, why not.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 9")?.decidability.isDecidable   // false
    /// ```
    package let decidability: Decidability

    /// Creates a clause at `citation`; the key and the place are taken from the citation, so they cannot
    /// drift apart.
    ///
    /// ```swift
    /// let clause = Clause(
    ///     TermsEdition.tso2024.cite("5", lid: 3),
    ///     text: "De ruil- en inhaaluren zijn kindgebonden. …",
    ///     summary: "Swap hours belong to the child.", decidability: .decidable)
    /// clause.key   // "TSO art. 5 lid 3"
    /// ```
    package init(_ citation: Citation, text: String, summary: String, decidability: Decidability) {
        self.key = citation.key
        self.edition = citation.edition
        self.article = citation.article
        self.section = citation.section
        self.paragraph = citation.paragraph
        self.point = citation.point
        self.text = text
        self.summary = summary
        self.decidability = decidability
    }

    /// The citation of this clause; its ``Citation/key`` equals ``key``.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 8 lid 5 sub a")?.citation.rendered(in: .en)
    /// // "TSO terms (1 August 2024), art. 8(5)(a)"
    /// ```
    package var citation: Citation {
        Citation(edition: edition, article: article, section: section, paragraph: paragraph, point: point)
    }
}
