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
    /// I-003: a month's notice from the 29th, 30th or 31st (the parent's termination, change and
    /// cancellation): `down` clamps to the shorter month's last day (31 January → 28 February; chosen, the
    /// parent is bound for the shorter time), `up` overflows into the next month (→ 1 March).
    package static let noticeRounding = Reading(
        id: "I-003",
        title: "One month's notice from the 29th, 30th or 31st (termination, change, cancellation)",
        quote: "Wij hanteren een opzegtermijn van een maand.",
        alternatives: [
            Alternative(id: "down", summary: "the last day of the shorter month (31 January → 28 February)"),
            Alternative(id: "up", summary: "the first day of the next month (31 January → 1 March)"),
        ])

    /// I-231: a termination in writing that does not use the online form (TSO terms art. 8 lid 1,
    /// "uitsluitend"; art. 6:237 sub m BW): `writing` lets any written channel end the contract (chosen:
    /// mandatory law lets the parent give notice in writing), `form-only` follows the terms' words.
    package static let writtenTermination = Reading(
        id: "I-231",
        title:
            "A termination in writing that does not use the online form (art. 8 lid 1; art. 6:237 sub m BW)",
        quote: "Je kunt jouw overeenkomst uitsluitend opzeggen door middel van het online opzegformulier",
        alternatives: [
            Alternative(
                id: "writing",
                summary: "any notice in writing ends the contract: the form, an e-mail, a letter or the app"),
            Alternative(id: "form-only", summary: "only the online form ends the contract, as the terms say"),
        ])

    /// I-232: which date of a price increase must fall within three months of signing for art. 6:236 sub i
    /// BW to set it aside (``PriceIncreaseRule``).
    package static let priceIncreaseWindow = Reading(
        id: "I-232",
        title: "A price increase within three months of signing (art. 7; art. 6:236 sub i BW)",
        quote: "Periodiek herzien wij de tarieven voor onze producten en/of dienstverlening",
        alternatives: [
            Alternative(
                id: "announced",
                summary: "the increase does not bind the parent if Partou announces it within three months"),
            Alternative(
                id: "takes-effect",
                summary:
                    "the increase does not bind the parent only if it would take effect within three months"),
        ])

    /// I-202: what the date a parent's notice reaches (received + 1 month, I-003) is, and what a
    /// termination date the parent chooses is: `first-day-without-contract` reads it as the "per" date, the
    /// first day without a contract (chosen: the parent is bound a day less, and in Dutch usage a contract
    /// that ends "per" a date no longer binds on it); `last-day-in-contract` reads it as the contract's last
    /// day, so the contract ends per the day after (and a change applies from the day after).
    package static let perDate = Reading(
        id: "I-202",
        title: """
            "Per" is the first day without a contract; a date the parent chooses is a "per" date too
            """,
        quote: "Wij hanteren een opzegtermijn van een maand.",
        alternatives: [
            Alternative(
                id: "first-day-without-contract",
                summary:
                    "the date reached or chosen is the first day without a contract (received 1 February: "
                    + "last day 28 February, per 1 March)"),
            Alternative(
                id: "last-day-in-contract",
                summary:
                    "the date reached or chosen is the contract's last day (received 1 February: last day "
                    + "1 March, per 2 March)"),
        ])

    /// Every reading a rule can be switched on; each is the switchable part of one register entry.
    package static let all: [Reading] = [noticeRounding, perDate, writtenTermination, priceIncreaseWindow]
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

    /// Whether a date a parent's notice reaches, or a termination date the parent chooses, is read as the
    /// contract's last day instead of the first day without a contract (I-202, ``Reading/perDate``).
    package var readsPerAsLastDay: Bool { choice(.perDate) == "last-day-in-contract" }

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
