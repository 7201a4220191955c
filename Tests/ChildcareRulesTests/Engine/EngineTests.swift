import ChildcareRules
import Foundation
import Testing

/// A small case used by the engine tests: Noor's TSO contract, Mon/Tue/Thu at 12:00 for 60 minutes.
enum EngineFixture {
    static func contract(
        id: ContractID = "noor-tso", child: ChildID = "noor", service: ServiceKind = .tso, end: String? = nil
    ) throws -> Contract {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        return try Contract(
            id: id, contractParent: "anna", child: child, service: service, location: "de-linde",
            signingDate: LocalDate("2025-06-01"), startDate: LocalDate("2025-08-25"),
            endDate: try end.map { try LocalDate($0) },
            schedule: WeeklySchedule([.monday: session, .tuesday: session, .thursday: session]),
            annualAmount: Money(cents: 123_457), hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
    }

    static func facts() throws -> CaseFacts {
        try CaseFacts(
            contracts: [try contract()], childNames: ["noor": "Noor"],
            parents: [
                CaseParent(id: "anna", access: AccessFacts()),
                CaseParent(id: "ben", access: AccessFacts(role: .otherParent, isFamily: false)),
            ])
    }

    static func event(
        _ id: String, _ at: String, _ event: EngineEvent, key: String? = nil
    ) throws -> TimedEvent {
        TimedEvent(
            id: EventID(id), at: try LocalDateTime(at), key: key.map { IdempotencyKey($0) }, event: event)
    }

    /// A school term of events touching every part of the engine.
    static func events() throws -> [TimedEvent] {
        [
            try event(
                "a1", "2026-03-20T09:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-03-30"), channel: .app, appVersion: nil)),
            try event(
                "a2", "2026-03-29T13:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-04-02"), channel: .app, appVersion: nil)),
            try event(
                "a3", "2026-03-21T10:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-04-07"), channel: .app, appVersion: nil)),
            try event(
                "a4", "2026-03-22T10:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-04-06"), channel: .app, appVersion: nil)),
            try event(
                "x1", "2026-04-01T09:00",
                .extraCareRequested(
                    booking: "b1", contract: "noor-tso", careStart: LocalDateTime("2026-04-08T12:00"),
                    minutes: 60,
                    withHours: true, channel: .app, appVersion: nil)),
            try event("x2", "2026-04-02T09:00", .extraCareApproved(booking: "b1")),
            try event("x3", "2026-04-04T12:00", .extraCareCancelled(booking: "b1", channel: .app)),
            try event("s1", "2026-04-10T10:00", .access("ben", .separationReported)),
            try event(
                "t1", "2026-05-04T10:00",
                .contract(
                    "noor-tso",
                    .parentTermination(
                        receivedOn: LocalDate("2026-05-04"), channel: .phone, requestedEndDate: nil))),
            try event(
                "g1", "2026-05-06T10:00",
                .goodwill(
                    contract: "noor-tso", minutes: 60, reason: "storing in de app",
                    grantedBy: "manager-de-linde")),
            try event("e1", "2027-01-01T00:00", .expiry(asOf: LocalDate("2027-01-01"))),
        ]
    }
}

