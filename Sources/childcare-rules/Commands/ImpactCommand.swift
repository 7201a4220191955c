import ChildcareRules
import ChildcareScenarios

/// `childcare-rules impact --reading I-003=up PATH...`: which scenarios another reading of the terms
/// changes, and by how much (issue 15).
enum ImpactCommand: Command {
    static let name = "impact"
    static let summary = "Lists the scenarios another reading of the terms changes (--reading I-003=up)."
    static let options: Set<String> = ["reading"]
    static let help = """
        USAGE: childcare-rules impact --reading I-003=up[,I-xxx=alternative...] PATH...

        Runs every scenario (a file, or a folder searched for .json files) under the library's readings and
        under the ones given, and lists each scenario whose decisions, swap-hour balances or billed
        instalments differ: the decisions that differ (outcome, minutes, deadlines under each reading), the
        change in minutes available at the end and in cents billed. Ends with 'N of M scenarios change'.
        The readings are those of Reading.all (see Docs/Interpretations.md).
        Exit code: 0, or 2 for bad arguments or a bad scenario file.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        guard arguments.value("reading") != nil else {
            throw UsageError("missing --reading: give the reading to compare, such as I-003=up")
        }
        let readings = try arguments.readings()
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing PATH: give scenario files or folders")
        }
        let files: [String]
        do {
            files = try ScenarioFiles.expand(arguments.positionals)
        } catch {
            throw UsageError(error.description)
        }
        var changed = 0
        var badInput = false
        for file in files {
            do {
                let scenario = try ScenarioFiles.scenario(at: file)
                let impact = try decide { () throws(RulesError) in
                    try ScenarioImpact(scenario, readings: readings)
                }
                guard !impact.isEmpty else { continue }
                changed += 1
                output.line(
                    "CHANGED  \(file) — \(scenario.title): \(impact.differences.count) decisions, "
                        + "\(signed(impact.minutesAvailable)) minutes available, \(signed(impact.cents)) cents billed"
                )
                for difference in impact.differences {
                    output.line(
                        "         \(difference.event) (\(difference.rule)): \(difference.chosen) → "
                            + difference.alternative)
                }
            } catch {
                badInput = true
                output.line("BAD      \(error)")
            }
        }
        output.line("\(changed) of \(files.count) scenarios change")
        return badInput ? 2 : 0
    }

    private static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}
