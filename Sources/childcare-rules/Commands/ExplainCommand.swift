import ChildcareRules
import ChildcareScenarios

/// `childcare-rules explain FILE [--lang nl|en] [--format json]`: every decision of a scenario, explained.
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = "Prints every decision of a scenario file with its explanation and citations."
    static let options: Set<String> = ["lang", "format"]
    static let help = """
        USAGE: childcare-rules explain FILE [--lang nl|en] [--format text|json]

        Evaluates the scenario FILE and prints each decision: the event, the rule, the outcome, the
        deadlines, the articles applied and the explanation (Dutch by default).
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let file = try arguments.positionals(["FILE"])[0]
        let language = try arguments.language()
        let format = try arguments.format()
        let evaluation: Engine.Evaluation
        do {
            let scenario = try ScenarioFiles.scenario(at: file)
            evaluation = try Engine.evaluate(scenario.facts, events: scenario.events)
        } catch let error as ScenarioError {
            throw UsageError(error.description)
        } catch {
            throw UsageError("\(file): \(error)")
        }
        switch format {
        case .json:
            output.line(
                JSON.array(evaluation.decisions.map { DecisionJSON.json($0, language: language) }).rendered)
        case .text:
            for (index, decision) in evaluation.decisions.enumerated() {
                if index > 0 { output.line() }
                output.line("[\(decision.event)] \(decision.rule) — \(decision.outcome)")
                output.line(decision.explanation.text(in: language))
                for deadline in decision.deadlines {
                    let name = language == .nl ? deadline.kind.nl : deadline.kind.en
                    output.line("  \(language == .nl ? "termijn" : "deadline"): \(name): \(deadline.moment)")
                }
                for citation in decision.citations {
                    output.line("  \(citation.fullyRendered(in: language))")
                }
                if let balance = decision.balance {
                    output.line("  \(language == .nl ? "saldo" : "balance"): \(balance.available) min")
                }
            }
        }
        return 0
    }
}

/// The JSON form of a decision record, shared by `explain` and tests.
enum DecisionJSON {
    static func json(_ decision: DecisionRecord, language: Language) -> JSON {
        .object([
            ("event", .string(decision.event.rawValue)),
            ("rule", .string(decision.rule.rawValue)),
            ("outcome", .string(decision.outcome)),
            ("minutes", .int(decision.minutes)),
            (
                "deadlines",
                .array(
                    decision.deadlines.map {
                        .object([
                            ("kind", .string($0.kind.key)), ("at", .string($0.moment.description)),
                            ("inclusive", .bool($0.isInclusive)),
                        ])
                    })
            ),
            ("citations", .array(decision.citations.map { .string($0.fullyRendered(in: language)) })),
            ("citationKeys", .array(decision.citations.map { .string($0.key) })),
            ("explanation", .string(decision.explanation.text(in: language))),
            ("balanceMinutes", decision.balance.map { .int($0.available) } ?? .null),
        ])
    }
}
