import ChildcareRules
import Testing

@Suite("Swap hours: expiry (TSO terms art. 5 lid 5)")
struct ExpiryTests {
    let account = LedgerAccount(child: SwapHoursFixtures.noor, service: .tso)

    @Test(
        "Hours lapse after 31 December: usable on 31 December at 23:59, not on 1 January at 00:00",
        arguments: [("2026-12-31T23:59", true), ("2027-01-01T00:00", false)])
    func yearEnd(careStart: String, usable: Bool) throws {
        let contract = try SwapHoursFixtures.contract()
        let care = try LocalDateTime(careStart)
        let decision = try SwapHoursExpiry.decide(
            earnedFor: LocalDate("2026-03-10"), contract: contract, careOn: care.date)
        #expect(decision.outcome.isUsable == usable)
        #expect(decision.outcome.expiry == (try LocalDate("2026-12-31")))
        #expect(decision.deadlines.first?.moment.description == "2026-12-31T23:59:59+01:00")
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: decision.outcome.expiry),
            key: "earn", at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        // Requested on the care day itself: the hours are usable on 31 December and have lapsed on 1 January.
        let receipt = try ledger.apply(
            .reserve("xc", account, careDate: care.date, minutes: 60, requestedOn: care.date), key: "reserve",
            at: SwapHoursFixtures.instant(careStart))
        #expect(receipt.minutes == (usable ? 60 : 0))
    }

    @Test(
        "A request made on or before the expiry date uses the hours for care after it: requested on 15 or 31 December 2026 for 8 January 2027, not on 1 January (I-105, extra opvang lid 3)",
        arguments: [("2026-12-15T09:00", 60), ("2026-12-31T23:59", 60), ("2027-01-01T00:00", 0)])
    func requestDateCounts(requested: String, covered: Int) throws {
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(
                account, careDate: LocalDate("2026-12-07"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-12-01T09:00"))
        let moment = try LocalDateTime(requested)
        let receipt = try ledger.apply(
            .reserve("xc", account, careDate: LocalDate("2027-01-08"), minutes: 60, requestedOn: moment.date),
            key: "reserve", at: SwapHoursFixtures.instant(requested))
        #expect(receipt.minutes == covered)
        #expect(receipt.shortfall == 60 - covered)
        // The new year's expiry run does not lapse held hours; the approval on 2 January uses them.
        try ledger.apply(
            .expire(asOf: LocalDate("2027-01-01")), key: "lapse",
            at: SwapHoursFixtures.instant("2027-01-01T00:00:30"))
        try ledger.apply(.use("xc"), key: "use", at: SwapHoursFixtures.instant("2027-01-02T09:00"))
        #expect(ledger.balance(of: account).used == covered)
        #expect(ledger.balance(of: account).expired == 60 - covered)
    }

    @Test(
        "The expiry decision takes the request date: requested 15 December 2026 for care on 13 January 2027 is usable, requested 2 January is not, care after the contract's end never (I-105)"
    )
    func expiryDecisionTakesTheRequestDate() throws {
        let open = try SwapHoursFixtures.contract()
        let early = try SwapHoursExpiry.decide(
            earnedFor: LocalDate("2026-12-07"), contract: open, careOn: LocalDate("2027-01-13"),
            requestedOn: LocalDate("2026-12-15"))
        #expect(early.outcome.isUsable)
        #expect(early.citations.map(\.key) == ["TSO art. 5 lid 5", "TSO art. 5 (extra opvang) lid 3"])
        #expect(early.explanation.nl.contains("dinsdag 15 december 2026"))
        let late = try SwapHoursExpiry.decide(
            earnedFor: LocalDate("2026-12-07"), contract: open, careOn: LocalDate("2027-01-13"),
            requestedOn: LocalDate("2027-01-02"))
        #expect(!late.outcome.isUsable)
        let ended = try SwapHoursExpiry.decide(
            earnedFor: LocalDate("2026-03-10"), contract: SwapHoursFixtures.contract(end: "2026-06-30"),
            careOn: LocalDate("2026-07-01"), requestedOn: LocalDate("2026-06-20"))
        #expect(!ended.outcome.isUsable)
    }

    @Test(
        "Care after the contract's end never draws hours, even when requested before the end (art. 5 lid 5, I-105)"
    )
    func noHoursAfterContractEnd() throws {
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(
                account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: LocalDate("2026-06-30")),
            key: "earn", at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        let after = try ledger.apply(
            .reserve(
                "late", account, careDate: LocalDate("2026-07-01"), minutes: 60,
                requestedOn: LocalDate("2026-06-20"), contractEnd: LocalDate("2026-06-30")),
            key: "late", at: SwapHoursFixtures.instant("2026-06-20T09:00"))
        #expect(after.minutes == 0)
        let onEnd = try ledger.apply(
            .reserve(
                "last", account, careDate: LocalDate("2026-06-30"), minutes: 60,
                requestedOn: LocalDate("2026-06-20"), contractEnd: LocalDate("2026-06-30")),
            key: "last", at: SwapHoursFixtures.instant("2026-06-20T09:01"))
        #expect(onEnd.minutes == 60)
    }

    @Test(
        "Hours lapse at the contract's end date when it comes first, also in a leap year",
        arguments: [
            ("2026-06-30", "2026-03-10", "2026-06-30"),  // ends mid-year
            ("2028-02-29", "2028-01-10", "2028-02-29"),  // ends on a leap day
            ("2027-03-31", "2026-11-10", "2026-12-31"),  // ends next year: 31 December first
        ])
    func contractEnd(end: String, earned: String, expiry: String) throws {
        let contract = try SwapHoursFixtures.contract(end: end)
        let decision = try SwapHoursExpiry.decide(
            earnedFor: LocalDate(earned), contract: contract, careOn: LocalDate(expiry))
        #expect(decision.outcome.expiry == (try LocalDate(expiry)))
        #expect(decision.outcome.isUsable)
        let dayAfter = try LocalDate(expiry).adding(days: 1)
        let after = try SwapHoursExpiry.decide(
            earnedFor: LocalDate(earned), contract: contract, careOn: dayAfter)
        #expect(!after.outcome.isUsable)
        #expect(after.citations.first?.key == "TSO art. 5 lid 5")
    }

    @Test("Running expiry twice changes nothing, and lapsing pays nothing")
    func expireTwice() throws {
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        #expect(ledger.minutesExpiring(account, before: try LocalDate("2027-01-01")) == 60)
        try ledger.apply(
            .expire(asOf: LocalDate("2026-12-31")), key: "run-0",
            at: SwapHoursFixtures.instant("2026-12-31T01:00"))
        #expect(ledger.balance(of: account).available == 60)
        let first = try ledger.apply(
            .expire(asOf: LocalDate("2027-01-01")), key: "run-1",
            at: SwapHoursFixtures.instant("2027-01-01T01:00"))
        let count = ledger.entries.count
        let second = try ledger.apply(
            .expire(asOf: LocalDate("2027-01-01")), key: "run-2",
            at: SwapHoursFixtures.instant("2027-01-01T02:00"))
        #expect(first.minutes == 60)
        #expect(second.minutes == 0)
        #expect(ledger.entries.count == count)
        #expect(ledger.balance(of: account) == LedgerBalance(earned: 60, expired: 60))
        let payout = try SwapHoursScope.payout(
            minutes: 60, expiry: LocalDate("2026-12-31"), askedOn: LocalDate("2026-12-01"))
        #expect(payout.outcome.refund == .zero)
    }

    @Test("Hours are consumed earliest expiry first (I-106)")
    func fifo() throws {
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "a", at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        try ledger.apply(
            .grantGoodwill(
                GoodwillGrant(
                    account: account, minutes: 60, reason: "test", grantedBy: "manager",
                    date: LocalDate("2026-03-02"),
                    expiry: LocalDate("2026-06-30"))), key: "b",
            at: SwapHoursFixtures.instant("2026-03-02T09:00"))
        try ledger.apply(
            .reserve(
                "xc", account, careDate: LocalDate("2026-04-01"), minutes: 30,
                requestedOn: LocalDate("2026-03-03")),
            key: "c",
            at: SwapHoursFixtures.instant("2026-03-03T09:00"))
        let lots = ledger.lots(of: account)
        #expect(lots.map(\.availableMinutes) == [30, 60])
        #expect(lots.first?.isGoodwill == true)
    }
}

@Suite("Extra care (TSO terms art. 1 lid 3; art. 5, extra opvang lid 1–6)")
struct ExtraCareTests {
    @Test(
        "A same-day request is accepted strictly before 11:00 (extra opvang lid 1)",
        arguments: [("2026-11-02T10:59", true), ("2026-11-02T10:59:59", true), ("2026-11-02T11:00", false)])
    func sameDay(requested: String, accepted: Bool) throws {
        let decision = try ExtraCareRequestRule.decide(
            contract: SwapHoursFixtures.contract(), school: .none,
            careStart: LocalDateTime("2026-11-02T13:00"), minutes: 60,
            requested: LocalDateTime(requested), withHours: false, availableMinutes: 0)
        #expect(decision.outcome.isAccepted == accepted)
        #expect(decision.deadlines.first?.moment.description == "2026-11-02T11:00:00+01:00")
        #expect(decision.explanation.nl.contains("11:00"))
    }

    @Test("A cancellation at exactly 96 hours before returns the hours (extra opvang lid 6 sub a: inclusive)")
    func cancelAtNinetySix() throws {
        let atDeadline = try ExtraCareCancellationRule.decide(
            careStart: LocalDateTime("2026-11-02T12:00"), cancelled: LocalDateTime("2026-10-29T12:00"),
            paidWith: .hours, channel: .app, minutes: 60)
        #expect(atDeadline.outcome.hoursBack)
        #expect(atDeadline.outcome.minutes == 60)
        let late = try ExtraCareCancellationRule.decide(
            careStart: LocalDateTime("2026-11-02T12:00"), cancelled: LocalDateTime("2026-10-29T12:00:01"),
            paidWith: .hours, channel: .app, minutes: 60)
        #expect(!late.outcome.hoursBack)
    }

    @Test(
        "Invoiced extra care gives makeup hours only by e-mail on or before the date 7 days before (lid 6 sub b)",
        arguments: [
            ("2026-10-26T23:59:59", Channel.email, true), ("2026-10-27T00:00", .email, false),
            ("2026-10-20T09:00", .app, false),
        ])
    func cancelInvoiced(cancelled: String, channel: Channel, back: Bool) throws {
        let decision = try ExtraCareCancellationRule.decide(
            careStart: LocalDateTime("2026-11-02T12:00"), cancelled: LocalDateTime(cancelled),
            paidWith: .invoice,
            channel: channel, minutes: 90)
        #expect(decision.outcome.hoursBack == back)
        #expect(decision.outcome.minutes == (back ? 90 : 0))
        #expect(decision.outcome.invoiceStands)
        #expect(decision.outcome.deadline.description == "2026-10-26T23:59:59+01:00")
    }

    @Test("TSO hours offered for BSO care are refused (art. 5 lid 2)")
    func tsoForBso() throws {
        let decision = try SwapHoursScope.decide(
            hoursOf: LedgerAccount(child: SwapHoursFixtures.noor, service: .tso),
            forCareOf: LedgerAccount(child: SwapHoursFixtures.noor, service: .bso),
            on: LocalDate("2026-11-02"))
        #expect(!decision.outcome.isAllowed)
        #expect(decision.citations.map(\.key) == ["TSO art. 5 lid 2"])
        var desk = ExtraCareDesk()
        try desk.record(
            .earn(
                LedgerAccount(child: SwapHoursFixtures.noor, service: .tso),
                careDate: LocalDate("2026-10-05"),
                minutes: 60, expiry: LocalDate("2026-12-31")), key: "earn",
            at: SwapHoursFixtures.instant("2026-09-01T09:00"))
        let bso = try SwapHoursFixtures.contract(service: .bso)
        let request = try desk.request(
            "xc-bso", contract: bso, school: .none, careStart: LocalDateTime("2026-11-02T15:00"), minutes: 60,
            requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req")
        #expect(request.outcome.hoursMinutes == 0)
        #expect(request.outcome.charge.amount == Money(cents: 850))
    }

    @Test("Full flow: reserve on request, use on confirmation, shortfall invoiced, rounding down (lid 3, 4)")
    func flow() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        let account = LedgerAccount(contract)
        try desk.record(
            .earn(account, careDate: LocalDate("2026-10-05"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-09-01T09:00"))
        let request = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 85,
            requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        #expect(request.outcome.hoursMinutes == 60)
        #expect(request.outcome.charge.minutes == 25)
        #expect(request.outcome.charge.amount == Money(cents: 354))  // 25 × 850 / 60 = 354.17, rounded down
        #expect(request.outcome.charge.month.description == "2026-11")
        #expect(desk.ledger.balance(of: account).reserved == 60)
        let replay = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 85,
            requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        #expect(replay == request)
        let approval = try desk.approve("xc-1", at: LocalDateTime("2026-10-21T09:00"), key: "ok-1")
        #expect(approval.outcome.minutesUsed == 60)
        #expect(desk.ledger.balance(of: account) == LedgerBalance(earned: 60, used: 60))
        #expect(throws: RulesError.self) {
            try desk.reject("xc-1", at: LocalDateTime("2026-10-21T10:00"), key: "ok-1")
        }
    }

    @Test("Rejection releases the reserved hours (art. 5 lid 4)")
    func rejection() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        let account = LedgerAccount(contract)
        try desk.record(
            .earn(account, careDate: LocalDate("2026-10-05"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-09-01T09:00"))
        _ = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 60,
            requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        let rejection = try desk.reject("xc-1", at: LocalDateTime("2026-10-21T09:00"), key: "no-1")
        #expect(rejection.outcome.minutesReleased == 60)
        #expect(desk.ledger.balance(of: account) == LedgerBalance(earned: 60, available: 60))
    }

    @Test("A request withdrawn before confirmation releases the hours and invoices nothing (lid 3)")
    func withdrawRequest() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        let account = LedgerAccount(contract)
        try desk.record(
            .earn(account, careDate: LocalDate("2026-10-05"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-09-01T09:00"))
        _ = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 90,
            requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        let withdrawal = try desk.withdrawRequest("xc-1", at: LocalDateTime("2026-11-04T08:00"), key: "wd-1")
        #expect(withdrawal.outcome.minutesReleased == 60)
        #expect(withdrawal.outcome.charge.amount == .zero)
        #expect(desk.ledger.balance(of: account) == LedgerBalance(earned: 60, available: 60))
    }

    @Test("A request entered by staff never uses hours and is invoiced in full (art. 1 lid 3)")
    func staffRequest() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        let account = LedgerAccount(contract)
        try desk.record(
            .earn(account, careDate: LocalDate("2026-10-05"), minutes: 600, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-09-01T09:00"))
        let request = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 60,
            requested: LocalDateTime("2026-10-20T09:00"), channel: .staff, withHours: true, key: "req-1")
        #expect(request.outcome.hoursMinutes == 0)
        #expect(request.outcome.charge.amount == Money(cents: 850))
        #expect(desk.ledger.balance(of: account).available == 600)
    }

    @Test("Withdrawal of confirmed care by the provider is flagged contrary to lid 5 and returns the hours")
    func providerWithdrawal() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        let account = LedgerAccount(contract)
        try desk.record(
            .earn(account, careDate: LocalDate("2026-10-05"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-09-01T09:00"))
        _ = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 60,
            requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        _ = try desk.approve("xc-1", at: LocalDateTime("2026-10-21T09:00"), key: "ok-1")
        let withdrawal = try desk.withdrawByProvider(
            "xc-1", at: LocalDateTime("2026-11-03T09:00"), key: "wd-1")
        #expect(withdrawal.outcome.contraryToLid5)
        #expect(withdrawal.outcome.minutesBack == 60)
        #expect(desk.ledger.balance(of: account) == LedgerBalance(earned: 60, available: 60))
    }
}
