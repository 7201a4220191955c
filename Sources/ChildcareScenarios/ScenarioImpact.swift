import ChildcareRules

/// What another reading of the terms changes in a scenario: its decisions, balances and invoices under the
/// library's readings and under others, compared (`childcare-rules impact --reading I-003=up`).
package struct ScenarioImpact: Sendable, Hashable {
    /// One decision that differs: its position, event and rule, and what it says under each reading.
    package struct Difference: Sendable, Hashable {
        /// The event decided.
        package let event: EventID
        /// The rule that decided it.
        package let rule: RuleID
        /// The outcome code, minutes and deadlines under the library's readings ("—" when absent).
        package let chosen: String
        /// The same under the other readings.
        package let alternative: String
    }

    /// The decisions that differ, in the order applied.
    package let differences: [Difference]
    /// The change in swap-hour minutes available at the end, summed over the case's contracts
    /// (alternative minus chosen).
    package let minutesAvailable: Int
    /// The change in the instalments billed, in cents (alternative minus chosen).
    package let cents: Int

    /// Whether the other readings change nothing.
    package var isEmpty: Bool { differences.isEmpty && minutesAvailable == 0 && cents == 0 }

    /// Compares `scenario` under `readings` with the library's own readings.
    ///
    /// - Throws: ``RulesError`` when the case as a whole cannot be evaluated (refused events are compared
    ///   as missing decisions, not thrown).
    package init(_ scenario: Scenario, readings: Readings) throws(RulesError) {
        let chosen = try Engine.evaluateAll(scenario.facts, events: scenario.events).evaluation
        let other = try Engine.evaluateAll(
            scenario.facts, events: scenario.events, terms: TermsCatalogue.library.reading(under: readings)
        ).evaluation
        func summary(_ record: DecisionRecord?) -> String {
            guard let record else { return "—" }
            let deadlines = record.deadlines.map { $0.moment.description }.joined(separator: ", ")
            return "\(record.outcome.code) \(record.minutes) min"
                + (deadlines.isEmpty ? "" : " [\(deadlines)]")
        }
        var differences: [Difference] = []
        for index in 0..<max(chosen.decisions.count, other.decisions.count) {
            let a = index < chosen.decisions.count ? chosen.decisions[index] : nil
            let b = index < other.decisions.count ? other.decisions[index] : nil
            let left = summary(a)
            let right = summary(b)
            guard left != right || a?.instalments != b?.instalments, let any = a ?? b else { continue }
            differences.append(Difference(event: any.event, rule: any.rule, chosen: left, alternative: right))
        }
        self.differences = differences
        func available(_ evaluation: Engine.Evaluation) -> Int {
            scenario.facts.contracts.reduce(0) { $0 + evaluation.state.balance(of: $1).available }
        }
        minutesAvailable = available(other) - available(chosen)
        func billed(_ evaluation: Engine.Evaluation) -> Int {
            evaluation.decisions.reduce(0) { total, record in
                total + (record.instalments ?? []).reduce(0) { $0 + $1.amount.cents }
            }
        }
        cents = billed(other) - billed(chosen)
    }
}
