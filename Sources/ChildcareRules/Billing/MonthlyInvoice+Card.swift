// The rule card of `monthlyInvoice`: its quoted clauses, reading and worked examples for the rulebook.

extension BillingCards {
    static let monthlyInvoice = RuleCard(
        id: MonthlyInvoice.rule,
        title: Explanation(nl: "De maandfactuur", en: "The monthly invoice"),
        clauseKeys: ["TSO art. 6 lid 1", "TSO art. 6 lid 4", "TSO art. 5 (extra opvang) lid 4"],
        reading: """
            Each month's invoice carries that month's instalment and the extra care of that month. Without a \
            direct-debit mandate Partou may charge an administration fee once per monthly invoice; the terms \
            state no amount, so the caller supplies it. With a mandate no fee is charged.
            """,
        interpretations: ["I-212"],
        tests: ["`Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift`"],
        examples: { () throws(RulesError) in
            let year = SchoolYear(containing: try CardFixtures.date("2025-09-01"))
            let extra = [
                try ExtraCareLine(
                    minutes: 45, hourlyRate: Money(cents: 850), careDate: try CardFixtures.date("2025-10-08"))
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for mandate in [true, false] {
                let decision = try MonthlyInvoice.invoices(
                    for: try CardFixtures.contract(directDebit: mandate), schoolYear: year, extraCare: extra,
                    administrationFee: Money(cents: 150))
                keys += decision.citedKeys
                for invoice in decision.outcome.prefix(3) {
                    rows.append([
                        CardFixtures.yesNo(mandate), "\(invoice.month)",
                        (invoice.instalment?.amount ?? .zero).formatted(in: .en),
                        invoice.extraCare.reduce(Money.zero) { $0 + $1.amount }.formatted(in: .en),
                        invoice.administrationFee.formatted(in: .en), invoice.total.formatted(in: .en),
                    ])
                }
            }
            return [
                ExampleTable(
                    caption:
                        "The first three invoices of 2025–2026, 45 minutes of extra care on 2025-10-08, a fee of EUR 1.50",
                    headers: ["direct debit", "month", "instalment", "extra care", "fee", "total"],
                    rows: rows,
                    citedKeys: keys)
            ]
        })
}
