// The rule card of `change`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let change = RuleCard(
        id: ContractChangeRule.rule,
        title: Explanation(nl: "Wijzigingen doorgeven", en: "Changing the contract"),
        clauseKeys: ["TSO art. 8 lid 2", "TSO art. 2 lid 4"],
        reading: """
            A change is submitted in writing (the online form as named, or app, e-mail, letter) and takes \
            effect one month after receipt (rounded down at month ends), or on a later date the parent asks \
            for; a spoken request is not a valid agreement.
            """,
        interpretations: ["I-003", "I-200"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ContractChangeTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (received, channel, requested) in [
                ("2026-01-31", Channel.onlineForm, nil), ("2026-03-10", .email, "2026-05-01"),
                ("2026-03-10", .app, "2026-03-20"), ("2026-03-10", .phone, nil),
            ] as [(String, Channel, String?)] {
                let decision = try ContractChangeRule.decide(
                    receivedOn: try CardFixtures.date(received), channel: channel,
                    requestedEffectiveDate: try requested.map { (text) throws(RulesError) in
                        try CardFixtures.date(text)
                    })
                keys += decision.citedKeys
                switch decision.outcome {
                case .accepted(let terms):
                    rows.append([received, channel.name(in: .en), requested ?? "—", "\(terms.effectiveDate)"])
                case .rejected:
                    rows.append([
                        received, channel.name(in: .en), requested ?? "—", "rejected: not in writing",
                    ])
                }
            }
            return [
                ExampleTable(
                    caption: "Changes submitted",
                    headers: ["received", "channel", "date asked for", "takes effect"],
                    rows: rows, citedKeys: keys)
            ]
        })
}
