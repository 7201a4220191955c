// Rule cards for extra care: requests, approval, cancellation by the parent and withdrawal by the provider.

enum ExtraCareCards {
    static var all: [RuleCard] { [request, approval, cancellation, providerWithdrawal] }

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

    static let approval = RuleCard(
        id: ExtraCareRequestRule.approvalRule,
        title: Explanation(
            nl: "Goedkeuring of afwijzing van extra opvang", en: "Approving or rejecting extra care"),
        clauseKeys: [
            "TSO art. 5 (extra opvang) lid 3", "TSO art. 5 (extra opvang) lid 5",
            "TSO art. 5 (extra opvang) lid 6 sub a",
            "TSO art. 5 lid 4",
        ],
        reading: """
            Reserved hours count as used only when Partou approves and confirms the request in the app; the \
            care is certain only then. A rejection (there is no room on the group, at Partou's discretion) or a \
            withdrawal before confirmation releases the reserved hours and cancels the invoice.
            """,
        interpretations: ["I-107", "I-111"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (index, action) in ["approve", "reject", "withdraw"].enumerated() {
                var desk = ExtraCareDesk()
                try desk.record(
                    .earn(
                        LedgerAccount(contract), careDate: try CardFixtures.date("2026-03-02"), minutes: 30,
                        expiry: try CardFixtures.date("2026-12-31")),
                    key: "earn", at: try Amsterdam.zonedInstant("2026-02-20T09:00"))
                let booking = ReservationID("booking-\(index)")
                _ = try desk.request(
                    booking, contract: contract, school: .none,
                    careStart: try CardFixtures.dateTime("2026-03-18T12:00"),
                    minutes: 60, requested: try CardFixtures.dateTime("2026-03-10T09:00"), withHours: true,
                    key: "request")
                let moment = try CardFixtures.dateTime("2026-03-11T09:00")
                let decision =
                    switch action {
                    case "approve": try desk.approve(booking, at: moment, key: "decide")
                    case "reject": try desk.reject(booking, at: moment, key: "decide")
                    default: try desk.withdrawRequest(booking, at: moment, key: "decide")
                    }
                keys += decision.citedKeys
                rows.append([
                    action, CardFixtures.yesNo(decision.outcome.approved), "\(decision.outcome.minutesUsed)",
                    "\(decision.outcome.minutesReleased)", decision.outcome.charge.amount.formatted(in: .en),
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "60 minutes requested with 30 minutes of hours available (30 reserved, 30 invoiced)",
                    headers: [
                        "Partou or the parent", "confirmed", "hours used", "hours released", "invoice",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let cancellation = RuleCard(
        id: ExtraCareCancellationRule.rule,
        title: Explanation(
            nl: "Bevestigde extra opvang annuleren", en: "Cancelling confirmed extra care"),
        clauseKeys: ["TSO art. 5 (extra opvang) lid 6 sub a", "TSO art. 5 (extra opvang) lid 6 sub b"],
        reading: """
            Care paid with hours: the hours come back when the child is reported absent in writing (app, \
            e-mail, letter or online form) at or before the 96-hour deadline; "4 dagen (96 uur)" is inclusive \
            here. Invoiced care: the invoice stands, and make-up hours are credited only for a cancellation by \
            e-mail on or before the calendar date 7 days before the care day (up to 23:59:59). Care paid \
            partly with hours and partly invoiced follows both rules, each for its own part.
            """,
        interpretations: ["I-101", "I-102", "I-103", "I-112"],
        tests: [
            "`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`",
            "`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`",
        ],
        examples: { () throws(RulesError) in
            let careStart = try CardFixtures.dateTime("2026-03-16T12:00")
            let cases: [(ExtraCarePayment, String, Channel, String)] = [
                (.hours, "2026-03-12T11:59:59", .app, "96:00:01 before"),
                (.hours, "2026-03-12T12:00:00", .app, "exactly 96:00:00 before"),
                (.hours, "2026-03-12T12:00:01", .app, "95:59:59 before"),
                (.hours, "2026-03-10T09:00", .phone, "6 days before, by phone"),
                (.invoice, "2026-03-09T23:59:59", .email, "last second of the 7th day before"),
                (.invoice, "2026-03-10T00:00", .email, "6 days before"),
                (.invoice, "2026-03-02T09:00", .app, "14 days before, in the app"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (payment, cancelled, channel, label) in cases {
                let decision = try ExtraCareCancellationRule.decide(
                    careStart: careStart, cancelled: try CardFixtures.dateTime(cancelled), paidWith: payment,
                    channel: channel, minutes: 60)
                keys += decision.citedKeys
                rows.append([
                    payment.rawValue, cancelled, label, channel.name(in: .en),
                    decision.outcome.deadline.description,
                    "\(decision.outcome.minutes)", CardFixtures.yesNo(decision.outcome.invoiceStands),
                ])
            }
            return [
                ExampleTable(
                    caption: "Cancelling 60 minutes of confirmed extra care on Monday 2026-03-16 at 12:00",
                    headers: [
                        "paid with", "cancelled", "when", "channel", "deadline", "minutes back",
                        "invoice stands",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let providerWithdrawal = RuleCard(
        id: ExtraCareCancellationRule.withdrawalRule,
        title: Explanation(
            nl: "Partou trekt bevestigde extra opvang in", en: "Partou withdraws confirmed extra care"),
        clauseKeys: ["TSO art. 5 (extra opvang) lid 5", "TSO art. 5 (extra opvang) lid 3"],
        reading: """
            Confirmed extra care is certain (lid 5). If Partou withdraws it anyway, the decision is flagged as \
            contrary to lid 5, every hour used comes back and the invoiced minutes are cancelled.
            """,
        interpretations: ["I-109"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (hours, invoiced) in [(60, 0), (30, 30), (0, 60)] {
                let decision = try ExtraCareCancellationRule.withdrawnByProvider(
                    careStart: try CardFixtures.dateTime("2026-03-16T12:00"),
                    withdrawn: try CardFixtures.dateTime("2026-03-16T09:00"), hoursMinutes: hours,
                    invoicedMinutes: invoiced)
                keys += decision.citedKeys
                rows.append([
                    "\(hours)", "\(invoiced)", CardFixtures.yesNo(decision.outcome.contraryToLid5),
                    "\(decision.outcome.minutesBack)", "\(decision.outcome.invoiceCancelledMinutes)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Confirmed care on 2026-03-16 at 12:00 withdrawn by Partou at 09:00",
                    headers: [
                        "hours used", "minutes invoiced", "contrary to lid 5", "hours back",
                        "invoiced minutes cancelled",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

    static func refusalText(_ refusal: ExtraCareRefusal?) -> String {
        switch refusal {
        case nil: "—"
        case .sameDayAfterCutoff: "same day, not before 11:00"
        case .careAlreadyStarted: "care already started"
        case .outsideContract: "outside the contract"
        case .notThroughApp(let channel): "not through the app (\(channel.name(in: .en)))"
        case .appVersionCannotRequest: "version 2 cannot request"
        case .dayWithoutCare(let reason): "no TSO that day: \(reason.name(in: .en))"
        case .alreadyScheduled(let slot): "already scheduled (\(slot.start.hourMinute), \(slot.minutes) min)"
        }
    }
}

extension Amsterdam {
    /// The instant of an Amsterdam local time given as text, for the worked examples.
    static func zonedInstant(_ text: String) throws(RulesError) -> Instant {
        try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(LocalDateTime(text), policy: .strict).instant
        }
    }
}
