/// A reading a rule can be switched on: a clause that can be read more than one way, its alternatives, and
/// the one the library chose (art. 6:238 lid 2 BW: the reading most favourable to the parent). Its entry in
/// the interpretation register (`Docs/Interpretations.md`, ``InterpretationRegister``) holds it as
/// ``Interpretation/switchable`` and takes its id and title from it.
///
/// A rule that depends on the reading asks ``Readings/choice(_:)`` instead of branching on prose, so
/// legal can run the casebook under another alternative (`childcare-rules check --reading I-003=up`) and
/// see what it would change (`childcare-rules impact --reading I-003=up`).
package struct Reading: Sendable, Hashable {
    /// One way to read the clause.
    package struct Alternative: Sendable, Hashable {
        /// Its name on the command line, such as `down`.
        package let id: String
        /// What it means, in English.
        package let summary: String
    }

    /// The register's identifier, such as `I-003`.
    package let id: String
    /// The question the reading answers: the heading of its register entry.
    package let title: String
    /// The Dutch words read, verbatim.
    package let quote: String
    /// Every alternative considered; the first is the one chosen.
    package let alternatives: [Alternative]

    /// The alternative the library chose.
    package var chosen: Alternative { alternatives[0] }
}

extension Reading {
    /// Every reading a rule can be switched on, in the register's order: the switchable part of each
    /// register entry that has one (``Interpretation/switchable``). The values sit beside the rules that ask
    /// for them (`SwapHours/NinetySixHourRule+Reading.swift`, `Contracts/NoticePeriod+Readings.swift`,
    /// `Statute/NoticeInWriting+Reading.swift`, `Statute/PriceIncrease+Reading.swift`), and an entry that
    /// names one makes it switchable: nothing else lists them.
    ///
    /// ```swift
    /// Reading.all.map(\.id)   // ["I-001", "I-003", "I-202", "I-231", "I-232"]
    /// ```
    package static let all: [Reading] = InterpretationRegister.entries.compactMap { $0.switchable?.reading }
}

/// The alternative chosen for each ``Reading``: the library's own (``chosen``), or others for a "what if".
package struct Readings: Sendable, Hashable {
    /// The alternatives that differ from the library's choice, by reading id.
    package private(set) var overrides: [String: String]

    /// The library's own choices.
    package static let chosen = Readings(overrides: [:])

    private init(overrides: [String: String]) {
        self.overrides = overrides
    }

    /// The id of the alternative chosen for `reading`.
    package func choice(_ reading: Reading) -> String {
        overrides[reading.id] ?? reading.chosen.id
    }

    /// These readings with `alternative` chosen for the reading with id `id`.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` for a reading no rule can be switched on, or an
    ///   alternative that reading does not have.
    package func choosing(_ alternative: String, for id: String) throws(RulesError) -> Readings {
        guard let reading = Reading.all.first(where: { $0.id == id }) else {
            throw RulesError(
                code: .unknownReference, value: id,
                context: "the readings a rule can be switched on are "
                    + Reading.all.map { $0.id }.joined(separator: ", "))
        }
        guard reading.alternatives.contains(where: { $0.id == alternative }) else {
            throw RulesError(
                code: .unknownReference, value: "\(id)=\(alternative)",
                context: "\(id) has " + reading.alternatives.map { $0.id }.joined(separator: ", "))
        }
        var copy = self
        copy.overrides[id] = alternative == reading.chosen.id ? nil : alternative
        return copy
    }

    /// Readings from `I-003=up` terms, each a reading id and an alternative.
    ///
    /// - Throws: ``RulesError`` as ``choosing(_:for:)``, or `invalidArgument` for a term without `=`.
    package static func parsing(_ terms: [String]) throws(RulesError) -> Readings {
        var readings = chosen
        for term in terms {
            let parts = term.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw RulesError(
                    code: .invalidArgument, value: term, context: "a reading is written as I-003=up")
            }
            readings = try readings.choosing(parts[1], for: parts[0])
        }
        return readings
    }
}
