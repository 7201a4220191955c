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
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"schemaVersion\":2"))
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
        let future = text.replacingOccurrences(of: "\"schemaVersion\":2", with: "\"schemaVersion\":3")
        let error = #expect(throws: RulesError.self) { try Self.decode(Data(future.utf8)) }
        #expect(error?.code == .corruptState)
        #expect(error?.description.contains("schema version 3") == true)
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
