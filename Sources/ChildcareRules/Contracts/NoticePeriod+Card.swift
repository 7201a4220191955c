// The rule card of `notice`: its quoted clauses, reading and worked examples for the rulebook.

extension FoundationCards {
    static let notice = RuleCard(
        id: NoticePeriod.rule,
        title: Explanation(nl: "Opzeg-, wijzigings- en annuleringstermijnen", en: "Notice periods"),
        clauseKeys: ["TSO art. 8 lid 1", "TSO art. 8 lid 2", "TSO art. 3", "TSO art. 7", "TSO art. 10"],
        reading: """
            A parent's notice (termination, change, cancellation) takes effect one month after Partou receives \
            it; from the 29th, 30th or 31st the month ends on the last day of the shorter month (rounded down), \
            which releases the parent sooner. The provider's price and terms changes take effect no earlier than \
            one calendar month, rounded up to the first of the next month, plus one week after the announcement, \
            which warns the parent longest.
            """,
        interpretations: ["I-003", "I-004"],
        tests: ["`Tests/ChildcareRulesTests/Foundation/NoticePeriodTests.swift`"],
        examples: { () throws(RulesError) in
            let dates = [
                "2026-01-15", "2026-01-31", "2027-01-31", "2028-01-31", "2026-03-31", "2026-08-31",
                "2026-12-31",
            ]
            var rows: [[String]] = []
            for text in dates {
                let date = try RulesError.calendar { () throws(CalendarError) in try LocalDate(text) }
                rows.append([
                    text,
                    try NoticePeriod.earliestEffectiveDate(for: .termination, from: date).description,
                    try NoticePeriod.earliestEffectiveDate(for: .priceChange, from: date).description,
                ])
            }
            return [
                ExampleTable(
                    caption: "Earliest effective dates at month ends",
                    headers: [
                        "received or announced", "termination, change, cancellation", "price or terms change",
                    ],
                    rows: rows)
            ]
        })
}
