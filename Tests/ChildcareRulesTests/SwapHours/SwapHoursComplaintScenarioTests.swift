import Testing

@testable import ChildcareRules

/// Cases from the complaints report, decided as the TSO terms of 1 August 2024 would decide them.
/// Where the report shows an exception, it is recorded as a goodwill entry beside the formal answer.
@Suite("Swap hours: complaint scenarios (Complaints report 2023; TSO terms art. 5)")
struct SwapHoursComplaintScenarioTests {
    let noor = LedgerAccount(child: SwapHoursFixtures.noor, service: .tso)

    @Test("Complaints report line 3780: a sick child reported 28 hours ahead earns no hours")
    func sickChildLate() throws {
        let decision = try AbsenceRule.decide(
            careStart: LocalDateTime("2024-10-08T12:00"), minutes: 60,
            reported: LocalDateTime("2024-10-07T08:00"))
        #expect(decision.outcome.reason == .tooLate)
        #expect(decision.outcome.earnedMinutes == 0)
    }

    @Test("Complaints report line 7282: a same-day sick report at 07:30 earns no hours")
    func sameDaySick() throws {
        let decision = try AbsenceRule.decide(
            careStart: LocalDateTime("2026-03-10T12:00"), minutes: 60,
            reported: LocalDateTime("2026-03-10T07:30"))
        #expect(decision.outcome.earnedMinutes == 0)
    }

    @Test("Complaints report line 11032: a report 60 days ahead still converts (no maximum horizon)")
    func farAhead() throws {
        let decision = try AbsenceRule.decide(
            careStart: LocalDateTime("2026-06-08T12:00"), minutes: 60,
            reported: LocalDateTime("2026-04-09T09:00"))
        #expect(decision.outcome.earnedMinutes == 60)
    }

