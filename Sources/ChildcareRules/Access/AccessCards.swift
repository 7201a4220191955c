// Rule cards for the parent app: who gets which version and capabilities, and the rights of a parent
// with or without parental authority.
// Each card sits beside its rule, in `<Rule>+Card.swift` in this folder; `all` sets their order in the
// rulebook.

enum AccessCards {
    static var all: [RuleCard] { [appAccess, guardianship, liabilityCap] }

    static func denialText(_ denial: AccessDenial) -> String {
        switch denial {
        case .noAuthority: "no parental authority"
        case .notRequested: "not requested"
        case .notIdentified: "not identified"
        case .termsNotAccepted: "terms not accepted"
        case .blocked(let reason): "blocked (\(reason.name(in: .en)))"
        case .safetyRefused: "refused for safety"
        case .contractParentHasNoAccess: "the contract parent has no access"
        case .relationshipEnded(let days): "relationship ended \(days) days ago"
        }
    }
}
