// The rule card of `agreement`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let agreement = RuleCard(
        id: AgreementRule.rule,
        title: Explanation(
            nl: "Afspraken zijn alleen schriftelijk, per e-mail of via de ouderapp rechtsgeldig",
            en: "Agreements bind only in writing, by e-mail or through the app"),
        clauseKeys: ["TSO art. 2 lid 4"],
        reading: """
            An agreement binds only when made in writing (a letter or the online form), by e-mail or through \
            the app; an agreement made orally, by phone or only with a staff member is not legally valid.
            """,
        interpretations: ["I-200"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/AgreementAndConsentTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for channel in [Channel.app, .email, .letter, .onlineForm, .staff, .phone, .oral] {
                let decision = try AgreementRule.decide(
                    subject: "an extra care day", madeOn: try CardFixtures.date("2026-03-02"),
                    channel: channel)
                keys += decision.citedKeys
                rows.append([channel.name(in: .en), CardFixtures.yesNo(decision.outcome.isValid)])
            }
            return [
                ExampleTable(
                    caption: "An agreement made on 2026-03-02", headers: ["made through", "legally valid"],
                    rows: rows, citedKeys: keys)
            ]
        })
}
