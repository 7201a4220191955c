// Rule cards for the foundation rules: the 96-hour deadline (`SwapHours/NinetySixHourRule+Card.swift`),
// notice periods (`Contracts/NoticePeriod+Card.swift`) and the TSO holidays
// (`CareCalendar/TSOHolidays+Card.swift`). This list sets their order in the rulebook.

enum FoundationCards {
    static var all: [RuleCard] { [ninetySixHours, notice, holidays] }
}
