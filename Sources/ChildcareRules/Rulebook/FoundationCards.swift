// Rule cards for the foundation rules: the 96-hour deadline, notice periods, TSO holidays, the care calendar.

enum FoundationCards {
    static var all: [RuleCard] { [ninetySixHours, notice, holidays] }

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

    static let holidays = RuleCard(
        id: "calendar.tsoHolidays",
        title: Explanation(
            nl: "Geen tso op algemeen erkende feestdagen", en: "No TSO on generally recognised holidays"),
        clauseKeys: ["TSO art. 4 lid 2", "TSO art. 4 lid 3", "TSO art. 4 lid 4"],
        reading: """
            The holidays are computed, not listed: Easter by the anonymous Gregorian algorithm, Koningsdag on \
            27 April (26 April when the 27th is a Sunday; Koninginnedag before 2014), Bevrijdingsdag only in years \
            divisible by five. A care day on a holiday earns no swap hours and no refund.
            """,
        interpretations: [],
        tests: ["`Tests/DutchCalendarTests/TSOHolidaysTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            for year in 2025...2027 {
                let holidays = try RulesError.calendar { () throws(CalendarError) in
                    try TSOHolidays.holidays(in: year)
                }
                for holiday in holidays {
                    rows.append([
                        holiday.date.description, holiday.date.weekday.name(in: .en), holiday.name,
                        holiday.nameEn,
                    ])
                }
            }
            return [
                ExampleTable(
                    caption: "TSO holidays 2025–2027", headers: ["date", "weekday", "naam", "name"],
                    rows: rows)
            ]
        })
}
