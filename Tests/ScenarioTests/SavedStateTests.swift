import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// The saved engine state as a service stores it (issue 16): versioned, compact, bound to its case, safe in a
/// store that keeps every number as a double, and migrated from the version that 63ce50d wrote.
@Suite("Saved state — versioned, bound to its case, safe in any JSON store")
struct SavedStateTests {
    /// The casebook scenarios that decide without an expected error.
    static let cases: [String] = CasebookTests.casebookFiles.filter { file in
        // Cases in which every event is decided (no refusal expected).
        guard let scenario = try? ScenarioFiles.scenario(at: CasebookTests.root + "/" + file) else {
            return false
        }
        return scenario.expectedError == nil && !scenario.expectations.contains { $0.error != nil }
    }

    static func scenario(_ file: String) throws -> Scenario {
        try ScenarioFiles.scenario(at: CasebookTests.root + "/" + file)
    }

    static func encode(_ state: EngineState) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(state)
    }

    static func decode(_ data: Data) throws -> EngineState {
        try JSONDecoder().decode(EngineState.self, from: data)
    }

    /// The JSON text as a store that keeps every number as a double gives it back (jq 1.6, Python with
    /// `parse_int=float`): each integer rounded to the nearest double and written out as a whole number.
    static func throughDoubles(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                out.append(byte)
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    out.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                out.append(byte)
                index += 1
            } else if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                var end = index + 1
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0") && bytes[end] <= UInt8(ascii: "9") {
                    end += 1
                }
                let token = String(decoding: bytes[index..<end], as: UTF8.self)
                let rounded = Double(token).map { String(format: "%.0f", $0) } ?? token
                out += Array(rounded.utf8)
                index = end
            } else {
                out.append(byte)
                index += 1
            }
        }
        return Data(out)
    }

    @Test("The saved form is deterministic: the same state gives the same bytes", arguments: cases.prefix(10))
    func deterministic(file: String) throws {
        let scenario = try Self.scenario(file)
        let state = try Engine.evaluate(scenario.facts, events: scenario.events).state
        let bytes = try Self.encode(state)
        #expect(try Self.encode(try Self.decode(bytes)) == bytes)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"schemaVersion\":3"))
    }

    @Test(
        "A state saved by 63ce50d (schema 1) migrates to the state this library builds",
        arguments: [
            "3181-timely-cancellation-returns-hours", "3405-hours-expire-on-31-december",
            "528-ex-partner-removal-from-app", "8268-cancellation-costs-before-start",
        ])
    func migration(name: String) throws {
        let scenario = try Self.scenario("Scenarios/casebook/\(name).json")
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: CasebookTests.root + "/Tests/Fixtures/state-63ce50d/\(name).state.json"))
        var state = try Self.decode(data)
        #expect(state.needsMigration)
        try state.migrate(facts: scenario.facts)
        #expect(!state.needsMigration)
        #expect(state == (try Engine.evaluate(scenario.facts, events: scenario.events).state))
        // A migrated state is saved in the current schema and reads back unchanged.
        #expect(try Self.decode(try Self.encode(state)) == state)
    }

    /// The casebook states that d8e01bc saved in schema version 2 (`Tests/Fixtures/state-d8e01bc`).
    static let schema2Fixtures = [
        "3181-timely-cancellation-returns-hours", "3405-hours-expire-on-31-december", "13-move-keeps-hours",
        "12339-bso-credit-for-vso-ten-times-goodwill", "13-retry-is-a-replay",
        "14272-invoiced-extra-day-cancelled-by-email", "13-end-releases-reserved-hours",
        "14-two-children-consent-for-one-only", "8462-new-tariffs-announced-in-november",
        "528-ex-partner-removal-from-app",
    ]

    @Test(
        "A state saved by d8e01bc (schema 2) loads with its checksum, holds what this library builds, and is saved again in schema 3",
        arguments: schema2Fixtures)
    func schema2Migration(name: String) throws {
        let scenario = try Self.scenario("Scenarios/casebook/\(name).json")
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: CasebookTests.root + "/Tests/Fixtures/state-d8e01bc/\(name).state.json"))
        #expect(String(decoding: data, as: UTF8.self).contains("\"schemaVersion\":2"))
        let loaded = try Self.decode(data)
        #expect(!loaded.needsMigration)
        let built = try Engine.evaluate(scenario.facts, events: scenario.events).state
        // The ledger's facts, every balance and the engine's own records are those this library builds. (A
        // ledger command that wrote no entry has no saved moment in schema 2: it gets its predecessor's,
        // which applies it the same way, so the ledgers are compared by their facts.)
        #expect(loaded.ledger.entries == built.ledger.entries)
        #expect(loaded.ledger.reservations == built.ledger.reservations)
        #expect(loaded.ledger.grants == built.ledger.grants)
        #expect(loaded.ledger.balances == built.ledger.balances)
        #expect(loaded.contracts == built.contracts)
        if name == "8462-new-tariffs-announced-in-november" {
            // d8e01bc put this price change on the timeline at art. 7's earliest date, 27 December 2026,
            // although the date proposed, 1 January 2027, is later and is the date it takes effect. No rule
            // reads a change's date from the timeline; a saved entry keeps the date it was saved with.
            let dates = { (state: EngineState) in state.timelines["kind-kdv"]?.entries.map { "\($0.date)" } }
            #expect(dates(loaded) == ["2026-08-31", "2026-12-27"])
            #expect(dates(built) == ["2026-08-31", "2027-01-01"])
        } else {
            #expect(loaded.timelines == built.timelines)
        }
        #expect(loaded.access == built.access)
        #expect(loaded.commandCount == built.commandCount)
        #expect(loaded.lastSequence == built.lastSequence)
        // Saved again, it is schema 3, smaller, and reads back unchanged.
        let saved = try Self.encode(loaded)
        #expect(String(decoding: saved, as: UTF8.self).contains("\"schemaVersion\":3"))
        #expect(saved.count < data.count)
        #expect(try Self.decode(saved) == loaded)
        // Every earlier command retried is answered as before, from either state.
        var fromLoaded = loaded
        var fromBuilt = built
        for event in scenario.events {
            let again = try? Engine.apply(event, to: &fromLoaded, facts: scenario.facts)
            let expected = try? Engine.apply(event, to: &fromBuilt, facts: scenario.facts)
            #expect(
                again?.map { "\($0.outcome) \($0.minutes)" }
                    == expected?.map { "\($0.outcome) \($0.minutes)" })
        }
        #expect(fromLoaded.ledger.balances == fromBuilt.ledger.balances)
    }

    @Test("A schema 2 state whose content was changed fails its checksum")
    func schema2Checksum() throws {
        let name = "3405-hours-expire-on-31-december"
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: CasebookTests.root + "/Tests/Fixtures/state-d8e01bc/\(name).state.json"))
        let text = String(decoding: data, as: UTF8.self)
        // An edit the ledger's own checks cannot see: only the checksum can.
        let edited = text.replacingOccurrences(of: "\"lastSequence\":3", with: "\"lastSequence\":4")
        #expect(edited != text)
        let error = #expect(throws: RulesError.self) { try Self.decode(Data(edited.utf8)) }
        #expect(error?.code == .corruptState)
    }

    @Test("A state of schema 1 is migrated by the first event it is given")
    func migrationOnApply() throws {
        let name = "3405-hours-expire-on-31-december"
        let scenario = try Self.scenario("Scenarios/casebook/\(name).json")
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: CasebookTests.root + "/Tests/Fixtures/state-63ce50d/\(name).state.json"))
        var state = try Self.decode(data)
        #expect(throws: RulesError.self) { try Self.encode(state) }
        let retry = try #require(scenario.events.last)
        let records = try Engine.apply(retry, to: &state, facts: scenario.facts)
        #expect(records.allSatisfy { $0.isReplay })
        #expect(!state.needsMigration)
    }

    @Test("An unknown schema version, or a key used twice, is a corruptState error")
    func unknownVersion() throws {
        let scenario = try Self.scenario(Self.cases[0])
        let state = try Engine.evaluate(scenario.facts, events: scenario.events).state
        let text = String(decoding: try Self.encode(state), as: UTF8.self)
        let future = text.replacingOccurrences(of: "\"schemaVersion\":3", with: "\"schemaVersion\":4")
        let error = #expect(throws: RulesError.self) { try Self.decode(Data(future.utf8)) }
        #expect(error?.code == .corruptState)
        #expect(error?.description.contains("schema version 4") == true)
    }

    @Test("The state of one child with the facts of another child is caseMismatch")
    func caseBinding() throws {
        let noor = try Self.scenario("Scenarios/casebook/3405-hours-expire-on-31-december.json")
        let state = try Engine.evaluate(noor.facts, events: noor.events).state
        let other = try CaseFacts(
            contracts: try noor.facts.contracts.map { contract in
                try Contract(
                    id: contract.id, contractParent: contract.contractParent, child: "someone-else",
                    service: contract.service, location: contract.location, signingDate: contract.signingDate,
                    startDate: contract.startDate, endDate: contract.endDate, schedule: contract.schedule,
                    annualAmount: contract.annualAmount, hourlyRate: contract.hourlyRate,
                    hasDirectDebitMandate: contract.hasDirectDebitMandate)
            })
        var copy = state
        let event = try #require(noor.events.last)
        let error = #expect(throws: RulesError.self) {
            try Engine.apply(
                TimedEvent(id: "x", at: event.at, key: "x", event: event.event), to: &copy, facts: other)
        }
        #expect(error?.code == .caseMismatch)
        #expect(copy == state)
        // With a case identifier, the facts of another case are refused too.
        let named = try CaseFacts(contracts: noor.facts.contracts, caseID: "case-1")
        var bound = EngineState(facts: named)
        let renamed = try CaseFacts(contracts: noor.facts.contracts, caseID: "case-2")
        #expect(throws: RulesError.self) {
            try Engine.apply(
                TimedEvent(id: "x", at: event.at, key: "x", event: event.event), to: &bound, facts: renamed)
        }
    }
}
