// The rule card of `ninetySixHours`: its quoted clauses, reading and worked examples for the rulebook.

extension FoundationCards {
    static let ninetySixHours = RuleCard(
        id: NinetySixHourRule.rule,
        title: Explanation(
            nl: "De 96-uursgrens voor ruil- en inhaaluren", en: "The 96-hour deadline for swap hours"),
        clauseKeys: ["TSO art. 5 lid 1"],
        reading: """
            "96 uur voor de start" is read both as 96 elapsed hours and as four calendar days at the same \
            Amsterdam clock time; the later of the two is the deadline, because it favours the parent. They differ \
            only in the weeks of a clock change. "Meer dan" makes the deadline strict: a report at the exact \
            deadline is too late.
            """,
        interpretations: ["I-001", "I-002", "I-006"],
        tests: [
            "`Tests/ChildcareRulesTests/Foundation/NinetySixHourRuleTests.swift`",
            "`Tests/ChildcareRulesTests/Foundation/NinetySixHourOracleTests.swift`",
        ],
        examples: { () throws(RulesError) in
            let starts = [
                "2026-03-23T12:00", "2026-03-30T12:00", "2026-04-01T12:00", "2026-10-19T12:00",
                "2026-10-26T12:00",
                "2026-10-28T12:00",
            ]
            var rows: [[String]] = []
            for text in starts {
                let start = try RulesError.calendar { () throws(CalendarError) in try LocalDateTime(text) }
                let computation = try NinetySixHourRule.computation(careStart: start)
                rows.append([
                    "\(start.date.weekday.name(in: .en)) \(computation.careStart)",
                    computation.elapsedReading.description, computation.calendarReading.description,
                    computation.deadline.description,
                ])
            }
            return [
                ExampleTable(
                    caption: "Deadlines across the clock changes of 29 March and 25 October 2026",
                    headers: [
                        "care start", "96 elapsed hours", "4 days, same clock time",
                        "deadline (report strictly before)",
                    ],
                    rows: rows)
            ]
        })
}
