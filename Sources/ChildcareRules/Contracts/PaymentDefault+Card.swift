// The rule card of `paymentDefault`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let paymentDefault = RuleCard(
        id: PaymentDefaultRule.rule,
        title: Explanation(nl: "Een maand betalingsachterstand", en: "One month in default of payment"),
        clauseKeys: ["TSO art. 8 lid 5 sub a"],
        reading: """
            One month of default is reached on the first day of default plus one calendar month, rounded up \
            at month ends (the later date, favouring the parent). Payment on or before the notice date cures \
            the default; a notice before one month is reached is premature.
            """,
        interpretations: ["I-207"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ProviderTerminationTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (since, paid, notice) in [
                ("2026-01-31", nil, "2026-02-28"), ("2026-01-31", nil, "2026-03-01"),
                ("2026-03-31", nil, "2026-05-01"),
                ("2026-02-01", "2026-03-01", "2026-03-02"), ("2026-02-01", "2026-03-05", "2026-03-02"),
            ] as [(String, String?, String)] {
                let decision = try PaymentDefaultRule.decide(
                    since: try CardFixtures.date(since),
                    paidOn: try paid.map { (text) throws(RulesError) in try CardFixtures.date(text) },
                    noticeOn: try CardFixtures.date(notice))
                keys += decision.citedKeys
                rows.append([
                    since, "\(decision.outcome.oneMonthReachedOn)", paid ?? "—", notice,
                    CardFixtures.yesNo(decision.outcome.isCured),
                    CardFixtures.yesNo(decision.outcome.isGround),
                ])
            }
            return [
                ExampleTable(
                    caption: "Payment default dates",
                    headers: [
                        "in default since", "one month reached", "paid on", "notice on", "cured", "ground",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
