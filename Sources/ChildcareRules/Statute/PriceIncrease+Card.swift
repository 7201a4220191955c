// The rule card of art. 6:236 sub i BW, beside the check it documents.

extension PriceIncreaseRule {
    /// What legal reads about the check: the statute, the clause it limits, and increases compared under
    /// both readings of the window.
    static let card = RuleCard(
        id: rule,
        title: Explanation(
            nl: "Geen prijsverhoging binnen drie maanden na het tekenen (art. 6:236 sub i BW)",
            en: "No price increase within three months of signing (art. 6:236 sub i BW)"),
        clauseKeys: ["TSO art. 7"],
        reading: """
            Mandatory law over the terms. \(summary) Art. 7 lets Partou revise its prices at any time, and \
            the terms give the parent no right to dissolve the contract over a price rise (a termination \
            with a month's notice under art. 8 lid 1 is not dissolution), so an increase announced within \
            three months of signing does not bind the parent: the price agreed at signing stays, and the \
            decision cites the statute. The window ends three calendar months after signing, rounded up, \
            and includes its last day. A decrease, or an increase outside the window, is decided by \
            art. 7 alone. `--reading I-232=takes-effect` counts the date the new price would apply instead \
            of the announcement.
            """,
        interpretations: ["I-232"],
        tests: ["`Tests/ChildcareRulesTests/Statute/PriceIncreaseTests.swift`"],
        examples: { () throws(RulesError) in
            let signed = try CardFixtures.date("2026-01-15")
            let takesEffect = try TSOParameters.edition2024.read(
                under: Readings.chosen.choosing("takes-effect", for: Reading.priceIncreaseWindow.id))
            var rows: [[String]] = []
            var keys: [String] = []
            for (announced, proposed) in [
                ("2026-02-01", "2026-03-01"), ("2026-03-01", "2026-05-01"), ("2026-04-15", "2026-06-01"),
                ("2026-04-16", "2026-06-01"),
            ] {
                let on = try CardFixtures.date(announced)
                let from = try CardFixtures.date(proposed)
                let chosen = try PriceChangeRule.decide(
                    announcedOn: on, proposedEffectiveDate: from, increaseOnContractSignedOn: signed)
                let other = try PriceChangeRule.decide(
                    announcedOn: on, proposedEffectiveDate: from, increaseOnContractSignedOn: signed,
                    parameters: takesEffect)
                keys += chosen.citedKeys
                rows.append([
                    announced, "\(chosen.outcome.effectiveDate)",
                    describe(chosen.outcome), describe(other.outcome),
                ])
            }
            return [
                ExampleTable(
                    caption: "An increase on a contract signed 2026-01-15 (window to 2026-04-15)",
                    headers: ["announced", "new price from (art. 7)", "announced (chosen)", "takes-effect"],
                    rows: rows, citedKeys: keys)
            ]
        })

    private static func describe(_ outcome: PriceChangeOutcome) -> String {
        outcome.isSetAsideByStatute ? "does not bind" : "applies"
    }
}
