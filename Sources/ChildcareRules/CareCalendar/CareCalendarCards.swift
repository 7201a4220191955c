// Rule cards for the care calendar that decides which days are care days. The card sits beside its rule,
// in `CarePeriod+Card.swift`; this list sets the order in the rulebook.

enum CareCalendarCards {
    static var all: [RuleCard] { [period] }
}
