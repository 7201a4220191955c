// The rule card of `refund`: its quoted clauses, reading and worked examples for the rulebook.

extension BillingCards {
    static let refund = RuleCard(
        id: RefundRule.rule,
        title: Explanation(nl: "Geen restitutie", en: "No refunds"),
        clauseKeys: ["TSO art. 6 lid 5", "TSO art. 6 lid 6", "TSO art. 4 lid 4"],
        reading: """
            Unused hours after a change or termination, and care days on holidays or school closure days, are \
            not refunded. Force majeure excludes a refund only when Partou did everything it lawfully could \
            to prevent or end the situation; that judgement is Partou's input, and without it the terms do \
            not exclude a refund.
            """,
        interpretations: ["I-213"],
        tests: ["`Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift`"],
        examples: { () throws(RulesError) in
            let claims: [(RefundRule.Claim, String)] = [
                (.unusedHoursAfterChange, "unused hours after a change"),
                (.unusedHoursAfterTermination, "unused hours after termination"),
                (
                    .forceMajeure(partouDidEverythingPossible: true),
                    "force majeure, Partou did everything possible"
                ),
                (.forceMajeure(partouDidEverythingPossible: false), "force majeure, Partou did not"),
                (.holidayOrClosureDay, "a holiday or school closure day"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (claim, label) in claims {
                let decision = try RefundRule.decide(claim, on: try CardFixtures.date("2026-03-02"))
                keys += decision.citedKeys
                rows.append([
                    label, decision.outcome.rawValue,
                    decision.citations.map { $0.key }.joined(separator: "; "),
                ])
            }
            return [
                ExampleTable(
                    caption: "Refund claims", headers: ["claim", "outcome", "cited"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
