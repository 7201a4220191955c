// The libFuzzer target: bytes in, through the scenario reader, and, when they decode, through the engine one
// event at a time, checking the invariants after every event.
//
// Build and run (Docs/Reliability.md):
//   swift build --sanitize fuzzer --product ScenarioFuzz --scratch-path .build-fuzz
//   SWIFT_BACKTRACE=enable=no timeout 150 .build-fuzz/debug/ScenarioFuzz -max_total_time=120 Fuzz/corpus
//
// Malformed input must give a typed ScenarioError, never a trap. A broken invariant traps on purpose: that is
// how a fuzz target reports a finding. This file is the one place in Sources where traps are allowed
// (Scripts/no-trap-check.sh excepts Sources/ScenarioFuzz).
//
// The target has this single file and no `main.swift`. In a plain `swift build` SwiftPM compiles a
// single-file executable as a script, whose (empty) top-level code is the program: it links and exits 0.
// With `--sanitize fuzzer`, libFuzzer provides `main` and calls `LLVMFuzzerTestOneInput`.

import ChildcareRules
import ChildcareScenarios

/// libFuzzer's entry point: one input, as bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func scenarioFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    ScenarioFuzz.run(bytes)
    return 0
}

/// The checks of one fuzz input.
enum ScenarioFuzz {
    static func run(_ bytes: [UInt8]) {
        let scenario: Scenario
        do {
            scenario = try Scenario.read(bytes, file: "fuzz.json")
        } catch {
            // A typed error is the right answer to bad input; it must say what is wrong.
            if error.message.isEmpty { violation("a ScenarioError without a message") }
            return
        }
        _ = ScenarioCheck.run(scenario)
        check(scenario)
    }

    /// Applies the events one by one in the engine's order and checks the invariants after each.
    static func check(_ scenario: Scenario) {
        let facts = scenario.facts
        // The engine's own order (by moment, then sequence number, then as given), not a second copy of it:
        // a copy that broke ties by id disagreed with `evaluate` for two events at one moment.
        var ordered = scenario.events
        // A log the engine refuses to order (an impossible time) is refused by `evaluate` too: apply it as
        // given, check each step, and compare nothing at the end.
        var failed = false
        do {
            ordered = try Engine.ordered(scenario.events)
        } catch {
            failed = true
        }
        var state = EngineState(facts: facts)
        for (step, event) in ordered.enumerated() {
            let before = state
            do {
                let records = try Engine.apply(event, to: &state, facts: facts)
                if records.contains(where: \.isReplay) && state != before {
                    violation("step \(step): a replayed key changed the state")
                }
            } catch {
                failed = true
                if state != before {
                    violation("step \(step): a rejected event (\(error.code)) changed the state")
                }
                continue
            }
            checkLedger(state, step: step)
            checkIdempotency(event, state: state, facts: facts, step: step)
        }
        // With no rejected event, evaluating the whole log from scratch gives the live state.
        if !failed {
            do {
                let evaluation = try Engine.evaluate(facts, events: scenario.events)
                if evaluation.state != state {
                    violation("evaluating the log gives another state than applying it")
                }
            } catch {
                violation("the log was applied event by event, but evaluating it fails: \(error)")
            }
        }
    }

    static func checkLedger(_ state: EngineState, step: Int) {
        let balances = state.ledger.balances
        for (account, balance) in balances where !balance.isConsistent {
            violation("step \(step): \(account) is inconsistent: \(balance)")
        }
        if state.ledger.replayedBalances() != balances {
            violation("step \(step): rebuilding the balances from the entries gives other balances")
        }
    }

    static func checkIdempotency(_ event: TimedEvent, state: EngineState, facts: CaseFacts, step: Int) {
        var replay = state
        do {
            let records = try Engine.apply(event, to: &replay, facts: facts)
            if replay != state || !records.allSatisfy(\.isReplay) {
                violation("step \(step): replaying \(event.key) changed the state")
            }
        } catch {
            violation("step \(step): replaying \(event.key) failed: \(error)")
        }
        var conflict = state
        let other = TimedEvent(
            id: event.id, at: event.at, key: event.key,
            event: event.event == .payoutRequested(contract: "fuzz")
                ? .expiry(asOf: event.at.date)
                : .payoutRequested(contract: "fuzz"))
        do {
            _ = try Engine.apply(other, to: &conflict, facts: facts)
            violation("step \(step): the key \(event.key) was accepted for another event")
        } catch {
            if error.code != .idempotencyConflict || conflict != state {
                violation("step \(step): reusing \(event.key) for another event gave \(error.code)")
            }
        }
    }

    static func violation(_ message: String) -> Never {
        fatalError("invariant violated: \(message)")
    }
}
