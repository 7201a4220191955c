// The rule card of `holidays`: its quoted clauses, reading and worked examples for the rulebook.

extension FoundationCards {
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
