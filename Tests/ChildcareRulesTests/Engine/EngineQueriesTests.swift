import ChildcareRules
import Testing

/// Helpers for the one-call query tests, on the engine fixture's case (Noor, Mon/Tue/Thu 12:00, 60 minutes).
private enum QueryFixture {
    static func facts(end: String? = nil) throws -> CaseFacts {
        try CaseFacts(
            contracts: [try EngineFixture.contract(end: end)], childNames: ["noor": "Noor"],
            parents: [CaseParent(id: "anna", access: AccessFacts())])
    }

    static func absence(_ date: String) throws -> EngineEvent {
        .absence(contract: "noor-tso", date: try LocalDate(date), channel: .app)
    }

    /// The state after `events`, applied one by one.
    static func state(_ facts: CaseFacts, _ events: [TimedEvent]) throws -> EngineState {
        var state = EngineState(facts: facts)
        for event in events { _ = try Engine.apply(event, to: &state, facts: facts) }
        return state
    }
}

@Suite("One-call queries — balance, next deadlines, can I report absent (TSO art. 5 lid 1 and lid 5)")
struct EngineQueriesTests {
    @Test("A report at exactly 96 hours before the care is too late; one minute earlier earns the hours")
    func ninetySixHourBoundary() throws {
        // Thursday 9 April 2026 12:00 has no clock change in the 96 hours before: the deadline is Sunday
        // 5 April 2026 12:00, and a report must be strictly before it (art. 5 lid 1, "meer dan 96 uur").
        let facts = try QueryFixture.facts()
        let state = EngineState(facts: facts)
        let date = try LocalDate("2026-04-09")
        let atDeadline = try state.canReportAbsence(
            on: date, contract: "noor-tso", now: LocalDateTime("2026-04-05T12:00"), facts: facts)
        #expect(atDeadline.outcome.code == "tooLate")
        #expect(atDeadline.minutes == 0)
        let minuteEarlier = try state.canReportAbsence(
            on: date, contract: "noor-tso", now: LocalDateTime("2026-04-05T11:59"), facts: facts)
        #expect(minuteEarlier.outcome.code == "earned")
        #expect(minuteEarlier.minutes == 60)
        #expect(minuteEarlier.rule == AbsenceRule.rule)
        #expect(minuteEarlier.explanation.nl.contains("zondag 5 april 2026, 12:00"))
    }

    @Test(
        "Across the spring clock change the deadline for Monday 30 March 2026 is Thursday 26 March 2026, 12:00"
    )
    func springClockChange() throws {
        let facts = try QueryFixture.facts()
        let state = EngineState(facts: facts)
        let date = try LocalDate("2026-03-30")
        // Exactly 96 elapsed hours before is 11:00 +01:00, before the later reading's 12:00: in time (I-001).
        let elapsed = try state.canReportAbsence(
            on: date, contract: "noor-tso", now: LocalDateTime("2026-03-26T11:00"), facts: facts)
        #expect(elapsed.outcome.code == "earned")
        let atDeadline = try state.canReportAbsence(
            on: date, contract: "noor-tso", now: LocalDateTime("2026-03-26T12:00"), facts: facts)
        #expect(atDeadline.outcome.code == "tooLate")
        #expect(atDeadline.deadlines.first?.moment.description == "2026-03-26T12:00:00+01:00")
        let coming = try state.nextDeadlines(
            for: "noor-tso",
            after: Amsterdam.resolve(LocalDateTime("2026-03-23T13:00"), policy: .strict).instant,
            facts: facts)
        #expect(coming.rule == "queries.nextDeadlines")
        #expect(coming.outcome.code == "deadlines")
        let first = try #require(coming.deadlines.first)
        #expect(first.moment.description == "2026-03-26T12:00:00+01:00")
        #expect(first.kind == NinetySixHourRule.deadlineKind)
        #expect(coming.explanation.nl.contains("donderdag 26 maart 2026, 12:00"))
        #expect(coming.explanation.en.contains("Thursday 26 March 2026, 12:00"))
        #expect(coming.deadlines == coming.deadlines.sorted())
        #expect(coming.deadlines.count == 5)
    }

