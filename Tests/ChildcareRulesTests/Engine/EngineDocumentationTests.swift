import ChildcareRules
import Testing

@Suite("The worked examples of the engine article (TheEngine.md) are what the engine computes")
struct EngineDocumentationTests {
    @Test("An absence, a late absence and extra care")
    func workedExample() throws {
        let facts = try CaseFacts(contracts: [try EngineFixture.contract()], childNames: ["noor": "Noor"])
        let events = [
            try EngineFixture.event(
                "early", "2026-03-20T09:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-03-30"), channel: .app, appVersion: nil)),
            try EngineFixture.event(
                "late", "2026-03-29T13:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-04-02"), channel: .app, appVersion: nil)),
            try EngineFixture.event(
                "extra", "2026-04-01T09:00",
                .extraCareRequested(
                    booking: "b1", contract: "noor-tso", careStart: LocalDateTime("2026-04-08T12:00"),
                    minutes: 60,
                    withHours: true, channel: .app, appVersion: nil)),
        ]
        let evaluation = try Engine.evaluate(facts, events: events)
        let lines = evaluation.decisions.map {
            "\($0.event) \($0.outcome) \($0.deadlines.first?.moment.description ?? "-")"
        }
        #expect(
            lines == [
                "early earned 2026-03-26T12:00:00+01:00", "late tooLate 2026-03-29T12:00:00+02:00",
                "extra reserved -",
            ])
        #expect(evaluation.state.balance(of: try EngineFixture.contract()).reserved == 60)
        var state = EngineState(facts: facts)
        _ = try Engine.apply(events[0], to: &state, facts: facts)
        let before = state
        let again = try Engine.apply(events[0], to: &state, facts: facts)
        #expect(again[0].isReplay)
        #expect(state == before)
    }
}
