// The rule card of `liabilityCap`: its quoted clauses, reading and worked examples for the rulebook.

extension AccessCards {
    static let liabilityCap = RuleCard(
        id: LiabilityCapRule.rule,
        title: Explanation(
            nl: "Beperking van de aansprakelijkheid voor de app", en: "The cap on liability for the app"),
        clauseKeys: ["APP art. 11"],
        reading: """
            Whether Partou is liable is for a court, and so is whether the cap holds (art. 6:237 sub f BW). \
            The cap itself is a computation: per event, the childcare fee paid in the month of the event, at \
            most EUR 500 excluding VAT; childcare is exempt from VAT, so the fee is compared as it is (I-317).
            """,
        interpretations: ["I-317"],
        tests: ["`Tests/ChildcareRulesTests/Access/LiabilityCapTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (paid, date) in [
                (12_345, "2026-03-10"), (50_000, "2026-09-01"), (61_200, "2026-11-30"), (0, "2026-07-15"),
            ] {
                let decision = try LiabilityCapRule.decide(
                    paidInMonth: Money(cents: paid), eventOn: try CardFixtures.date(date))
                keys += decision.citedKeys
                rows.append([
                    date, Money(cents: paid).formatted(in: .en), decision.outcome.formatted(in: .en),
                ])
            }
            return [
                ExampleTable(
                    caption: "The cap per event", headers: ["event on", "paid that month", "cap"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