    @Test("A TSO holiday is not a care day: an absence then earns nothing and has no 96-hour deadline")
    func tsoHoliday() throws {
        let facts = try QueryFixture.facts()
        let state = EngineState(facts: facts)
        // Monday 6 April 2026 is Tweede Paasdag.
        let record = try state.canReportAbsence(
            on: LocalDate("2026-04-06"), contract: "noor-tso", now: LocalDateTime("2026-03-20T09:00"),
            facts: facts)
        #expect(record.outcome.code.hasPrefix("notACareDay"))
        #expect(record.minutes == 0)
        let coming = try state.nextDeadlines(
            for: "noor-tso",
            after: Amsterdam.resolve(LocalDateTime("2026-03-31T13:00"), policy: .strict).instant,
            facts: facts, limit: 3)
        #expect(
            coming.deadlines.map { $0.moment.local.date }
                == [try LocalDate("2026-04-03"), try LocalDate("2026-04-05"), try LocalDate("2026-04-09")])
    }

    @Test("After the contract's end an absence is refused as afterContractEnd and the balance has no hours")
    func afterContractEnd() throws {
        let facts = try QueryFixture.facts(end: "2026-04-30")
        let state = try QueryFixture.state(
            facts, [try EngineFixture.event("a1", "2026-03-20T09:00", QueryFixture.absence("2026-03-30"))])
        let record = try state.canReportAbsence(
            on: LocalDate("2026-05-04"), contract: "noor-tso", now: LocalDateTime("2026-04-20T09:00"),
            facts: facts)
        #expect(record.outcome.code == "afterContractEnd")
        #expect(record.minutes == 0)
        #expect(record.absenceRegistered == false)
        let balance = try state.balance(of: "noor-tso", at: LocalDate("2026-05-04"), facts: facts)
        #expect(balance.balance?.available == 0)
        #expect(balance.deadlines.isEmpty)
        #expect(balance.explanation.nl.contains("donderdag 30 april 2026"))
    }

    @Test(
        "Hours no longer usable on the day asked count as lapsed, so the balance adds up",
        arguments: [("2026-12-31", 60, 0), ("2027-01-01", 0, 60)])
    func lapsedHoursAddUp(date: String, available: Int, expired: Int) throws {
        let facts = try QueryFixture.facts()
        let state = try QueryFixture.state(
            facts, [try EngineFixture.event("a1", "2026-03-20T09:00", QueryFixture.absence("2026-03-30"))])
        let balance = try #require(
            try state.balance(of: "noor-tso", at: LocalDate(date), facts: facts).balance)
        #expect(balance.earned == 60)
        #expect(balance.available == available)
        #expect(balance.expired == expired)
        #expect(balance.isConsistent)
    }

    @Test("The hours expire on 31 December, or on the contract's end when that is earlier")
    func expiryYearEndOrContractEnd() throws {
        let open = try QueryFixture.facts()
        let absence = try EngineFixture.event("a1", "2026-03-20T09:00", QueryFixture.absence("2026-03-30"))
        let yearEnd = try QueryFixture.state(open, [absence]).balance(
            of: "noor-tso", at: LocalDate("2026-04-01"), facts: open)
        #expect(yearEnd.rule == "queries.balance")
        #expect(yearEnd.outcome.code == "balance")
        #expect(yearEnd.minutes == 60)
        #expect(yearEnd.balance?.available == 60)
        #expect(yearEnd.deadlines.first?.moment.local.date == (try LocalDate("2026-12-31")))
        #expect(yearEnd.deadlines.first?.kind == SwapHoursExpiry.deadlineKind)
        #expect(yearEnd.citations.map(\.key) == ["TSO art. 5 lid 5"])
        #expect(yearEnd.explanation.nl.contains("donderdag 31 december 2026"))
        #expect(yearEnd.explanation.en.contains("Thursday 31 December 2026"))

        let ending = try QueryFixture.facts(end: "2026-06-30")
        let byContract = try QueryFixture.state(ending, [absence]).balance(
            of: "noor-tso", at: LocalDate("2026-04-01"), facts: ending)
        #expect(byContract.deadlines.first?.moment.local.date == (try LocalDate("2026-06-30")))
        #expect(byContract.explanation.nl.contains("dinsdag 30 juni 2026"))
        #expect(byContract.explanation.nl.contains("overeenkomst"))
    }

    @Test("The next deadlines include the contract's end set by a termination on its timeline")
    func deadlinesWithTimelineEnd() throws {
        let facts = try QueryFixture.facts()
        let state = try QueryFixture.state(
            facts,
            [
                try EngineFixture.event("a1", "2026-03-20T09:00", QueryFixture.absence("2026-03-30")),
                try EngineFixture.event(
                    "t1", "2026-05-04T10:00",
                    .contract(
                        "noor-tso",
                        .parentTermination(
                            receivedOn: LocalDate("2026-05-04"), channel: .onlineForm, requestedEndDate: nil))
                ),
            ])
        let end = try #require(try state.contract("noor-tso", facts: facts).endDate)
        let coming = try state.nextDeadlines(
            for: "noor-tso",
            after: Amsterdam.resolve(LocalDateTime("2026-05-05T09:00"), policy: .strict).instant,
            facts: facts, limit: 50)
        let last = try #require(coming.deadlines.last)
        #expect(last.moment.local.date == end)
        #expect(
            coming.deadlines.contains {
                $0.kind == SwapHoursExpiry.deadlineKind && $0.moment.local.date == end
            })
        #expect(coming.deadlines == coming.deadlines.sorted())
        #expect(coming.deadlines.allSatisfy { $0.moment.local.date <= end })
    }

    @Test("After a move the hours follow the child: the balance and absences of the old contract")
    func afterMove() throws {
        let linde = try EngineFixture.contract(id: "noor-tso")
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let eik = try Contract(
            id: "noor-eik", contractParent: "anna", child: "noor", service: .tso, location: "de-eik",
            signingDate: LocalDate("2026-01-15"), startDate: LocalDate("2026-02-02"),
            schedule: WeeklySchedule([.monday: session]), annualAmount: Money(cents: 123_457),
            hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
        let facts = try CaseFacts(contracts: [linde, eik])
        let state = try QueryFixture.state(
            facts,
            [
                try EngineFixture.event("a1", "2026-01-05T09:00", QueryFixture.absence("2026-01-12")),
                try EngineFixture.event(
                    "m1", "2026-01-20T09:00",
                    .locationMove(from: "noor-tso", to: "noor-eik", firstDay: try LocalDate("2026-02-02"))),
            ])
        let moved = try state.balance(of: "noor-tso", at: LocalDate("2026-02-10"), facts: facts)
        #expect(moved.balance?.available == 60)
        #expect(moved.deadlines.first?.moment.local.date == (try LocalDate("2026-12-31")))
        #expect(
            try state.balance(of: "noor-eik", at: LocalDate("2026-02-10"), facts: facts).balance?.available
                == 60)
        let old = try state.canReportAbsence(
            on: LocalDate("2026-02-12"), contract: "noor-tso", now: LocalDateTime("2026-02-02T09:00"),
            facts: facts)
        #expect(old.outcome.code == "afterContractEnd")
        let new = try state.canReportAbsence(
            on: LocalDate("2026-02-16"), contract: "noor-eik", now: LocalDateTime("2026-02-02T09:00"),
            facts: facts)
        #expect(new.outcome.code == "earned")
    }

    @Test("Asking whether an absence can be reported leaves the state unchanged")
    func stateUnchanged() throws {
        let facts = try QueryFixture.facts()
        let state = try QueryFixture.state(
            facts, [try EngineFixture.event("a1", "2026-03-20T09:00", QueryFixture.absence("2026-03-30"))])
        let before = state
        let again = try state.canReportAbsence(
            on: LocalDate("2026-03-30"), contract: "noor-tso", now: LocalDateTime("2026-03-21T09:00"),
            facts: facts)
        #expect(again.outcome.code == "alreadyReported")
        let fresh = try state.canReportAbsence(
            on: LocalDate("2026-04-02"), contract: "noor-tso", now: LocalDateTime("2026-03-21T09:00"),
            facts: facts)
        #expect(fresh.outcome.code == "earned")
        _ = try state.balance(of: "noor-tso", at: LocalDate("2026-04-01"), facts: facts)
        _ = try state.nextDeadlines(
            for: "noor-tso",
            after: Amsterdam.resolve(LocalDateTime("2026-03-21T09:00"), policy: .strict).instant,
            facts: facts)
        #expect(state == before)
        #expect(state.balance(of: try EngineFixture.contract()).available == 60)
    }

    @Test("An unknown ContractID is an unknownReference error for every query")
    func unknownContract() throws {
        let facts = try QueryFixture.facts()
        let state = EngineState(facts: facts)
        let balance = #expect(throws: RulesError.self) {
            try state.balance(of: "nobody", at: LocalDate("2026-04-01"), facts: facts)
        }
        #expect(balance?.code == .unknownReference)
        let deadlines = #expect(throws: RulesError.self) {
            try state.nextDeadlines(
                for: "nobody",
                after: Amsterdam.resolve(LocalDateTime("2026-03-21T09:00"), policy: .strict).instant,
                facts: facts)
        }
        #expect(deadlines?.code == .unknownReference)
        let absence = #expect(throws: RulesError.self) {
            try state.canReportAbsence(
                on: LocalDate("2026-04-02"), contract: "nobody", now: LocalDateTime("2026-03-21T09:00"),
                facts: facts)
        }
        #expect(absence?.code == .unknownReference)
    }
}
