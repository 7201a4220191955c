// Rule cards for retention and data requests. Each card sits beside its rule, in `<Rule>+Card.swift` in this
// folder; this list sets their order in the rulebook.

enum RetentionCards {
    static var all: [RuleCard] { [schedule, dataRequest] }
}
