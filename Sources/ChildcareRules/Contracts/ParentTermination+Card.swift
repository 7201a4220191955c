// The rule card of `parentTermination`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let parentTermination = RuleCard(
        id: ParentTerminationRule.rule,
        title: Explanation(nl: "Opzeggen door de ouder", en: "Termination by the parent"),
        clauseKeys: ["TSO art. 8 lid 1", "TSO art. 6 lid 1", "TSO art. 6 lid 5", "TSO art. 3"],
        reading: """
            The terms name only the online form, but mandatory law does not let them require a stricter form \
            than writing (art. 6:237 sub m BW, I-231): an e-mail, a letter or a message in the app terminates \
            too; a call or a word in person does not. The contract ends "per" one month after receipt \
            (rounded down at month ends) or per a later date the parent chooses: that date is the first day \
            without a contract, and the day before is its last day, never after a fixed end date. Instalments \
            of months that begin after receipt up to the last day are still due, and unused hours are not \
            refunded. A termination before care starts counts as a cancellation (art. 3).
            """,
        interpretations: ["I-003", "I-202", "I-231"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ParentTerminationTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (received, channel) in [
                ("2026-01-31", Channel.onlineForm), ("2026-03-15", .onlineForm), ("2026-05-31", .onlineForm),
                ("2026-03-15", .email), ("2026-03-15", .phone), ("2025-08-05", .onlineForm),
            ] {
                let decision = try ParentTerminationRule.decide(
                    contract: contract, receivedOn: try CardFixtures.date(received), channel: channel)
                keys += decision.citedKeys
                switch decision.outcome {
                case .accepted(let terms):
                    rows.append([
                        received, channel.name(in: .en), "accepted", "\(terms.endDate)",
                        "\(terms.firstDayWithoutContract)", list(terms.instalmentsStillDue),
                    ])
                case .treatedAsCancellation(let terms):
                    rows.append([
                        received, channel.name(in: .en), "treated as a cancellation",
                        "\(terms.lastDay)", "\(terms.effectiveDate)", list(terms.owed),
                    ])
                case .rejected:
                    rows.append([
                        received, channel.name(in: .en), "rejected: not in writing", "—", "—", "—",
                    ])
                }
            }
            return [
                ExampleTable(
                    caption: "Terminating the example contract (started 2025-09-01)",
                    headers: [
                        "received", "channel", "outcome", "last day", "ends per", "instalments still due",
                    ],
                    rows: rows,
                    citedKeys: keys)
            ]
        })
}
