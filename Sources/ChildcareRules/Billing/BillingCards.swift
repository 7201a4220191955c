// Rule cards for billing: the ten instalments, monthly invoices, invoiced extra care and refunds. Each card
// sits beside its rule, in `<Rule>+Card.swift` in this folder; this list sets their order in the rulebook.

enum BillingCards {
    static var all: [RuleCard] { [schedule, monthlyInvoice, extraCare, refund] }
}
