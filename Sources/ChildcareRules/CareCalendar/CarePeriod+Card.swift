// The rule card of `period`: its quoted clauses, reading and worked examples for the rulebook.

extension CareCalendarCards {
    static let period = RuleCard(
        id: CareCalendar.rule,
        title: Explanation(nl: "Opvangdagen in een periode", en: "Care days in a period"),
        clauseKeys: ["TSO art. 4 lid 2", "TSO art. 4 lid 3", "TSO art. 4 lid 4", "TSO art. 5 lid 1"],
        reading: """
            A day is a care day when the contract covers it, the weekly schedule has a session that weekday, \
            and it is neither a TSO holiday, a school closure day nor a school holiday (the school calendar \
            is the caller's input). Each care day carries its 96-hour deadline for an absence report.
            """,
        interpretations: ["I-001"],
        tests: ["`Tests/ChildcareRulesTests/CareCalendar/CarePeriodTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let school = try CardFixtures.school()
            var rows: [[String]] = []
            var keys: [String] = []
            for (first, last) in [("2026-04-23", "2026-04-28"), ("2026-10-08", "2026-10-20")] {
                let decision = try CareCalendar.decide(
                    from: try CardFixtures.date(first), through: try CardFixtures.date(last),
                    contract: contract,
                    school: school)
                keys += decision.citedKeys
                for day in decision.outcome.days {
                    switch day {
                    case .care(let care):
                        rows.append([
                            "\(care.date)", care.date.weekday.name(in: .en), "care, \(care.minutes) minutes",
                            care.deadline.description,
                        ])
                    case .noCare(let skipped):
                        let names = skipped.holidays.map { $0.nameEn }.joined(separator: ", ")
                        rows.append([
                            "\(skipped.date)", skipped.date.weekday.name(in: .en),
                            skipped.reason.name(in: .en) + (names.isEmpty ? "" : " (\(names))"), "—",
                        ])
                    }
                }
            }
            return [
                ExampleTable(
                    caption:
                        "Scheduled days of the example contract around Koningsdag 2026 and the autumn holiday "
                        + "(closure day 2026-10-09, holiday 17–25 October)",
                    headers: ["date", "weekday", "status", "report absence strictly before"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
