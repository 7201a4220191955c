// Rule cards for contracts: agreements, cancellation, termination, changes, price and terms changes,
// Partou's termination, payment default, missing consent and the lifecycle.
// Each card sits beside its rule, in `<Rule>+Card.swift` in this folder; `all` sets their order in the
// rulebook.

enum ContractCards {
    static var all: [RuleCard] {
        [
            agreement, cancellation, parentTermination, change, priceChange, termsChange, providerTermination,
            paymentDefault, missingConsent, lifecycle,
        ]
    }

    static func list(_ instalments: [Instalment]) -> String {
        instalments.isEmpty
            ? "none"
            : instalments.map { "\($0.month) \($0.amount.formatted(in: .en))" }.joined(separator: ", ")
    }
}
