// Rule cards for swap hours: absence reports, expiry, scope, no payout, goodwill and withdrawing an absence.

enum SwapHoursCards {
    static var all: [RuleCard] { [absence, absenceWithdrawal, expiry, scope, noPayout, goodwill] }

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

    static let absenceWithdrawal = RuleCard(
        id: Engine.absenceWithdrawalRule,
        title: Explanation(
            nl: "Een afmelding intrekken voor de start van de opvang",
            en: "Withdrawing an absence before care starts"),
        clauseKeys: ["TSO art. 5 lid 1"],
        reading: """
            A parent who withdraws an absence report before the care starts gets the day back: the swap hours \
            the report earned are taken back from the ledger (I-104). A withdrawal of a report that earned \
            nothing changes nothing; after the start of care a withdrawal is refused.
            """,
        interpretations: ["I-104"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/AbsenceRuleTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let facts = try CaseFacts(contracts: [contract])
            let events = [
                TimedEvent(
                    id: "absent-mon", at: try CardFixtures.dateTime("2026-03-10T09:00"),
                    event: .absence(
                        contract: contract.id, date: try CardFixtures.date("2026-03-16"), channel: .app,
                        appVersion: nil)),
                TimedEvent(
                    id: "withdraw-mon", at: try CardFixtures.dateTime("2026-03-15T20:00"),
                    event: .absenceWithdrawn(contract: contract.id, date: try CardFixtures.date("2026-03-16"))
                ),
                TimedEvent(
                    id: "absent-thu", at: try CardFixtures.dateTime("2026-03-17T09:00"),
                    event: .absence(
                        contract: contract.id, date: try CardFixtures.date("2026-03-19"), channel: .app,
                        appVersion: nil)),
                TimedEvent(
                    id: "withdraw-thu", at: try CardFixtures.dateTime("2026-03-18T20:00"),
                    event: .absenceWithdrawn(contract: contract.id, date: try CardFixtures.date("2026-03-19"))
                ),
            ]
            let evaluation = try Engine.evaluate(facts, events: events)
            var rows: [[String]] = []
            var keys: [String] = []
            for (record, event) in zip(evaluation.decisions, events) {
                keys += record.citations.map { $0.key }
                rows.append([
                    "\(event.at)", "\(record.event)", "\(record.rule)", record.outcome.code,
                    "\(record.minutes)",
                    record.balance.map { "\($0.available)" } ?? "—",
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "Absences reported and withdrawn (care 12:00–13:00; the Thursday report came too late and earned nothing)",
                    headers: ["at", "event", "rule", "outcome", "minutes", "balance available"],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let expiry = RuleCard(
        id: SwapHoursExpiry.rule,
        title: Explanation(
            nl: "Ruil- en inhaaluren vervallen op 31 december of bij het einde van de overeenkomst",
            en: "Swap hours lapse on 31 December or when the contract ends"),
        clauseKeys: ["TSO art. 5 lid 5", "TSO art. 5 (extra opvang) lid 3"],
        reading: """
            Hours earned on a day are usable up to and including 31 December of that calendar year, or the \
            contract's end date when that is earlier; on the expiry date itself they are still usable, the \
            next day they have lapsed without a refund in money or care. What counts is the day of the \
            request for extra care, not the day of the care: hours count as used once the request is \
            approved (extra opvang lid 3), so a request made on or before the expiry date holds them, also \
            for care after it (approved on 15 December for a day in January), and held hours do not lapse \
            while the provider decides. Care after the contract's end never draws hours.
            """,
        interpretations: ["I-105"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            let cases: [(String, String?, String, String?)] = [
                ("2026-03-16", nil, "2026-12-31", nil), ("2026-03-16", nil, "2027-01-01", nil),
                ("2026-03-16", nil, "2027-01-13", "2026-12-15"),
                ("2026-03-16", "2026-06-30", "2026-06-30", nil),
                ("2026-03-16", "2026-06-30", "2026-07-01", nil),
                ("2026-03-16", "2026-06-30", "2026-07-01", "2026-06-20"),
                ("2026-12-31", "2027-07-31", "2027-01-01", nil),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (earned, end, care, requested) in cases {
                let decision = try SwapHoursExpiry.decide(
                    earnedFor: try CardFixtures.date(earned), contract: try CardFixtures.contract(end: end),
                    careOn: try CardFixtures.date(care), requestedOn: try requested.map(CardFixtures.date))
                keys += decision.citedKeys
                rows.append([
                    earned, end ?? "open-ended", decision.outcome.expiry.description, care, requested ?? care,
                    CardFixtures.yesNo(decision.outcome.isUsable),
                ])
            }
            return [
                ExampleTable(
                    caption: "Expiry on 31 December versus the contract's end",
                    headers: [
                        "hours earned for", "contract ends", "usable up to and including", "care on",
                        "requested on", "usable",
                    ],
                    rows: rows, citedKeys: keys),
                try requestDateTable(),
            ]
        })

    /// I-105: hours earned in December 2026 for extra care on Wednesday 13 January 2027, by request date.
    static func requestDateTable() throws(RulesError) -> ExampleTable {
        let contract = try CardFixtures.contract()
        var rows: [[String]] = []
        for requested in ["2026-12-10T09:00", "2026-12-31T20:00", "2027-01-02T09:00"] {
            var desk = ExtraCareDesk()
            try desk.record(
                .earn(
                    LedgerAccount(contract), careDate: try CardFixtures.date("2026-12-07"), minutes: 60,
                    expiry: try CardFixtures.date("2026-12-31")),
                key: "earn", at: try Amsterdam.zonedInstant("2026-12-01T09:00"))
            let decision = try desk.request(
                "january", contract: contract, school: .none,
                careStart: try CardFixtures.dateTime("2027-01-13T12:00"), minutes: 60,
                requested: try CardFixtures.dateTime(requested), withHours: true, key: "request")
            rows.append([
                requested, "\(decision.outcome.hoursMinutes)", "\(decision.outcome.charge.minutes)",
            ])
        }
        return ExampleTable(
            caption:
                "60 minutes earned for Monday 2026-12-07 (expiry 2026-12-31), requested for Wednesday 2027-01-13 at 12:00",
            headers: ["requested", "minutes of hours reserved", "minutes invoiced"], rows: rows)
    }

    static let scope = RuleCard(
        id: SwapHoursScope.rule,
        title: Explanation(
            nl: "Ruil- en inhaaluren zijn kind- en dienstgebonden",
            en: "Swap hours belong to the child and the service"
        ),
        clauseKeys: ["TSO art. 5 lid 2", "TSO art. 5 lid 3", "TSO art. 5 lid 6"],
        reading: """
            Hours can be used only for the same child and the same service they were earned for; a move to \
            another location keeps them (lid 6), so the location plays no part.
            """,
        interpretations: [],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            let noor = LedgerAccount(child: "child-noor", service: .tso)
            let cases: [(LedgerAccount, String)] = [
                (noor, "Noor, tso (another location)"),
                (LedgerAccount(child: "child-sem", service: .tso), "Sem, tso"),
                (LedgerAccount(child: "child-noor", service: .bso), "Noor, bso"),
                (LedgerAccount(child: "child-sem", service: .bso), "Sem, bso"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (target, label) in cases {
                let decision = try SwapHoursScope.decide(
                    hoursOf: noor, forCareOf: target, on: try CardFixtures.date("2026-05-12"))
                keys += decision.citedKeys
                rows.append([
                    "Noor, tso", label, CardFixtures.yesNo(decision.outcome.isAllowed),
                    decision.citations.map { $0.key }.joined(separator: "; "),
                ])
            }
            return [
                ExampleTable(
                    caption: "Using Noor's tso hours on 2026-05-12",
                    headers: ["hours of", "for care of", "allowed", "cited"], rows: rows, citedKeys: keys)
            ]
        })

    static let noPayout = RuleCard(
        id: SwapHoursScope.payoutRule,
        title: Explanation(
            nl: "Ruil- en inhaaluren worden niet uitbetaald", en: "Swap hours are not paid out"),
        clauseKeys: ["TSO art. 5 lid 5", "TSO art. 6 lid 5"],
        reading: """
            Swap hours are never paid out in money: they can only be used for care until they expire, after \
            which they lapse without a refund in money or care.
            """,
        interpretations: [],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (minutes, expiry) in [(120, "2026-12-31"), (45, "2026-06-30")] {
                let decision = try SwapHoursScope.payout(
                    minutes: minutes, expiry: try CardFixtures.date(expiry),
                    askedOn: try CardFixtures.date("2026-06-01"))
                keys += decision.citedKeys
                rows.append([
                    "\(minutes)", expiry, decision.outcome.refund.formatted(in: .en),
                    decision.deadlines.first?.moment.description ?? "—",
                ])
            }
            return [
                ExampleTable(
                    caption: "A payout asked for on 2026-06-01",
                    headers: ["minutes available", "earliest expiry", "paid out", "usable until"], rows: rows,
                    citedKeys: keys)
            ]
        })

    static let goodwill = RuleCard(
        id: Engine.goodwillRule,
        title: Explanation(
            nl: "Coulance: uren toegekend bij wijze van uitzondering",
            en: "Goodwill: hours granted as an exception"),
        clauseKeys: ["TSO art. 5 lid 5"],
        reading: """
            A manager may grant hours outside the rules; the grant names who granted it and why, is recorded \
            as goodwill (not a right under the terms), and expires like earned hours: on 31 December of the \
            year granted, or the contract's end when earlier.
            """,
        interpretations: ["I-110"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            for (date, end) in [("2026-05-12", nil), ("2026-05-12", "2026-06-30"), ("2026-12-20", nil)]
                as [(String, String?)]
            {
                let grant = try GoodwillGrant(
                    account: LedgerAccount(contract), minutes: 120, reason: "complaint settled",
                    grantedBy: "manager-1", date: try CardFixtures.date(date),
                    contractEnd: try end.map { (text) throws(RulesError) in try CardFixtures.date(text) })
                rows.append([date, end ?? "open-ended", "\(grant.minutes)", grant.expiry.description])
            }
            let facts = try CaseFacts(contracts: [contract])
            let evaluation = try Engine.evaluate(
                facts,
                events: [
                    TimedEvent(
                        id: "goodwill", at: try CardFixtures.dateTime("2026-05-12T10:00"),
                        event: .goodwill(
                            contract: contract.id, minutes: 120, reason: "complaint settled",
                            grantedBy: "manager-1"))
                ])
            return [
                ExampleTable(
                    caption: "Goodwill grants of 120 minutes",
                    headers: ["granted on", "contract ends", "minutes", "usable up to and including"],
                    rows: rows,
                    citedKeys: evaluation.decisions.flatMap { $0.citations.map { $0.key } })
            ]
        })

    static func reasonText(_ reason: AbsenceReason) -> String {
        switch reason {
        case .earned: "earned"
        case .tooLate: "too late"
        case .enteredByStaff: "entered by staff: no hours"
        case .notInApp(let channel): "not in the app (\(channel.name(in: .en)))"
        case .appVersionCannotRequest: "version 2 cannot report for hours"
        case .notACareDay(let reason): "no care: \(reason.name(in: .en))"
        case .closureDayAnnouncedLate: "closure day announced late: the day's minutes credited"
        }
    }
}
