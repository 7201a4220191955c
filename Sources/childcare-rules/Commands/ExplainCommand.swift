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
        deadlines, the articles applied and the explanation (Dutch by default). A replay of an earlier
        command is marked as one, and counts its minutes with the original. An event the engine refuses
        is printed in its place with its index, JSON path and the reason, and the other events are still
        decided (Docs/Scenarios.md, "Refused events").
        Exit code: 0 when every event is decided, 1 when an event is refused, 2 for bad input.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let file = try arguments.positionals(["FILE"])[0]
        let language = try arguments.language()
        let format = try arguments.format()
        let result: ScenarioCheck.Result
        do {
            result = ScenarioCheck.run(try ScenarioFiles.scenario(at: file))
        } catch {
            throw UsageError(error.description)
        }
        guard let evaluation = result.evaluation else {
            throw UsageError("\(file): \(result.error.map { "\($0)" } ?? "the case could not be evaluated")")
        }
        // Decisions and refusals in the order the events were applied.
        var items: [Item] = []
        var refusals = result.refusals[...]
        for (index, decision) in evaluation.decisions.enumerated() {
            while let refusal = refusals.first, refusal.decisionsBefore <= index {
                items.append(.refusal(refusal))
                refusals = refusals.dropFirst()
            }
            items.append(.decision(decision))
        }
        items += refusals.map(Item.refusal)
        switch format {
        case .json:
            output.line(
                JSON.array(
                    items.map { item in
                        switch item {
                        case .decision(let decision): DecisionJSON.json(decision, language: language)
                        case .refusal(let refusal): DecisionJSON.json(refusal)
                        }
                    }
                ).rendered)
        case .text:
            for (index, item) in items.enumerated() {
                if index > 0 { output.line() }
                switch item {
                case .decision(let decision): text(decision, language: language, output: &output)
                case .refusal(let refusal):
                    output.line(
                        "[\(refusal.event)] \(refusal.path) — "
                            + (language == .nl ? "geweigerd" : "refused") + " (\(refusal.error.code))")
                    output.line("\(refusal.error)")
                }
            }
        }
        return result.refusals.isEmpty ? 0 : 1
    }

    /// One line of the output: a decision, or an event the engine refused.
    enum Item {
        case decision(DecisionRecord)
        case refusal(ScenarioCheck.Refusal)
    }

    static func text(_ decision: DecisionRecord, language: Language, output: inout Output) {
        var heading = "[\(decision.event)] \(decision.rule) — \(decision.outcome)"
        if let original = decision.replayOf {
            heading +=
                language == .nl
                ? " (herhaling van \(original): de minuten tellen daar, één keer)"
                : " (replay of \(original): its minutes count there, once)"
        }
        output.line(heading)
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

/// The JSON form of a decision record, shared by `explain` and tests.
enum DecisionJSON {
    static func json(_ decision: DecisionRecord, language: Language) -> JSON {
        .object(
            [
                ("event", .string(decision.event.rawValue)),
                ("rule", .string(decision.rule.rawValue)),
                ("outcome", .string(decision.outcome.code)),
                // A replay's minutes count with the original (once): a sum of "minutes" stays right.
                ("minutes", .int(decision.replayOf == nil ? decision.minutes : 0)),
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
            ]
                + (decision.replayOf.map { original in
                    [("replayOf", .string(original.rawValue)), ("originalMinutes", .int(decision.minutes))]
                } ?? []))
    }

    /// The JSON form of a refused event: where it is in the file, and the error.
    static func json(_ refusal: ScenarioCheck.Refusal) -> JSON {
        .object([
            ("event", .string(refusal.event.rawValue)), ("index", .int(refusal.index)),
            ("path", .string(refusal.path.description)), ("refused", .bool(true)),
            ("error", .string(refusal.error.code.rawValue)), ("message", .string(refusal.error.description)),
        ])
    }
}
