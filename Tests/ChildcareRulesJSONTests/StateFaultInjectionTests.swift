import ChildcareRulesJSON
import ChildcareScenarios
import Foundation
import Testing

/// Issue 17, item 2: saved states are untrusted input. Casebook states are tampered with systematically;
/// each tampered state must either be refused with a typed error, or load and then behave exactly like the
/// original on the rest of the case and on a retry of every earlier command. Nothing else: no trap, no
/// hang, no changed balance (TSO art. 5 lid 1 and lid 5, the swap hours the state holds).
///
/// `STATE_FAULTS=all` runs every mutant of every state; the default is a bounded slice for CI.
@Suite("Fault injection: a tampered saved state is refused, or behaves exactly like the original (issue 17)")
struct StateFaultInjectionTests {
    /// One casebook case, cut halfway: its facts, the events before the cut, the state they left, and the rest.
    struct Cut: Sendable {
        let file: String
        let facts: CaseFacts
        let before: [TimedEvent]
        let rest: [TimedEvent]
        let state: EngineState
        let bytes: [UInt8]
    }

    /// What a mutant did.
    enum Verdict: Equatable {
        case refused
        case equivalent
        case other(String)
    }

    static let all = ProcessInfo.processInfo.environment["STATE_FAULTS"] == "all"

