// The rule card of `schedule`: its quoted clauses, reading and worked examples for the rulebook.

extension BillingCards {
    static let schedule = RuleCard(
        id: BillingSchedule.rule,
        title: Explanation(
            nl: "Het jaarbedrag in tien termijnen", en: "The annual amount in ten instalments"),
        clauseKeys: ["TSO art. 6 lid 1", "TSO art. 6 lid 5"],
        reading: """
            The annual amount is split into ten instalments, September to June, payable in advance on the \
            first of the month; nothing is billed in July and August. The amount is divided in whole cents: \
            every instalment is the amount divided by ten rounded down, and the remaining cents go one each \
            to the last months, so the instalments add up exactly. A contract is billed for the months on \
            whose first day it is in force; an early end refunds nothing (art. 6 lid 5).
            """,
        interpretations: ["I-209", "I-210"],
        tests: ["`Tests/ChildcareRulesTests/Billing/BillingScheduleTests.swift`"],
        examples: { () throws(RulesError) in
            let year = SchoolYear(containing: try CardFixtures.date("2025-09-01"))
            let full = try BillingSchedule.decide(annual: Money(cents: 123_457), schoolYear: year)
            let ending = try BillingSchedule.decide(
                for: try CardFixtures.contract(start: "2025-11-15", end: "2026-03-20"), schoolYear: year)
            let billed = Set(ending.outcome.map { $0.month })
            let rows = full.outcome.map { instalment in
                [
                    "\(instalment.month)", instalment.amount.formatted(in: .en),
                    billed.contains(instalment.month) ? instalment.amount.formatted(in: .en) : "—",
                ]
            }
            return [
                ExampleTable(
                    caption:
                        "EUR 1,234.57 (123457 cents) over school year 2025–2026; the last column is a contract from "
                        + "2025-11-15 to 2026-03-20",
                    headers: ["month", "full year", "contract 2025-11-15 to 2026-03-20"],
                    rows: rows + [
                        [
                            "total", full.outcome.total.formatted(in: .en),
                            ending.outcome.total.formatted(in: .en),
                        ]
                    ],
                    citedKeys: full.citedKeys + ending.citedKeys)
            ]
        })
}
