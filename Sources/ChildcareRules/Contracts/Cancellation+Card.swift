// The rule card of `cancellation`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let cancellation = RuleCard(
        id: CancellationRule.rule,
        title: Explanation(nl: "Annuleren voor de start van de opvang", en: "Cancelling before care starts"),
        clauseKeys: ["TSO art. 3", "TSO art. 6 lid 1", "TSO art. 8 lid 1", "TSO art. 2 lid 4"],
        reading: """
            Before care starts the parent may cancel in writing (e-mail as named, or app, letter, online \
            form); spoken cancellations do not count. The cancellation takes effect one month after receipt \
            (rounded down at month ends): that "per" date is the first day without a contract, the day before \
            its last day. The instalments of the months that begin from the start date through the last day \
            are still owed. Once care has started the parent must terminate instead (art. 8 lid 1).
            """,
        interpretations: ["I-003", "I-200", "I-201", "I-202"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/CancellationTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (received, channel) in [
                ("2025-07-10", Channel.email), ("2025-07-31", .email), ("2025-08-05", .app),
                ("2025-08-05", .phone),
                ("2025-09-02", .email),
            ] {
                let decision = try CancellationRule.decide(
                    contract: contract, receivedOn: try CardFixtures.date(received), channel: channel)
                keys += decision.citedKeys
                switch decision.outcome {
                case .accepted(let terms):
                    rows.append([
                        received, channel.name(in: .en), "accepted", "\(terms.lastDay)",
                        "\(terms.effectiveDate)",
                        list(terms.owed),
                    ])
                case .rejected(let rejection):
                    let why =
                        switch rejection {
                        case .notInWriting: "rejected: not in writing"
                        case .careAlreadyStarted: "rejected: care already started"
                        }
                    rows.append([received, channel.name(in: .en), why, "—", "—", "—"])
                }
            }
            return [
                ExampleTable(
                    caption:
                        "Cancelling a contract signed 2025-06-15, starting 2025-09-01, EUR 1,234.57 a year",
                    headers: ["received", "channel", "outcome", "last day", "ends per", "still owed"],
                    rows: rows,
                    citedKeys: keys)
            ]
        })
}
