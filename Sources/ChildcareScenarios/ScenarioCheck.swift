import ChildcareRules

/// Runs a scenario through the engine and compares the decisions with its expectations.
public enum ScenarioCheck {
    /// The result of checking one scenario.
    public struct Result: Sendable, Hashable {
        /// The scenario checked.
        public let scenario: Scenario
        /// The engine's evaluation of every event it could decide, unless the case as a whole failed.
        public let evaluation: Engine.Evaluation?
        /// The engine's error: the error that stopped the whole case, or else the first event refused.
        public let error: RulesError?
        /// Each event the engine refused, with its position and JSON path; the other events were decided.
        public let refusals: [Refusal]
        /// Each expectation that was not met, as a sentence.
        public let failures: [String]

        /// Whether every expectation was met.
        public var passed: Bool { failures.isEmpty }
    }

    /// An event the engine refused: where it is in the file and why.
    public struct Refusal: Sendable, Hashable {
        /// The event.
        public let event: EventID
        /// Its position in the file's `events` (0-based).
        public let index: Int
        /// Its JSON path, such as `$.events[3]`.
        public let path: JSONPath
        /// Why it was refused.
        public let error: RulesError
        /// How many decisions come before it when decisions and refusals are shown in the order applied.
        public let decisionsBefore: Int
    }

    /// Evaluates `scenario` and checks every expectation.
    ///
    /// Every event is tried: an event the engine refuses changes nothing, is reported with its index and
    /// JSON path, and the next events are decided on the state the earlier ones left (the rule of
    /// `Engine.evaluateAll`, stated in Docs/Scenarios.md). A refusal is expected when an expectation for
    /// that event names its `error` code, or when the scenario's `expectError` names it.
    ///
    /// `terms` are the editions and readings the engine applies (the library's own by default; `check
    /// --reading` passes others).
    public static func run(_ scenario: Scenario, terms: TermsCatalogue = .library) -> Result {
        let report: Engine.Report
        do {
            report = try Engine.evaluateAll(scenario.facts, events: scenario.events, terms: terms)
        } catch {
            // The case as a whole could not be evaluated (two events with one id, a moment that does not exist).
            if let expected = scenario.expectedError {
                let failures =
                    error.code.rawValue == expected
                    ? [] : ["expected the error \(expected), got \(error.code): \(error)"]
                return Result(
                    scenario: scenario, evaluation: nil, error: error, refusals: [], failures: failures)
            }
            return Result(
                scenario: scenario, evaluation: nil, error: error, refusals: [],
                failures: ["the engine failed: \(error)"])
        }
        let evaluation = report.evaluation
        let refusals = report.failures.map { failure in
            Refusal(
                event: failure.event, index: failure.index,
                path: JSONPath.root.appending("events").appending(failure.index),
                error: failure.error, decisionsBefore: failure.decisionsBefore)
        }
        var failures: [String] = []
        let refused = Dictionary(refusals.map { ($0.event, $0) }, uniquingKeysWith: { first, _ in first })
        if let expected = scenario.expectedError,
            !refusals.contains(where: { $0.error.code.rawValue == expected })
        {
            failures.append("expected the error \(expected), but no event was refused with it")
        }
        for refusal in refusals {
            let code = refusal.error.code.rawValue
            // An expectation that names an error for this event checks the code below.
            let expectedHere = scenario.expectations.contains {
                $0.event == refusal.event && $0.error != nil
            }
            guard !expectedHere, scenario.expectedError != code else { continue }
            failures.append("\(refusal.path) (event \(refusal.event)): refused: \(refusal.error)")
        }
        for expectation in scenario.expectations {
            let place = "\(expectation.path) (event \(expectation.event))"
            if let code = expectation.error {
                if let refusal = refused[expectation.event] {
                    if refusal.error.code.rawValue != code {
                        failures.append("\(place): refused with \(refusal.error.code), expected \(code)")
                    }
                } else {
                    failures.append("\(place): decided, expected the error \(code)")
                }
                continue
            }
            // A refused event was reported above; its missing decisions are not reported again.
            guard refused[expectation.event] == nil else { continue }
            failures += check(expectation, against: evaluation.decisions)
        }
        return Result(
            scenario: scenario, evaluation: evaluation, error: refusals.first?.error, refusals: refusals,
            failures: failures)
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
        if let outcome = expectation.outcome, !matches(outcome, decision.outcome.code) {
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
