import ChildcareRules

/// Runs a scenario through the engine and compares the decisions with its expectations.
public enum ScenarioCheck {
    /// The result of checking one scenario.
    public struct Result: Sendable, Hashable {
        /// The scenario checked.
        public let scenario: Scenario
        /// The engine's evaluation, unless it failed.
        public let evaluation: Engine.Evaluation?
        /// The engine's error, if it failed.
        public let error: RulesError?
        /// Each expectation that was not met, as a sentence.
        public let failures: [String]

        /// Whether every expectation was met.
        public var passed: Bool { failures.isEmpty }
    }

    /// Evaluates `scenario` and checks every expectation.
    public static func run(_ scenario: Scenario) -> Result {
        let evaluation: Engine.Evaluation
        do {
            evaluation = try Engine.evaluate(scenario.facts, events: scenario.events)
        } catch {
            if let expected = scenario.expectedError {
                let failures =
                    error.code.rawValue == expected
                    ? [] : ["expected the error \(expected), got \(error.code): \(error)"]
                return Result(scenario: scenario, evaluation: nil, error: error, failures: failures)
            }
            return Result(
                scenario: scenario, evaluation: nil, error: error, failures: ["the engine failed: \(error)"])
        }
        var failures: [String] = []
        if let expected = scenario.expectedError {
            failures.append("expected the error \(expected), but every event was decided")
        }
        for expectation in scenario.expectations {
            failures += check(expectation, against: evaluation.decisions)
        }
        return Result(scenario: scenario, evaluation: evaluation, error: nil, failures: failures)
    }

    static func check(_ expectation: Expectation, against decisions: [DecisionRecord]) -> [String] {
        let place = "\(expectation.path) (event \(expectation.event))"
        let candidates = decisions.filter { decision in
            decision.event == expectation.event && (expectation.rule.map { $0 == decision.rule } ?? true)
                && (expectation.parent.map { $0 == decision.addressee } ?? true)
        }
        guard let decision = candidates.first else {
            let by = expectation.rule.map { " by \($0)" } ?? ""
            let to = expectation.parent.map { " addressed to \($0)" } ?? ""
            return ["\(place): no decision\(by)\(to)"]
        }
        var failures: [String] = []
        if let registered = expectation.registered, decision.absenceRegistered != registered {
            let actual =
                decision.absenceRegistered.map { $0 ? "registered" : "not registered" } ?? "not an absence"
            failures.append(
                "\(place): the absence is \(actual), expected \(registered ? "registered" : "not registered")"
            )
        }
        if let instalments = expectation.instalments, decision.instalments != instalments {
            let describe: ([Instalment]) -> String = { list in
                list.isEmpty ? "none" : list.map { "\($0.month) \($0.amount.cents)" }.joined(separator: ", ")
            }
            failures.append(
                "\(place): instalments \(decision.instalments.map(describe) ?? "none (not a billing decision)"), "
                    + "expected \(describe(instalments))")
        }
        if let lastDay = expectation.contractLastDay, decision.contractEnd?.lastDay != lastDay {
            failures.append(
                "\(place): the contract's last day is \(decision.contractEnd.map { "\($0.lastDay)" } ?? "not named"), "
                    + "expected \(lastDay)")
        }
        if let original = expectation.replayOf, decision.replayOf != original {
            failures.append(
                "\(place): \(decision.replayOf.map { "a replay of \($0)" } ?? "not a replay"), expected a replay of \(original)"
            )
        }
        if let outcome = expectation.outcome, !matches(outcome, decision.outcome) {
            failures.append("\(place): outcome \(decision.outcome), expected \(outcome)")
        }
        if let minutes = expectation.minutes, minutes != decision.minutes {
            failures.append("\(place): \(decision.minutes) minutes, expected \(minutes)")
        }
        if let deadline = expectation.deadline {
            let actual = decision.deadlines.first?.moment.local
            if actual != deadline {
                failures.append("\(place): deadline \(actual?.description ?? "none"), expected \(deadline)")
            }
        }
        if let balance = expectation.balance {
            let actual = decision.balance?.available
            if actual != balance {
                failures.append(
                    "\(place): balance \(actual.map(String.init) ?? "none"), expected \(balance)")
            }
        }
        let keys = Set(decision.citations.map(\.key))
        for key in expectation.citations where !keys.contains(key) {
            failures.append(
                "\(place): does not cite \(key) (cites \(decision.citations.map(\.key).joined(separator: "; ")))"
            )
        }
        for text in expectation.explanationContains
        where !decision.explanation.nl.contains(text) && !decision.explanation.en.contains(text) {
            failures.append("\(place): the explanation does not contain \"\(text)\"")
        }
        return failures
    }

    /// Whether the expected outcome name `expected` names `actual`: the same name, or a case that `actual`
    /// nests a detail under, so that `notInApp` matches `notInApp.email` and `parentTermination.rejected`
    /// matches `parentTermination.rejected.notThroughOnlineForm.email` (the names Docs/Scenarios.md lists).
    public static func matches(_ expected: String, _ actual: String) -> Bool {
        actual == expected || actual.hasPrefix(expected + ".")
    }
}
