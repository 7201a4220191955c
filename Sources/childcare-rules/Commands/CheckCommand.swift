import ChildcareRules
import ChildcareScenarios

/// `childcare-rules check PATH...`: runs scenario files and compares their decisions with the expected ones.
enum CheckCommand: Command {
    static let name = "check"
    static let summary = "Runs scenario files (or folders of them) and checks the expected decisions."
    static let options: Set<String> = ["reading"]
    static let help = """
        USAGE: childcare-rules check PATH... [--reading I-003=up[,I-xxx=alternative...]]

        PATH is a scenario file (JSON, see Docs/Scenarios.md) or a folder, searched for .json files.
        --reading runs them under another reading of the terms than the library's own (the ids and
        alternatives are those of Reading.all; see Docs/Interpretations.md); the expectations stay those
        of the files, so a scenario the reading changes fails.
        Prints one line per scenario and ends with 'N passed, M failed'.
        Exit code: 0 when all pass, 1 when a scenario fails, 2 when a file is bad input
        (malformed JSON, an unknown field, an impossible date, an unknown id); the other files are
        still checked.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing PATH: give scenario files or folders")
        }
        let readings = try arguments.readings()
        let terms = TermsCatalogue.library.reading(under: readings)
        if readings != .chosen {
            let chosen = readings.overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            output.line("Readings: \(chosen.joined(separator: ", ")) (the rest as the library chose)")
        }
        let files: [String]
        do {
            files = try ScenarioFiles.expand(arguments.positionals)
        } catch {
            throw UsageError(error.description)
        }
        var passed = 0
        var failed = 0
        var badInput = false
        for file in files {
            let scenario: Scenario
            do {
                scenario = try ScenarioFiles.scenario(at: file)
            } catch {
                failed += 1
                badInput = true
                output.line("BAD   \(error)")
                continue
            }
            let result = ScenarioCheck.run(scenario, terms: terms)
            if result.passed {
                passed += 1
                output.line("PASS  \(file) — \(scenario.title)")
            } else {
                failed += 1
                output.line("FAIL  \(file) — \(scenario.title)")
                for failure in result.failures { output.line("      \(failure)") }
            }
        }
        output.line("\(passed) passed, \(failed) failed")
        return badInput ? 2 : failed > 0 ? 1 : 0
    }
}
