// The rule card of art. 6:237 sub m BW, beside the check it documents.

extension NoticeInWritingRule {
    /// What legal reads about the check: the statute, the clause it sets aside, and the channels compared
    /// under the terms alone and with the statute.
    static let card = RuleCard(
        id: rule,
        title: Explanation(
            nl: "Opzeggen in elke schriftelijke vorm (art. 6:237 sub m BW)",
            en: "Terminating in any written form (art. 6:237 sub m BW)"),
        clauseKeys: ["TSO art. 8 lid 1"],
        reading: """
            Mandatory law over the terms. \(summary) Art. 8 lid 1 lets the parent terminate "uitsluitend" \
            through the online form, which is stricter than writing, so the library does not hold the parent \
            to it: a termination in writing through another channel (an e-mail, a letter, a message in the \
            app) ends the contract exactly as the form would, from the day Partou receives it, and the \
            decision cites the statute. A call, a word in person or a staff member acting for the parent is \
            not in writing, so the terms' rejection stands. The check changes an outcome only there; \
            `--reading I-231=form-only` shows what the terms alone would decide.
            """,
        interpretations: ["I-231"],
        tests: ["`Tests/ChildcareRulesTests/Statute/NoticeInWritingTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let received = try CardFixtures.date("2026-03-15")
            let formOnly = try TSOParameters.edition2024.read(
                under: Readings.chosen.choosing("form-only", for: Reading.writtenTermination.id))
            var rows: [[String]] = []
            var keys: [String] = []
            for channel in [Channel.onlineForm, .email, .letter, .app, .phone, .oral, .staff] {
                let terms = try ParentTerminationRule.decide(
                    contract: contract, receivedOn: received, channel: channel, parameters: formOnly)
                let law = try ParentTerminationRule.decide(
                    contract: contract, receivedOn: received, channel: channel)
                keys += law.citedKeys
                rows.append([
                    channel.name(in: .en), describe(terms.outcome), describe(law.outcome),
                    CardFixtures.yesNo(law.citations.contains(citation)),
                ])
            }
            return [
                ExampleTable(
                    caption: "A termination received 2026-03-15, by channel",
                    headers: ["channel", "terms alone", "with art. 6:237 sub m BW", "cites the statute"],
                    rows: rows, citedKeys: keys)
            ]
        })

    private static func describe(_ outcome: ParentTerminationOutcome) -> String {
        switch outcome {
        case .accepted(let terms): "ends per \(terms.firstDayWithoutContract)"
        case .treatedAsCancellation(let terms): "cancelled per \(terms.effectiveDate)"
        case .rejected: "rejected"
        }
    }
}
