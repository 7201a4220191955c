// The rule card of `termsChange`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let termsChange = RuleCard(
        id: TermsChangeRule.rule,
        title: Explanation(nl: "Wijziging van de voorwaarden", en: "Changes to the terms"),
        clauseKeys: ["TSO art. 10", "TSO art. 8 lid 1", "TSO art. 6 lid 1", "TSO art. 6 lid 5"],
        reading: """
            Changed terms take effect one month and one week after the parent is informed (the month rounded \
            up, as for price changes), or later if Partou proposes a later date. A material change lets the \
            parent terminate up to the day it takes effect, so that the contract ends per that day (its last \
            day the day before), before the new terms apply, without waiting out the ordinary notice.
            """,
        interpretations: ["I-004", "I-204"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/PriceAndTermsChangeTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (informed, material) in [("2026-05-15", false), ("2026-05-15", true), ("2026-01-31", true)] {
                let decision = try TermsChangeRule.decide(
                    informedOn: try CardFixtures.date(informed), isMaterial: material)
                keys += decision.citedKeys
                rows.append([
                    informed, CardFixtures.yesNo(material), "\(decision.outcome.effectiveDate)",
                    decision.outcome.terminationWindowEnds.map { $0.description } ?? "—",
                ])
            }
            let change = try TermsChangeRule.decide(
                informedOn: try CardFixtures.date("2026-05-15"), isMaterial: true)
            let termination = try TermsChangeRule.terminate(
                contract: try CardFixtures.contract(), against: change.outcome,
                receivedOn: try CardFixtures.date("2026-06-20"), channel: .onlineForm)
            keys += termination.citedKeys
            return [
                ExampleTable(
                    caption: "Terms changes",
                    headers: ["parent informed", "material", "takes effect", "may terminate until"],
                    rows: rows,
                    citedKeys: keys),
                ExampleTable(
                    caption: "Terminating on 2026-06-20 against the material change announced on 2026-05-15",
                    headers: ["ordinary end (per, one month)", "last day against the change", "ends per"],
                    rows: [
                        [
                            "\(try NoticePeriod.earliestEffectiveDate(for: .termination, from: try CardFixtures.date("2026-06-20")))",
                            termination.outcome.endDate.map { $0.description } ?? "rejected",
                            termination.outcome.end.map { $0.firstDayWithoutContract.description }
                                ?? "rejected",
                        ]
                    ]),
            ]
        })
}
