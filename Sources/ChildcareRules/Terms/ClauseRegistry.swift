/// Every clause of the terms the library encodes, with its Dutch text, so that code, the generated
/// rulebook and the traceability table quote the same words.
///
/// The clauses are listed document by document in ``TermsDocument`` order (TSO terms, app terms, app
/// privacy statement, portal privacy statement) and within a document in the order of the text. A whole
/// article and its paragraphs can both be listed (for example `TSO art. 10`, `TSO art. 10 lid 1` and
/// `TSO art. 10 lid 2`), so that code can cite either.
///
/// ```swift
/// let clause = ClauseRegistry.clause(forKey: "TSO art. 5 lid 1")
/// clause?.text   // "Het kan voorkomen dat je een enkele dag geen gebruik kunt maken van de opvang. …"
/// ClauseRegistry.clauses(of: .appTerms).count   // 32
/// ```
package enum ClauseRegistry {
    /// Every clause, document by document, in the order of the documents.
    ///
    /// Each clause is quoted in the folder of the first rule that cites it (`Access/AccessClauses.swift`,
    /// `SwapHours/SwapHoursClauses.swift`, …; the clauses no rule cites in `Terms/DocumentClauses.swift`).
    /// This list merges them back into the order of their documents (``Citation/precedesInDocument(_:)``),
    /// so that `editions diff`, the rulebook and the traceability table follow the text.
    ///
    /// ```swift
    /// ClauseRegistry.all.first?.key   // "TSO 'Aanhef'"
    /// ```
    package static let all: [Clause] = byArea.joined().sorted { $0.citation.precedesInDocument($1.citation) }

    /// The clauses as the area folders quote them, one list per folder, each in the order of its documents.
    ///
    /// ```swift
    /// ClauseRegistry.byArea.map(\.count).reduce(0, +) == ClauseRegistry.all.count   // true
    /// ```
    package static let byArea: [[Clause]] = [
        documentClauses, contractsClauses, accessClauses, swapHoursClauses, extraCareClauses, billingClauses,
        careCalendarClauses, retentionClauses,
    ]

    /// Every edition's text of every clause, by key and date.
    package static let index = ClauseIndex(all)

    /// The clause with `key` (a ``Citation/key``) in the first edition that has it, or `nil` when the
    /// registry has no such clause. Every edition's text is in ``index``: ``ClauseIndex/texts(forKey:)``
    /// lists them, ``ClauseIndex/clause(forKey:on:)`` gives the one in force on a date.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 9")?.decidability.isDecidable   // false
    /// ClauseRegistry.clause(forKey: "TSO art. 99")                            // nil
    /// ```
    package static func clause(forKey key: String) -> Clause? {
        index.texts(forKey: key).first
    }

    /// The clause `citation` cites, in the edition it names; `nil` when that edition has no such clause.
    package static func clause(for citation: Citation) -> Clause? {
        index.clause(forKey: citation.key, in: citation.edition)
    }

    /// The clauses of `document`, in the order of its text; empty for a document the registry does not
    /// quote (the Civil Code).
    ///
    /// ```swift
    /// ClauseRegistry.clauses(of: .portalPrivacyStatement).map { $0.key }.first
    /// // "PORTAL-PRIVACY 'Inleiding'"
    /// ```
    package static func clauses(of document: TermsDocument) -> [Clause] {
        all.filter { $0.edition.document == document }
    }
}
