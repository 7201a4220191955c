// The rule card of `request`: its quoted clauses, reading and worked examples for the rulebook.

extension ExtraCareCards {
    static let request = RuleCard(
        id: ExtraCareRequestRule.rule,
        title: Explanation(nl: "Extra opvang aanvragen", en: "Requesting extra care"),
        clauseKeys: [
            "TSO art. 5 (extra opvang) lid 1", "TSO art. 5 (extra opvang) lid 2",
            "TSO art. 5 (extra opvang) lid 3",
            "TSO art. 5 (extra opvang) lid 4", "TSO art. 1 lid 3", "APP art. 4", "TSO art. 5 lid 5",
            "TSO art. 4 lid 2", "TSO art. 4 lid 3", "TSO art. 6 lid 1",
        ],
        reading: """
            A request is accepted through the app (version 1) or entered by a staff member; other channels \
            and version 2 are refused. Extra care on a day without TSO (a weekend, a TSO holiday, a school \
            holiday or a school closure day) is refused, not invoiced; a school day outside the contract's \
            schedule is the normal case and is accepted. Extra care that overlaps the slot the contract \
            already covers that day, by even a minute, is refused as already scheduled: the annual amount \
            pays for that slot. Extra care for the same day must be requested strictly before 11:00; \
            once the care has started a request is refused. Swap hours are used only when the parent files \
            the request in the app personally: what the available hours cover is reserved, the rest is \
            invoiced at the contract rate; a request entered by staff is invoiced in full.
            """,
        interpretations: ["I-107", "I-113", "I-120"],
        tests: [
            "`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`",
            "`Tests/ChildcareRulesTests/CareCalendar/CareCalendarEntryPointTests.swift`",
        ],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let school = try CardFixtures.school()
            let careStart = try CardFixtures.dateTime("2026-03-18T12:00")
            var keys: [String] = []
            var cutoff: [[String]] = []
            for requested in [
                "2026-03-17T20:00", "2026-03-18T10:59", "2026-03-18T10:59:59", "2026-03-18T11:00",
                "2026-03-18T11:01",
            ] {
                let decision = try ExtraCareRequestRule.decide(
                    contract: contract, school: school, careStart: careStart, minutes: 60,
                    requested: try CardFixtures.dateTime(requested), withHours: false, availableMinutes: 0)
                keys += decision.citedKeys
                cutoff.append([
                    requested, CardFixtures.yesNo(decision.outcome.isAccepted),
                    refusalText(decision.outcome.refusal), decision.outcome.charge.amount.formatted(in: .en),
                ])
            }
            let cases: [(Channel, AppVersion?, Bool, Int, String, String)] = [
                (.app, .v1, true, 120, "app, with hours, 120 available", "2026-03-18T12:00"),
                (.app, .v1, true, 30, "app, with hours, 30 available", "2026-03-18T12:00"),
                (.app, .v1, false, 120, "app, invoiced", "2026-03-18T12:00"),
                (.staff, nil, true, 120, "entered by staff, with hours", "2026-03-18T12:00"),
                (.email, nil, true, 120, "e-mail", "2026-03-18T12:00"),
                (.app, .v2, true, 120, "app version 2", "2026-03-18T12:00"),
                (.app, .v1, true, 120, "app, care before the contract starts", "2025-08-27T12:00"),
                (.app, .v1, true, 120, "app, Christmas Day (Friday 25 December 2026)", "2026-12-25T12:00"),
                (.app, .v1, true, 120, "app, Saturday 28 March 2026", "2026-03-28T12:00"),
                (.app, .v1, true, 120, "app, school closure day 9 October 2026", "2026-10-09T13:00"),
                (
                    .app, .v1, true, 120, "app, Monday 16 March 2026 12:30, in the contracted slot",
                    "2026-03-16T12:30"
                ),
                (
                    .app, .v1, true, 120, "app, Monday 16 March 2026 13:00, right after the slot",
                    "2026-03-16T13:00"
                ),
            ]
            var channels: [[String]] = []
            for (channel, version, withHours, available, label, start) in cases {
                let decision = try ExtraCareRequestRule.decide(
                    contract: contract, school: school, careStart: try CardFixtures.dateTime(start),
                    minutes: 60,
                    requested: try CardFixtures.dateTime("2025-08-20T09:00"), channel: channel,
                    appVersion: version, withHours: withHours, availableMinutes: available)
                keys += decision.citedKeys
                let outcome = decision.outcome
                channels.append([
                    label, CardFixtures.yesNo(outcome.isAccepted), refusalText(outcome.refusal),
                    "\(outcome.hoursMinutes)", "\(outcome.charge.minutes)",
                    outcome.charge.amount.formatted(in: .en),
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "Same-day cutoff: 60 minutes of care on Wednesday 2026-03-18 at 12:00, invoiced (EUR 8.50 an hour)",
                    headers: ["requested", "accepted", "refusal", "invoice"], rows: cutoff, citedKeys: keys),
                ExampleTable(
                    caption: "60 minutes of extra care requested on 2025-08-20 at 09:00",
                    headers: [
                        "request", "accepted", "refusal", "hours reserved", "minutes invoiced", "invoice",
                    ],
                    rows: channels),
            ]
        })
}
