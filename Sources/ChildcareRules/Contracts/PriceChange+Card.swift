// The rule card of `priceChange`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let priceChange = RuleCard(
        id: PriceChangeRule.rule,
        title: Explanation(nl: "Prijswijzigingen", en: "Price changes"),
        clauseKeys: ["TSO art. 7"],
        reading: """
            A new price takes effect no earlier than one calendar month (rounded up to the first of the next \
            month) plus one week after the announcement; like the parent's own notices it is counted in one \
            step from the announcement and read as a "per" date, the first day of the new price (the old \
            price applies through the day before). A proposed date before that is contrary to art. 7; the \
            change is deferred to the earliest date, not void.
            """,
        interpretations: ["I-004", "I-203"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/PriceAndTermsChangeTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (announced, proposed) in [
                ("2026-05-15", "2026-06-15"), ("2026-05-15", "2026-07-08"), ("2026-05-31", "2026-07-01"),
                ("2026-11-30", "2027-01-01"),
            ] {
                let decision = try PriceChangeRule.decide(
                    announcedOn: try CardFixtures.date(announced),
                    proposedEffectiveDate: try CardFixtures.date(proposed))
                keys += decision.citedKeys
                rows.append([
                    announced, proposed, "\(decision.outcome.earliestEffectiveDate)",
                    CardFixtures.yesNo(decision.outcome.isContraryToArticle7),
                    "\(decision.outcome.effectiveDate)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Price changes announced by Partou",
                    headers: [
                        "announced", "proposed date", "earliest date", "contrary to art. 7", "takes effect",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
