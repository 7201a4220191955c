/// The texts of clauses across editions: for each clause key, every edition's text, oldest first.
///
/// A lookup is by clause key and date; a date before every edition that has the clause is a typed error,
/// never a default (Catala, OpenFisca: asking about a date outside every edition of the terms is an error).
///
/// ```swift
/// let index = ClauseRegistry.index
/// try index.clause(forKey: "TSO art. 5 lid 1", on: LocalDate("2026-03-30")).edition   // .tso2024
/// index.texts(forKey: "TSO art. 5 lid 1").count                                       // 1
/// ```
package struct ClauseIndex: Sendable {
    private let byKey: [String: [Clause]]
    /// Every clause kept, in the order given.
    private let ordered: [Clause]

    /// An index of `clauses`, which may hold several editions' texts of one key. Within a key the texts are
    /// ordered by their edition's effective date, an undated edition first; one edition's text of a key is
    /// kept once (the first given).
    package init(_ clauses: [Clause]) {
        var byKey: [String: [Clause]] = [:]
        var ordered: [Clause] = []
        for clause in clauses
        where !(byKey[clause.key] ?? []).contains(where: { $0.edition == clause.edition }) {
            byKey[clause.key, default: []].append(clause)
            ordered.append(clause)
        }
        self.ordered = ordered
        self.byKey = byKey.mapValues { texts in
            texts.enumerated().sorted { a, b in
                let x = a.element.edition.effectiveDate
                let y = b.element.edition.effectiveDate
                if x != y {
                    guard let x else { return true }
                    guard let y else { return false }
                    return x < y
                }
                return a.offset < b.offset
            }.map { $0.element }
        }
    }

    /// Every edition's text of the clause with `key`, oldest first; empty for an unknown key.
    package func texts(forKey key: String) -> [Clause] {
        byKey[key] ?? []
    }

    /// The clauses of `edition`, in the order given (the order of its text, for the registry).
    package func clauses(in edition: TermsEdition) -> [Clause] {
        ordered.filter { $0.edition == edition }
    }

    /// The text of the clause with `key` in `edition`, or `nil` when that edition has no such clause.
    package func clause(forKey key: String, in edition: TermsEdition) -> Clause? {
        texts(forKey: key).first { $0.edition == edition }
    }

    /// The text of the clause with `key` in force on `date`: that of the newest edition that has the clause
    /// and had started by `date` (an undated edition has always started).
    ///
    /// - Throws: ``RulesError``: `unknownReference` for a key no edition has; `beforeFirstEdition` when
    ///   every edition with the clause starts after `date`.
    package func clause(forKey key: String, on date: LocalDate) throws(RulesError) -> Clause {
        let texts = texts(forKey: key)
        guard !texts.isEmpty else {
            throw RulesError(
                code: .unknownReference, value: key, context: "no edition of the terms has that clause")
        }
        guard let found = texts.last(where: { ($0.edition.effectiveDate ?? date) <= date }) else {
            let first = texts.compactMap { $0.edition.effectiveDate }.min().map { " (\($0))" } ?? ""
            throw RulesError(
                code: .beforeFirstEdition, value: date.description,
                context: "the first edition with \(key)\(first) starts later")
        }
        return found
    }
}
