// The rule card of `absence`: its quoted clauses, reading and worked examples for the rulebook.

extension SwapHoursCards {
    static let absence = RuleCard(
        id: AbsenceRule.rule,
        title: Explanation(
            nl: "Afmelden levert ruil- en inhaaluren op", en: "Reporting an absence earns swap hours"),
        clauseKeys: [
            "TSO art. 5 lid 1", "APP art. 4", "TSO art. 4 lid 1", "TSO art. 4 lid 2", "TSO art. 4 lid 3",
            "TSO art. 4 lid 4",
        ],
        reading: """
            A care day reported absent earns that day's contracted minutes only when the parent reports it \
            personally in the parent app (version 1) strictly before the 96-hour deadline (the later of the \
            two readings of "96 uur", see the 96-hour card). A report by a staff member, by e-mail or phone, \
            or from version 2 of the app earns 0 minutes, as does a day without care (outside the contract, \
            a weekend, not scheduled, a holiday, a school closure day or school holiday), with the reason. A \
            closure day the school announced after the start of the school year (after 1 August) is a day \
            without TSO that earns its contracted minutes, whatever the timing or channel of the report.
            """,
        interpretations: ["I-001", "I-002", "I-100", "I-230"],
        tests: [
            "`Tests/ChildcareRulesTests/SwapHours/AbsenceRuleTests.swift`",
            "`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`",
            "`Tests/ChildcareRulesTests/CareCalendar/CareCalendarEntryPointTests.swift`",
        ],
        examples: { () throws(RulesError) in
            let careStart = try CardFixtures.dateTime("2026-03-16T12:00")
            var keys: [String] = []
            var timing: [[String]] = []
            for (before, reported) in [
                ("96:00:01", "2026-03-12T11:59:59"), ("96:00:00", "2026-03-12T12:00:00"),
                ("95:59:59", "2026-03-12T12:00:01"),
            ] {
                let decision = try AbsenceRule.decide(
                    careStart: careStart, minutes: 60, reported: try CardFixtures.dateTime(reported))
                keys += decision.citedKeys
                timing.append([
                    reported, before, decision.outcome.deadline?.description ?? "—",
                    "\(decision.outcome.earnedMinutes)", reasonText(decision.outcome.reason),
                ])
            }
            var channels: [[String]] = []
            let cases: [(Channel, AppVersion?, String)] = [
                (.app, .v1, "parent app, version 1"), (.app, .v2, "parent app, version 2"),
                (.staff, nil, "entered by a staff member"), (.email, nil, "e-mail"), (.phone, nil, "phone"),
            ]
            for (channel, version, label) in cases {
                let decision = try AbsenceRule.decide(
                    careStart: careStart, minutes: 60,
                    reported: try CardFixtures.dateTime("2026-03-10T09:00"),
                    channel: channel, appVersion: version)
                keys += decision.citedKeys
                channels.append([
                    label, "\(decision.outcome.earnedMinutes)", reasonText(decision.outcome.reason),
                ])
            }
            let contract = try CardFixtures.contract()
            let fixture = try CardFixtures.school()
            let school = SchoolCalendar(
                schoolHolidays: fixture.schoolHolidays,
                closures: fixture.closures + [
                    ClosureDay(
                        date: try CardFixtures.date("2026-11-12"),
                        announced: try CardFixtures.date("2026-10-20"))
                ])
            var days: [[String]] = []
            for text in [
                "2026-03-16", "2026-03-18", "2026-03-28", "2026-04-27", "2026-10-09", "2026-11-12",
                "2026-10-19",
                "2025-08-25",
            ] {
                let date = try CardFixtures.date(text)
                let decision = try AbsenceRule.decide(
                    date: date, contract: contract, school: school,
                    reported: try CardFixtures.dateTime("2025-08-01T09:00"))
                keys += decision.citedKeys
                days.append([
                    "\(date.weekday.name(in: .en)) \(text)", "\(decision.outcome.earnedMinutes)",
                    reasonText(decision.outcome.reason),
                    decision.citations.map { $0.fullyRendered(in: .en) }.joined(separator: "; "),
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "Reports around the deadline for care on Monday 2026-03-16 at 12:00 (60 minutes, app)",
                    headers: ["reported", "hours before the start", "deadline", "minutes earned", "reason"],
                    rows: timing, citedKeys: keys),
                ExampleTable(
                    caption: "The same day reported on 2026-03-10 at 09:00 through each channel",
                    headers: ["reported through", "minutes earned", "reason"], rows: channels),
                ExampleTable(
                    caption:
                        "Days reported absent on 2025-08-01 under the example contract (Mon, Tue, Thu, Fri from "
                        + "2025-09-01; closure day 2026-10-09 announced at the start of the school year, closure day "
                        + "2026-11-12 announced on 2026-10-20)",
                    headers: ["day", "minutes earned", "reason", "cited"], rows: days),
            ]
        })
}
