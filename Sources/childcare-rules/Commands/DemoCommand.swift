import ChildcareRules
import ChildcareScenarios

/// `childcare-rules demo [--lang nl|en]`: runs the bundled example scenarios and prints their explanations.
enum DemoCommand: Command {
    static let name = "demo"
    static let summary = "Runs the bundled example scenarios and prints their explained decisions (Dutch)."
    static let options: Set<String> = ["lang"]
    static let help = """
        USAGE: childcare-rules demo [--lang nl|en]

        Runs the example scenarios bundled in the tool (the same as Scenarios/demo/*.json) through the
        rules engine and prints every decision with its explanation, deadline and articles, in Dutch by
        default. Needs no arguments, files or network.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let language = try arguments.language()
        for (index, (name, json)) in BundledScenarios.all.enumerated() {
            let scenario: Scenario
            let evaluation: Engine.Evaluation
            do {
                scenario = try Scenario.read(Array(json.utf8), file: name)
                evaluation = try Engine.evaluate(scenario.facts, events: scenario.events)
            } catch let error as ScenarioError {
                throw UsageError(error.description)
            } catch {
                throw UsageError("\(name): \(error)")
            }
            if index > 0 { output.line() }
            output.line("== \(index + 1). \(scenario.title)")
            for decision in evaluation.decisions {
                output.line("- " + decision.explanation.text(in: language))
                for deadline in decision.deadlines {
                    let name = language == .nl ? deadline.kind.nl : deadline.kind.en
                    output.line("  \(language == .nl ? "termijn" : "deadline") (\(name)): \(deadline.moment)")
                }
            }
        }
        return 0
    }
}
