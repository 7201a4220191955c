import ChildcareRules
import Testing

/// TSO terms art. 5 lid 5 and lid 6, art. 6 lid 1, art. 8 lid 1: one contract timeline that every rule reads.
@Suite(
    "Contract timeline: an end, a move and a retry reach every rule (TSO art. 5 lid 5–6, art. 6 lid 1, art. 8)"
)
struct ContractTimelineTests {
    private func absence(_ date: String) throws -> EngineEvent {
        .absence(contract: "noor-tso", date: try LocalDate(date), channel: .app, appVersion: nil)
    }

    private var termination: EngineEvent {
        get throws {
            .contract(
                "noor-tso",
                .parentTermination(
                    receivedOn: try LocalDate("2026-01-26"), channel: .onlineForm, requestedEndDate: nil))
        }
    }

    @Test("A termination puts its end on the timeline, with its event, reason and clause")
    func terminationSetsTheEnd() throws {
        let facts = try EngineFixture.facts()
        let evaluation = try Engine.evaluate(
            facts, events: [try EngineFixture.event("t1", "2026-01-26T10:00", termination)])
        let end = try #require(evaluation.state.timelines["noor-tso"]?.end)
        #expect(end.source == "t1")
        #expect(end.reason == .parentTermination)
        #expect(end.citation?.key == "TSO art. 8 lid 1")
        #expect(try evaluation.state.contract("noor-tso", facts: facts).endDate == end.lastDay)
        #expect(evaluation.decisions.first?.contractEnd == end)
    }