    /// At least 20 casebook cases whose every event is decided, each cut after half of its events.
    static func cuts() throws -> [Cut] {
        let root = "Scenarios/casebook"
        let files = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasSuffix(".json") }
            .sorted()
        var cuts: [Cut] = []
        for file in files {
            let scenario = try ScenarioFiles.scenario(at: root + "/" + file)
            guard scenario.expectedError == nil, scenario.events.count >= 2,
                let report = try? Engine.evaluateAll(scenario.facts, events: scenario.events),
                report.failures.isEmpty
            else { continue }
            let ordered = scenario.events.enumerated().sorted { a, b in
                a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
            }.map(\.element)
            let half = ordered.count / 2
            var state = EngineState(facts: scenario.facts)
            for event in ordered.prefix(half) {
                _ = try Engine.apply(event, to: &state, facts: scenario.facts)
            }
            cuts.append(
                Cut(
                    file: file, facts: scenario.facts, before: Array(ordered.prefix(half)),
                    rest: Array(ordered.dropFirst(half)), state: state, bytes: try StateJSON.encode(state)))
        }
        return cuts
    }

    /// The decisions of the rest of the case and of a retry of every earlier command, from `state`.
    static func behaviour(of state: EngineState, _ cut: Cut) -> [String] {
        var state = state
        var answers: [String] = []
        for event in cut.rest + cut.before {
            do {
                let decisions = try Engine.apply(event, to: &state, facts: cut.facts)
                answers += decisions.map {
                    "\($0.event) \($0.rule) \($0.outcome) \($0.minutes) \($0.balance.map { "\($0.available)" } ?? "-")"
                }
            } catch {
                answers.append("\(event.id) refused \(error.code)")
            }
        }
        for contract in cut.facts.contracts {
            let balance = state.balance(of: contract)
            answers.append(
                "\(contract.id) \(balance.available) \(balance.reserved) \(balance.used) \(balance.expired)")
        }
        return answers
    }

    static func verdict(_ bytes: [UInt8], _ cut: Cut, expected: [String]) -> Verdict {
        let state: EngineState
        do {
            state = try StateJSON.decode(bytes, facts: cut.facts, file: "state.json")
        } catch {
            // A typed error (StateJSON.decode throws only ScenarioError), with a message: refused.
            return error.description.isEmpty ? .other("an empty message") : .refused
        }
        let actual = behaviour(of: state, cut)
        guard actual == expected else {
            let difference = zip(actual, expected).first { $0 != $1 }.map { "\($0.0) instead of \($0.1)" }
            return .other(difference ?? "\(actual.count) answers instead of \(expected.count)")
        }
        return .equivalent
    }

    /// Every mutant of `value`: each member deleted and duplicated, each number negated, made huge, fractional
    /// or rounded through a `Double`, each value set to another type, each array truncated, reordered, emptied
    /// and grown by a copy of its first element.
    static func mutants(of value: JSON, at path: String = "$") -> [(String, JSON)] {
        var result: [(String, JSON)] = []
        switch value {
        case .object(let members):
            result.append(("\(path): an array instead", .array([])))
            for (index, member) in members.enumerated() {
                let place = "\(path).\(member.0)"
                var without = members
                without.remove(at: index)
                result.append(("\(place) deleted", .object(without)))
                var twice = members
                twice.insert(member, at: index + 1)
                result.append(("\(place) duplicated", .object(twice)))
                for (name, changed) in mutants(of: member.1, at: place) {
                    var copy = members
                    copy[index] = (member.0, changed)
                    result.append((name, .object(copy)))
                }
            }
        case .array(let items):
            result.append(("\(path): an object instead", .object([])))
            if !items.isEmpty {
                result.append(("\(path) emptied", .array([])))
                result.append(("\(path) truncated", .array(Array(items.dropLast()))))
                result.append(("\(path) grown by a copy", .array(items + [items[0]])))
            }
            if items.count >= 2 { result.append(("\(path) reversed", .array(items.reversed()))) }
            for (index, item) in items.enumerated() {
                for (name, changed) in mutants(of: item, at: "\(path)[\(index)]") {
                    var copy = items
                    copy[index] = changed
                    result.append((name, .array(copy)))
                }
            }
        case .int(let number):
            if number != 0 { result.append(("\(path) negated", .int(-number))) }
            result.append(("\(path) huge", .number("1\(String(repeating: "0", count: 30))")))
            result.append(("\(path) Int.max", .int(Int.max)))
            result.append(("\(path) fractional", .number("\(number).5")))
            result.append(
                ("\(path) through a Double", .int(Int(exactly: Double(number).rounded()) ?? number)))
            result.append(("\(path) a string", .string("\(number)")))
            result.append(("\(path) null", .null))
        case .number(let text):
            result.append(("\(path) a string", .string(text)))
        case .string(let text):
            result.append(("\(path) a number", .int(1)))
            result.append(("\(path) null", .null))
            if !text.isEmpty { result.append(("\(path) emptied", .string(""))) }
        case .bool:
            result.append(("\(path) a number", .int(1)))
            result.append(("\(path) null", .null))
        case .null:
            result.append(("\(path) a number", .int(0)))
        }
        return result
    }

    @Test("Every tampered state is refused with a typed error or behaves exactly like the original")
    func mutants() throws {
        let cuts = try Self.cuts()
        #expect(cuts.count >= 20)
        var tried = 0
        var refused = 0
        var equivalent = 0
        var others: [String] = []
        let clock = ContinuousClock()
        for (number, cut) in cuts.enumerated() where Self.all || number % 3 == 0 {
            let expected = Self.behaviour(of: cut.state, cut)
            let json = try JSONParser.parse(cut.bytes)
            for (name, mutant) in Self.mutants(of: json) {
                tried += 1
                let started = clock.now
                let verdict = Self.verdict(Array(mutant.rendered.utf8), cut, expected: expected)
                if clock.now - started > .seconds(2) { others.append("\(cut.file): \(name): took over 2 s") }
                switch verdict {
                case .refused: refused += 1
                case .equivalent:
                    equivalent += 1
                    if ProcessInfo.processInfo.environment["STATE_FAULTS_SHOW"] != nil { print("EQ \(name)") }
                case .other(let why): others.append("\(cut.file): \(name): \(why)")
                }
            }
        }
        print(
            "state fault injection: \(cuts.count) casebook states, \(tried) mutants, \(refused) refused, \(equivalent) equivalent, \(others.count) other"
        )
        #expect(others.isEmpty, "\(others.count) mutants: \(others.prefix(12).joined(separator: "\n"))")
    }

    @Test("A small state truncated at every byte is refused, never read as something else")
    func truncated() throws {
        let cut = try #require(try Self.cuts().min { $0.bytes.count < $1.bytes.count })
        let expected = Self.behaviour(of: cut.state, cut)
        for length in 0..<cut.bytes.count {
            let verdict = Self.verdict(Array(cut.bytes.prefix(length)), cut, expected: expected)
            #expect(verdict == .refused, "\(cut.file) cut at byte \(length)")
        }
    }
}
