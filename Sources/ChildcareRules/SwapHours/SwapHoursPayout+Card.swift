// The rule card of `noPayout`: its quoted clauses, reading and worked examples for the rulebook.

extension SwapHoursCards {
    static let noPayout = RuleCard(
        id: SwapHoursScope.payoutRule,
        title: Explanation(
            nl: "Ruil- en inhaaluren worden niet uitbetaald", en: "Swap hours are not paid out"),
        clauseKeys: ["TSO art. 5 lid 5", "TSO art. 6 lid 5"],
        reading: """
            Swap hours are never paid out in money: they can only be used for care until they expire, after \
            which they lapse without a refund in money or care.
            """,
        interpretations: [],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (minutes, expiry) in [(120, "2026-12-31"), (45, "2026-06-30")] {
                let decision = try SwapHoursScope.payout(
                    minutes: minutes, expiry: try CardFixtures.date(expiry),
                    askedOn: try CardFixtures.date("2026-06-01"))
                keys += decision.citedKeys
                rows.append([
                    "\(minutes)", expiry, decision.outcome.refund.formatted(in: .en),
                    decision.deadlines.first?.moment.description ?? "—",
                ])
            }
            return [
                ExampleTable(
                    caption: "A payout asked for on 2026-06-01",
                    headers: ["minutes available", "earliest expiry", "paid out", "usable until"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