    @Test(
        "A price change proposed for later than art. 7's earliest date is on the timeline on the proposed date",
        arguments: [
            ("2026-04-01", "2026-04-01"),  // later than the earliest date: the proposed date
            ("2026-02-01", "2026-02-17"),  // too early for art. 7: the earliest date
        ])
    func priceChangeOnItsEffectiveDate(proposed: String, effective: String) throws {
        let facts = try EngineFixture.facts()
        let change = EngineEvent.contract(
            "noor-tso",
            .priceChange(
                announcedOn: try LocalDate("2026-01-10"), proposedEffectiveDate: try LocalDate(proposed)))
        let evaluation = try Engine.evaluate(
            facts, events: [try EngineFixture.event("p1", "2026-01-10T10:00", change)])
        let changes = try #require(evaluation.state.timelines["noor-tso"]).entries.filter {
            $0.kind == .change
        }
        #expect(changes.map(\.date) == [try LocalDate(effective)])
        #expect(changes.map(\.citation?.key) == ["TSO art. 7"])
    }

    @Test("An earlier end is never pushed later by a second notice")
    func earlierEndKept() throws {
        let facts = try EngineFixture.facts()
        let later = EngineEvent.contract(
            "noor-tso",
            .parentTermination(
                receivedOn: try LocalDate("2026-02-02"), channel: .onlineForm,
                requestedEndDate: try LocalDate("2026-06-30")))
        let evaluation = try Engine.evaluate(
            facts,
            events: [
                try EngineFixture.event("t1", "2026-01-26T10:00", termination),
                try EngineFixture.event("t2", "2026-02-02T10:00", later),
            ])
        let first = try Engine.evaluate(
            facts, events: [try EngineFixture.event("t1", "2026-01-26T10:00", termination)])
        #expect(evaluation.state.timelines["noor-tso"]?.lastDay == first.state.timelines["noor-tso"]?.lastDay)
        #expect(evaluation.state.timelines["noor-tso"]?.end?.source == "t1")
    }

    @Test("Hours left after the end lapse at the end, citing art. 5 lid 5, at the first event after it")
    func hoursLapseAfterTheEnd() throws {
        let facts = try EngineFixture.facts()
        let evaluation = try Engine.evaluate(
            facts,
            events: [
                try EngineFixture.event("a1", "2026-01-05T09:00", try absence("2026-01-12")),
                try EngineFixture.event("t1", "2026-01-26T10:00", termination),
                try EngineFixture.event("a2", "2026-03-02T09:00", try absence("2026-03-09")),
            ])
        let after = evaluation.decisions.filter { $0.event == "a2" }
        #expect(after.map(\.outcome.code) == ["afterContractEnd", "lapsedAtContractEnd"])
        #expect(after.last?.minutes == 60)
        #expect(after.last?.citations.map(\.key) == ["TSO art. 5 lid 5"])
        #expect(evaluation.state.balance(of: try EngineFixture.contract()).available == 0)
        #expect(evaluation.state.balance(of: try EngineFixture.contract()).expired == 60)
    }

    @Test("A retry with the same key and payload is a replay under its own id; the moment is not compared")
    func retryIsAReplay() throws {
        let facts = try EngineFixture.facts()
        let evaluation = try Engine.evaluate(
            facts,
            events: [
                try EngineFixture.event("a1", "2026-01-05T09:00", try absence("2026-01-12"), key: "k"),
                try EngineFixture.event("a2", "2026-01-05T09:05", try absence("2026-01-12"), key: "k"),
            ])
        let retry = try #require(evaluation.decisions.last)
        #expect(retry.event == "a2")
        #expect(retry.isReplay)
        #expect(retry.replayOf == "a1")
        #expect(evaluation.state.balance(of: try EngineFixture.contract()).earned == 60)
        let counted = evaluation.decisions.filter { $0.replayOf == nil }.reduce(0) { $0 + $1.minutes }
        #expect(counted == 60)
    }

    @Test("The same key with another payload is idempotencyConflict, naming the field that differs")
    func conflictNamesTheField() throws {
        let facts = try EngineFixture.facts()
        let error = #expect(throws: RulesError.self) {
            try Engine.evaluate(
                facts,
                events: [
                    try EngineFixture.event("a1", "2026-01-05T09:00", try absence("2026-01-12"), key: "k"),
                    try EngineFixture.event("a2", "2026-01-05T09:05", try absence("2026-01-15"), key: "k"),
                ])
        }
        #expect(error?.code == .idempotencyConflict)
        #expect(error?.description.contains("date (now 2026-01-15)") == true)
        #expect(error?.description.contains("event a1") == true)
    }

    @Test("A move needs the same child and service; hours move once and the old contract ends the day before")
    func moveKeepsHours() throws {
        let linde = try EngineFixture.contract(id: "noor-tso")
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let eik = try Contract(
            id: "noor-eik", contractParent: "anna", child: "noor", service: .tso, location: "de-eik",
            signingDate: LocalDate("2026-01-15"), startDate: LocalDate("2026-02-02"),
            schedule: WeeklySchedule([.monday: session]), annualAmount: Money(cents: 123_457),
            hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
        let bso = try EngineFixture.contract(id: "noor-bso", service: .bso)
        let facts = try CaseFacts(contracts: [linde, eik, bso])
        let moved = try Engine.evaluate(
            facts,
            events: [
                try EngineFixture.event("a1", "2026-01-05T09:00", try absence("2026-01-12")),
                try EngineFixture.event(
                    "m1", "2026-01-20T09:00",
                    .locationMove(from: "noor-tso", to: "noor-eik", firstDay: try LocalDate("2026-02-02"))),
                try EngineFixture.event(
                    "x1", "2026-03-02T09:00", .billing(contract: "noor-tso", schoolYear: 2025)),
            ])
        #expect(moved.decisions[1].outcome.code == "hoursMoved")
        #expect(moved.decisions[1].minutes == 60)
        #expect(moved.state.timelines["noor-tso"]?.lastDay == (try LocalDate("2026-02-01")))
        #expect(moved.state.timelines["noor-tso"]?.movedTo == "noor-eik")
        #expect(moved.state.balance(of: eik).available == 60)
        #expect(moved.state.balance(of: eik).earned == 60)
        #expect(!moved.decisions.contains { $0.outcome.code == "lapsedAtContractEnd" })
        #expect(moved.decisions[2].instalments?.last?.month == (try YearMonth("2026-02")))
        let error = #expect(throws: RulesError.self) {
            try Engine.evaluate(
                facts,
                events: [
                    try EngineFixture.event(
                        "m1", "2026-01-20T09:00",
                        .locationMove(from: "noor-tso", to: "noor-bso", firstDay: try LocalDate("2026-02-02"))
                    )
                ])
        }
        #expect(error?.code == .invalidArgument)
    }

    @Test("An access decision that follows from another parent's is addressed to that parent")
    func decisionsAddressedToEachParent() throws {
        let contract = try EngineFixture.contract()
        let facts = try CaseFacts(
            contracts: [contract],
            parents: [
                CaseParent(id: "anna", access: AccessFacts()),
                CaseParent(id: "ben", access: AccessFacts(role: .otherParent, isFamily: true)),
            ])
        let evaluation = try Engine.evaluate(
            facts,
            events: [try EngineFixture.event("b1", "2026-01-05T09:00", .access("anna", .blocked(.misuse)))])
        #expect(evaluation.decisions.map(\.addressee) == ["anna", "ben"])
        #expect(evaluation.decisions.allSatisfy { $0.event == "b1" })
    }

    @Test("A waiver is recorded apart from goodwill: it moves no swap hours")
    func waiverMovesNoHours() throws {
        let facts = try EngineFixture.facts()
        let evaluation = try Engine.evaluate(
            facts,
            events: [
                try EngineFixture.event(
                    "w1", "2026-01-05T09:00",
                    .waiver(
                        contract: "noor-tso", waived: .notice, reason: "moved abroad", grantedBy: "manager"))
            ])
        #expect(evaluation.decisions.first?.rule == Engine.waiverRule)
        #expect(evaluation.decisions.first?.outcome.code == "waived")
        #expect(evaluation.decisions.first?.minutes == 0)
        #expect(evaluation.state.ledger.entries.isEmpty)
    }

    @Test("A change that ends the service ends the contract per the date it takes effect (art. 8 lid 2)")
    func changeEndingServiceEndsTheContract() throws {
        let facts = try EngineFixture.facts()
        let change = EngineEvent.contract(
            "noor-tso",
            .changeEndingService(
                receivedOn: try LocalDate("2026-01-15"), channel: .onlineForm, requestedEffectiveDate: nil))
        let evaluation = try Engine.evaluate(
            facts, events: [try EngineFixture.event("c1", "2026-01-15T10:00", change)])
        let end = try #require(evaluation.state.timelines["noor-tso"]?.end)
        #expect(end.lastDay == (try LocalDate("2026-02-14")))
        #expect(end.reason == .changeEndingService)
        #expect(end.citation?.key == "TSO art. 8 lid 2")
        #expect(evaluation.decisions.first?.outcome.code == "serviceEnded")
    }

    @Test("A swap-hours decision about a BSO contract cites the TSO terms by analogy")
    func swapHoursByAnalogy() throws {
        let bso = try EngineFixture.contract(id: "noor-bso", service: .bso)
        let facts = try CaseFacts(contracts: [bso])
        let evaluation = try Engine.evaluate(
            facts,
            events: [
                try EngineFixture.event(
                    "a1", "2026-01-05T09:00",
                    .absence(
                        contract: "noor-bso", date: try LocalDate("2026-01-12"), channel: .app,
                        appVersion: nil))
            ])
        let decision = try #require(evaluation.decisions.first)
        #expect(decision.citations.allSatisfy { $0.byAnalogy })
        #expect(decision.explanation.nl.contains("naar analogie"))
        #expect(decision.explanation.en.contains("by analogy"))
        let tso = try Engine.evaluate(
            try EngineFixture.facts(),
            events: [try EngineFixture.event("a1", "2026-01-05T09:00", try absence("2026-01-12"))])
        #expect(tso.decisions.first?.citations.contains { $0.byAnalogy } == false)
    }
}