@Suite("The rules engine — determinism, idempotency, editions, order and concurrency")
struct EngineTests {
    @Test("A term of events is decided and explained, with the hours ledger consistent")
    func term() throws {
        let evaluation = try Engine.evaluate(EngineFixture.facts(), events: EngineFixture.events())
        let outcomes = evaluation.decisions.map { "\($0.event):\($0.outcome)" }
        #expect(
            outcomes == [
                "a1:earned", "a3:earned", "a4:notACareDay.tsoHoliday", "a2:tooLate", "x1:reserved",
                "x2:approved",
                "x3:hoursBack", "s1:version2", "t1:parentTermination.rejected.notThroughOnlineForm",
                "g1:goodwill",
                "e1:expired",
            ])
        let balance = evaluation.state.balance(of: try EngineFixture.contract())
        #expect(balance.isConsistent)
        #expect(balance.available == 0)
        #expect(balance.expired == 180)
        for decision in evaluation.decisions {
            #expect(!decision.citations.isEmpty, "\(decision.event) cites no article")
            #expect(!decision.explanation.nl.isEmpty && !decision.explanation.en.isEmpty)
        }
    }

    @Test("The same input gives the same decisions, byte for byte, and an equal state")
    func deterministic() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try Engine.evaluate(EngineFixture.facts(), events: EngineFixture.events())
        let second = try Engine.evaluate(EngineFixture.facts(), events: EngineFixture.events())
        #expect(try encoder.encode(first.decisions) == encoder.encode(second.decisions))
        #expect(first.state == second.state)
    }

    @Test(
        "Replaying an idempotency key with the same event changes nothing; with another event it is a conflict"
    )
    func idempotency() throws {
        let facts = try EngineFixture.facts()
        var state = EngineState(facts: facts)
        let absence = try EngineFixture.event(
            "a1", "2026-03-20T09:00",
            .absence(contract: "noor-tso", date: LocalDate("2026-03-30"), channel: .app, appVersion: nil))
        let first = try Engine.apply(absence, to: &state, facts: facts)
        let after = state
        let replay = try Engine.apply(absence, to: &state, facts: facts)
        #expect(state == after)
        #expect(replay.map(\.outcome.code) == first.map(\.outcome.code))
        #expect(replay.allSatisfy { $0.isReplay })
        let other = try EngineFixture.event(
            "a1-again", "2026-03-20T09:00",
            .absence(contract: "noor-tso", date: LocalDate("2026-04-02"), channel: .app, appVersion: nil),
            key: "a1")
        #expect {
            try Engine.apply(other, to: &state, facts: facts)
        } throws: { ($0 as? RulesError)?.code == .idempotencyConflict }
        #expect(state == after)
    }

    @Test("An event dated before the first edition of the terms (1 August 2024) is rejected")
    func beforeFirstEdition() throws {
        let event = try EngineFixture.event("old", "2024-07-31T09:00", .expiry(asOf: LocalDate("2024-07-31")))
        #expect {
            try Engine.evaluate(EngineFixture.facts(), events: [event])
        } throws: { ($0 as? RulesError)?.code == .beforeFirstEdition }
    }

    @Test("A rejected event leaves the state unchanged")
    func atomic() throws {
        let facts = try EngineFixture.facts()
        var state = EngineState(facts: facts)
        _ = try Engine.apply(EngineFixture.events()[0], to: &state, facts: facts)
        let before = state
        let bad = try EngineFixture.event(
            "bad", "2026-03-21T09:00", .extraCareApproved(booking: "no-such-booking"))
        #expect(throws: RulesError.self) { try Engine.apply(bad, to: &state, facts: facts) }
        #expect(state == before)
    }

    @Test("The order in which independent events are listed does not matter", arguments: 0..<20)
    func orderIndependent(seed: Int) throws {
        let events = try EngineFixture.events()
        var generator = SeededShuffle(seed: UInt64(seed))
        let shuffled = events.shuffled(using: &generator)
        let expected = try Engine.evaluate(EngineFixture.facts(), events: events)
        let actual = try Engine.evaluate(EngineFixture.facts(), events: shuffled)
        #expect(actual == expected)
    }

    @Test("Eight contracts evaluated concurrently from a task group give the sequential answers")
    func concurrent() async throws {
        let cases = try (0..<8).map { index -> CaseFacts in
            let contract = try EngineFixture.contract(
                id: ContractID("c\(index)"), child: ChildID("child\(index)"))
            return try CaseFacts(
                contracts: [contract], parents: [CaseParent(id: "anna", access: AccessFacts())])
        }
        let events = try (0..<8).map { index in
            try EngineFixture.events().compactMap { timed -> TimedEvent? in
                switch timed.event {
                case .absence(_, let date, let channel, let version):
                    return TimedEvent(
                        id: timed.id, at: timed.at,
                        event: .absence(
                            contract: ContractID("c\(index)"), date: date, channel: channel,
                            appVersion: version))
                case .expiry: return timed
                default: return nil
                }
            }
        }
        let sequential = try (0..<8).map { try Engine.evaluate(cases[$0], events: events[$0]) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Engine.Evaluation).self) { group in
            for index in 0..<8 {
                let facts = cases[index]
                let list = events[index]
                group.addTask { (index, try Engine.evaluate(facts, events: list)) }
            }
            var results: [Int: Engine.Evaluation] = [:]
            for try await (index, evaluation) in group { results[index] = evaluation }
            return results
        }
        for index in 0..<8 { #expect(concurrent[index] == sequential[index]) }
    }
}

/// A seeded random source (SplitMix64) for shuffling.
struct SeededShuffle: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
