import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// A store that keeps every number as a double (jq 1.6, Python with `parse_int=float`, many document
/// stores) changes nothing in a saved state (issues 16 and 17).
@Suite("Saved state through a double-precision JSON store")
struct DoubleStoreTests {
    typealias Support = SavedStateTests

    @Test(
        "Every casebook state survives a double-precision store: the rest of the case decides the same",
        arguments: SavedStateTests.cases)
    func doubleStore(file: String) throws {
        let scenario = try Support.scenario(file)
        let events =
            try Engine.evaluate(scenario.facts, events: scenario.events).decisions.isEmpty
            ? [] : scenario.events
        // Cut the case after each event, store the state through doubles, and go on with the rest.
        let ordered = events.sorted { $0.at < $1.at }
        var live = EngineState(facts: scenario.facts)
        for (index, event) in ordered.enumerated() {
            _ = try? Engine.apply(event, to: &live, facts: scenario.facts)
            let stored = try Support.decode(Support.throughDoubles(try Support.encode(live)))
            #expect(stored == live, "\(file): the state after event \(index) changed in the store")
            var restored = stored
            var original = live
            for rest in ordered[(index + 1)...] {
                let a = try? Engine.apply(rest, to: &original, facts: scenario.facts)
                let b = try? Engine.apply(rest, to: &restored, facts: scenario.facts)
                #expect(a == b, "\(file): event \(rest.id) decides differently after the store")
            }
            #expect(restored == original)
        }
    }

    @Test("After a double-precision store the same absence reported again is alreadyReported (issue 17)")
    func doubleRoundedStateKnowsTheAbsence() throws {
        // The first absence of the casebook that earns hours, reported again under a new key.
        var found: (scenario: Scenario, event: TimedEvent, before: [TimedEvent])?
        for file in Support.cases where found == nil {
            let scenario = try Support.scenario(file)
            let decisions = try Engine.evaluate(scenario.facts, events: scenario.events).decisions
            guard let earned = decisions.first(where: { $0.outcome.code == "earned" }),
                let event = scenario.events.first(where: { $0.id == earned.event }),
                case .absence = event.event
            else { continue }
            let before = scenario.events.filter { $0.at < event.at }
            found = (scenario, event, before)
        }
        let (scenario, event, before) = try #require(found)
        let facts = scenario.facts
        var state = EngineState(facts: facts)
        for earlier in before { _ = try? Engine.apply(earlier, to: &state, facts: facts) }
        let first = try Engine.apply(event, to: &state, facts: facts)
        let minutes = try #require(first.first?.minutes)
        #expect(minutes > 0)
        guard case .absence(let contractID, let date, _, _) = event.event else { return }
        let contract = try state.contract(contractID, facts: facts)
        let available = state.balance(of: contract).available
        var stored = try Support.decode(Support.throughDoubles(try Support.encode(state)))
        let again = try Engine.apply(
            TimedEvent(id: "again", at: event.at, key: "again", event: event.event), to: &stored, facts: facts
        )
        #expect(again.first?.outcome.code == "alreadyReported")
        #expect(again.first?.minutes == 0)
        #expect(stored.balance(of: contract).available == available)
        let withdrawn = try Engine.apply(
            TimedEvent(
                id: "withdrawn", at: event.at, key: "withdrawn",
                event: .absenceWithdrawn(contract: contractID, date: date)), to: &stored, facts: facts)
        #expect(withdrawn.first?.minutes == minutes)
        #expect(stored.balance(of: contract).available == available - minutes)
    }

}
