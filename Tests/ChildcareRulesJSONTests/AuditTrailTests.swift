import ChildcareRulesJSON
import Foundation
import Testing

/// The optional, bounded audit trail of issue 16: the state keeps the newest decisions' ids, outcomes and
/// digests (not the decisions, which go to the caller), and saves them checked.
@Suite("Audit trail: bounded, digest per decision, saved and checked (TSO art. 5 lid 1)")
struct AuditTrailTests {
    /// Noor, Mon/Thu 12:00: the facts of the JSON product's other tests.
    static func facts() throws -> CaseFacts { try FactsJSON.decodeFacts(factsBody) }

    /// Absences, reported well ahead, of five Mondays and Thursdays in March 2026.
    static func events(_ facts: CaseFacts) throws -> [TimedEvent] {
        let days = ["2026-03-02", "2026-03-05", "2026-03-09", "2026-03-12", "2026-03-16"]
        let items = days.enumerated().map { index, day in
            #"{"id":"a\#(index + 1)","at":"2026-02-2\#(index)T09:00","type":"absence","contract":"noor-tso","date":"\#(day)"}"#
        }
        return try EventJSON.decodeEvents(body("[" + items.joined(separator: ",") + "]"), facts: facts)
    }

    @Test("A trail of 3 keeps the newest 3 decisions, counts the ones dropped, and matches their digests")
    func bounded() throws {
        let facts = try Self.facts()
        var state = EngineState(facts: facts, auditLimit: 3)
        var digests: [String] = []
        for event in try Self.events(facts) {
            digests += try Engine.apply(event, to: &state, facts: facts).map(\.digest)
        }
        #expect(state.audit.entries.count == 3)
        #expect(state.audit.dropped == 2)
        #expect(state.audit.entries.map(\.digest) == Array(digests.suffix(3)))
        #expect(state.audit.entries.map(\.event) == ["a3", "a4", "a5"])
        #expect(state.audit.entries.map(\.sequence) == [3, 4, 5])
        #expect(state.audit.entries.allSatisfy { $0.outcome == .absence(.earned) && $0.minutes == 60 })
    }

    @Test("Off by default: a state without a trail keeps none and saves no audit member")
    func offByDefault() throws {
        let facts = try Self.facts()
        var state = EngineState(facts: facts)
        for event in try Self.events(facts) { _ = try Engine.apply(event, to: &state, facts: facts) }
        #expect(state.audit.entries.isEmpty)
        let text = String(decoding: try StateJSON.encode(state), as: UTF8.self)
        #expect(!text.contains("\"audit\""))
    }

    @Test("A retry adds no entry: it decides nothing new")
    func replayAddsNothing() throws {
        let facts = try Self.facts()
        var state = EngineState(facts: facts, auditLimit: 10)
        let events = try Self.events(facts)
        for event in events { _ = try Engine.apply(event, to: &state, facts: facts) }
        let replay = try Engine.apply(events[0], to: &state, facts: facts)
        #expect(replay.first?.isReplay == true)
        #expect(state.audit.entries.count == 5)
    }

    @Test("The digest changes with any part of the decision")
    func digestCoversTheDecision() throws {
        let facts = try Self.facts()
        var state = EngineState(facts: facts)
        let events = try Self.events(facts)
        let first = try Engine.apply(events[0], to: &state, facts: facts)[0]
        let second = try Engine.apply(events[1], to: &state, facts: facts)[0]
        #expect(first.digest != second.digest)
        #expect(first.digest.utf8.count == 16)
        let replay = try Engine.apply(events[0], to: &state, facts: facts)[0]
        #expect(replay.digest != first.digest)
    }

    @Test("A saved trail reads back equal; an edited or malformed one is refused")
    func saved() throws {
        let facts = try Self.facts()
        var state = EngineState(facts: facts, auditLimit: 3)
        for event in try Self.events(facts) { _ = try Engine.apply(event, to: &state, facts: facts) }
        let bytes = try StateJSON.encode(state)
        #expect(try StateJSON.decode(bytes, facts: facts) == state)
        let text = String(decoding: bytes, as: UTF8.self)
        let digest = state.audit.entries[0].digest
        for edited in [
            text.replacingOccurrences(of: digest, with: String(digest.reversed())),
            text.replacingOccurrences(of: digest, with: "not-a-digest"),
            text.replacingOccurrences(of: #""limit":3"#, with: #""limit":2"#),
        ] {
            #expect(throws: (any Error).self) {
                try StateJSON.decode(Array(edited.utf8), facts: facts)
            }
        }
    }
}