    @Test("Complaints report line 617: extra care approved, then cancelled over the weekend: hours lost")
    func weekendCancellation() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        try desk.record(
            .earn(noor, careDate: LocalDate("2026-03-03"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn",
            at: SwapHoursFixtures.instant("2026-02-20T09:00"))
        _ = try desk.request(
            "xc", contract: contract, school: .none, careStart: LocalDateTime("2026-03-16T13:00"),
            minutes: 60,
            requested: LocalDateTime("2026-03-02T09:00"), withHours: true, key: "req")
        _ = try desk.approve("xc", at: LocalDateTime("2026-03-04T09:00"), key: "ok")
        let decisions = try desk.cancel(
            "xc", cancelled: LocalDateTime("2026-03-14T10:00"), channel: .app, key: "cancel", contractEnd: nil
        )
        #expect(decisions.map(\.outcome.hoursBack) == [false])
        #expect(desk.ledger.balance(of: noor) == LedgerBalance(earned: 60, used: 60))
    }

    @Test("Complaints report line 853: BSO credit wanted for VSO: refused")
    func bsoForVso() throws {
        let decision = try SwapHoursScope.decide(
            hoursOf: LedgerAccount(child: SwapHoursFixtures.noor, service: .bso),
            forCareOf: LedgerAccount(child: SwapHoursFixtures.noor, service: .vso),
            on: LocalDate("2026-03-16"))
        #expect(!decision.outcome.isAllowed)
        #expect(decision.citations.map(\.key) == ["TSO art. 5 lid 2"])
    }

    @Test("Complaints report line 14806: credit wanted for a sibling: refused")
    func sibling() throws {
        let decision = try SwapHoursScope.decide(
            hoursOf: noor, forCareOf: LedgerAccount(child: SwapHoursFixtures.sem, service: .tso),
            on: LocalDate("2026-03-16"))
        #expect(!decision.outcome.isAllowed)
        #expect(decision.citations.map(\.key) == ["TSO art. 5 lid 3"])
    }

    @Test("Complaints report line 1425: credit wanted as money at the contract's end: refused, hours lapse")
    func moneyAtEnd() throws {
        var ledger = SwapHoursLedger()
        let end = try LocalDate("2026-08-31")
        try ledger.apply(
            .earn(noor, careDate: LocalDate("2026-06-01"), minutes: 1200, expiry: end), key: "earn",
            at: SwapHoursFixtures.instant("2026-05-20T09:00"))
        let payout = try SwapHoursScope.payout(minutes: 1200, expiry: end, askedOn: LocalDate("2026-08-20"))
        #expect(payout.outcome.refund == .zero)
        try ledger.apply(
            .expire(asOf: LocalDate("2026-09-01")), key: "lapse",
            at: SwapHoursFixtures.instant("2026-09-01T01:00"))
        #expect(ledger.balance(of: noor) == LedgerBalance(earned: 1200, expired: 1200))
    }

    @Test(
        "Complaints report line 3405: credit earned in December cannot be used for a request made in January; a request made in December for January uses it (I-105)"
    )
    func decemberCredit() throws {
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(noor, careDate: LocalDate("2026-12-07"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn",
            at: SwapHoursFixtures.instant("2026-12-01T09:00"))
        let january = try ledger.apply(
            .reserve(
                "xc-jan", noor, careDate: LocalDate("2027-01-08"), minutes: 60,
                requestedOn: LocalDate("2027-01-02")),
            key: "req-jan",
            at: SwapHoursFixtures.instant("2027-01-02T09:00"))
        #expect(january.minutes == 0)
        #expect(january.shortfall == 60)
        var december = SwapHoursLedger()
        try december.apply(
            .earn(noor, careDate: LocalDate("2026-12-07"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn",
            at: SwapHoursFixtures.instant("2026-12-01T09:00"))
        let early = try december.apply(
            .reserve(
                "xc", noor, careDate: LocalDate("2027-01-08"), minutes: 60,
                requestedOn: LocalDate("2026-12-20")),
            key: "req",
            at: SwapHoursFixtures.instant("2026-12-20T09:00"))
        #expect(early.minutes == 60)
    }

    @Test("Complaints report line 11820: repeated late reports, exception granted")
    func repeatedLateReports() throws {
        var ledger = SwapHoursLedger()
        let reports = [("2026-03-12T12:00", 72), ("2026-03-16T12:00", 48), ("2026-03-19T12:00", 24)]
        for (start, hoursAhead) in reports {
            let care = try LocalDateTime(start)
            let reported = try Amsterdam.zoned(
                Amsterdam.resolve(care, policy: .strict).instant.advanced(byHours: -hoursAhead)
            ).local
            let formal = try AbsenceRule.decide(careStart: care, minutes: 60, reported: reported)
            #expect(formal.outcome.earnedMinutes == 0)
        }
        let grant = try GoodwillGrant(
            account: noor, minutes: 180, reason: "earlier practice caused confusion about the 96-hour rule",
            grantedBy: "manager-de-regenboog", date: LocalDate("2026-03-20"))
        try ledger.apply(
            .grantGoodwill(grant), key: "goodwill", at: SwapHoursFixtures.instant("2026-03-20T10:00"))
        #expect(ledger.balance(of: noor) == LedgerBalance(goodwill: 180, available: 180))
        let formal = try AbsenceRule.decide(
            careStart: LocalDateTime("2026-03-19T12:00"), minutes: 60,
            reported: LocalDateTime("2026-03-18T12:00"))
        let both = DecisionWithGoodwill(formal: formal, exception: grant)
        #expect(both.explanation.nl.contains("Volgens de voorwaarden"))
        #expect(both.explanation.nl.contains("Bij wijze van uitzondering"))
        #expect(ledger.entries.last?.kind == .goodwill)
    }

    @Test("Complaints report line 8605: expiring credits, a one-time exception of 2 days")
    func expiringCreditsException() throws {
        var ledger = SwapHoursLedger()
        try ledger.apply(
            .earn(noor, careDate: LocalDate("2026-11-02"), minutes: 960, expiry: LocalDate("2026-12-31")),
            key: "earn",
            at: SwapHoursFixtures.instant("2026-10-20T09:00"))
        try ledger.apply(
            .expire(asOf: LocalDate("2027-01-01")), key: "lapse",
            at: SwapHoursFixtures.instant("2027-01-01T01:00"))
        let grant = try GoodwillGrant(
            account: noor, minutes: 120, reason: "one-time exception for expiring credits",
            grantedBy: "manager-van-hall",
            date: LocalDate("2027-01-05"))
        try ledger.apply(
            .grantGoodwill(grant), key: "goodwill", at: SwapHoursFixtures.instant("2027-01-05T10:00"))
        #expect(
            ledger.balance(of: noor)
                == LedgerBalance(earned: 960, goodwill: 120, expired: 960, available: 120))
        #expect(grant.expiry == (try LocalDate("2027-12-31")))
    }

    @Test("Complaints report line 12027: a request entered by staff is invoiced, the credit stays")
    func staffEntered() throws {
        var desk = ExtraCareDesk()
        try desk.record(
            .earn(noor, careDate: LocalDate("2026-03-03"), minutes: 1200, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-02-20T09:00"))
        let request = try desk.request(
            "xc", contract: SwapHoursFixtures.contract(), school: .none,
            careStart: LocalDateTime("2026-03-16T13:00"),
            minutes: 60,
            requested: LocalDateTime("2026-03-02T09:00"), channel: .staff, withHours: true, key: "req")
        #expect(request.outcome.charge.amount == Money(cents: 850))
        #expect(desk.ledger.balance(of: noor).available == 1200)
    }

    @Test("Complaints report line 6129: a same-day request at 10:59 goes to review, at 11:01 it is refused")
    func sameDayRequest() throws {
        for (time, accepted) in [("2026-03-16T10:59", true), ("2026-03-16T11:01", false)] {
            let decision = try ExtraCareRequestRule.decide(
                contract: SwapHoursFixtures.contract(), school: .none,
                careStart: LocalDateTime("2026-03-16T13:00"),
                minutes: 60,
                requested: LocalDateTime(time), withHours: false, availableMinutes: 0)
            #expect(decision.outcome.isAccepted == accepted)
        }
    }

    @Test("Complaints report line 4666: the provider withdrew an approved extra day: flagged, hours back")
    func providerWithdrew() throws {
        var desk = ExtraCareDesk()
        try desk.record(
            .earn(noor, careDate: LocalDate("2026-03-03"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn",
            at: SwapHoursFixtures.instant("2026-02-20T09:00"))
        _ = try desk.request(
            "xc", contract: SwapHoursFixtures.contract(), school: .none,
            careStart: LocalDateTime("2026-03-16T13:00"),
            minutes: 60,
            requested: LocalDateTime("2026-03-02T09:00"), withHours: true, key: "req")
        _ = try desk.approve("xc", at: LocalDateTime("2026-03-04T09:00"), key: "ok")
        let decision = try desk.withdrawByProvider("xc", at: LocalDateTime("2026-03-13T09:00"), key: "wd")
        #expect(decision.outcome.contraryToLid5)
        #expect(desk.ledger.balance(of: noor).available == 60)
    }

    @Test("Complaints report line 11520: moving to another location keeps the hours (art. 5 lid 6)")
    func move() throws {
        let contract = try SwapHoursFixtures.contract()
        let moved = contract.moving(to: "school-de-eik")
        #expect(LedgerAccount(contract) == LedgerAccount(moved))
    }
}
