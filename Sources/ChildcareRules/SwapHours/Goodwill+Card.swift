// The rule card of `goodwill`: its quoted clauses, reading and worked examples for the rulebook.

extension SwapHoursCards {
    static let goodwill = RuleCard(
        id: Engine.goodwillRule,
        title: Explanation(
            nl: "Coulance: uren toegekend bij wijze van uitzondering",
            en: "Goodwill: hours granted as an exception"),
        clauseKeys: ["TSO art. 5 lid 5"],
        reading: """
            A manager may grant hours outside the rules; the grant names who granted it and why, is recorded \
            as goodwill (not a right under the terms), and expires like earned hours: on 31 December of the \
            year granted, or the contract's end when earlier.
            """,
        interpretations: ["I-110"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            for (date, end) in [("2026-05-12", nil), ("2026-05-12", "2026-06-30"), ("2026-12-20", nil)]
                as [(String, String?)]
            {
                let grant = try GoodwillGrant(
                    account: LedgerAccount(contract), minutes: 120, reason: "complaint settled",
                    grantedBy: "manager-1", date: try CardFixtures.date(date),
                    contractEnd: try end.map { (text) throws(RulesError) in try CardFixtures.date(text) })
                rows.append([date, end ?? "open-ended", "\(grant.minutes)", grant.expiry.description])
            }
            let facts = try CaseFacts(contracts: [contract])
            let evaluation = try Engine.evaluate(
                facts,
                events: [
                    TimedEvent(
                        id: "goodwill", at: try CardFixtures.dateTime("2026-05-12T10:00"),
                        event: .goodwill(
                            contract: contract.id, minutes: 120, reason: "complaint settled",
                            grantedBy: "manager-1"))
                ])
            return [
                ExampleTable(
                    caption: "Goodwill grants of 120 minutes",
                    headers: ["granted on", "contract ends", "minutes", "usable up to and including"],
                    rows: rows,
                    citedKeys: evaluation.decisions.flatMap { $0.citations.map { $0.key } })
            ]
        })
}
