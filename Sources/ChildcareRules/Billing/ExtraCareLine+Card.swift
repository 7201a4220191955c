// The rule card of `extraCare`: its quoted clauses, reading and worked examples for the rulebook.

extension BillingCards {
    static let extraCare = RuleCard(
        id: ExtraCareLine.rule,
        title: Explanation(nl: "Gefactureerde extra opvang", en: "Invoiced extra care"),
        clauseKeys: ["TSO art. 5 (extra opvang) lid 4"],
        reading: """
            Extra care not covered by swap hours is invoiced in the month of the care at the contract's hourly \
            rate: minutes × rate / 60, rounded down to the cent, line by line, so rounding never charges more.
            """,
        interpretations: ["I-108", "I-211"],
        tests: ["`Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (minutes, rate) in [(60, 850), (45, 850), (7, 850), (1, 999), (90, 1_037)] {
                let decision = try ExtraCareLine.decide(
                    minutes: minutes, hourlyRate: Money(cents: rate),
                    careDate: try CardFixtures.date("2026-03-18"))
                keys += decision.citedKeys
                rows.append([
                    "\(minutes)", Money(cents: rate).formatted(in: .en), "\(minutes * rate) / 60",
                    decision.outcome.amount.formatted(in: .en), "\(decision.outcome.month)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Extra care on 2026-03-18",
                    headers: [
                        "minutes", "hourly rate", "cents × minutes / 60", "invoiced (rounded down)",
                        "invoice month",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
