import ChildcareRules

/// The command-line tool: `childcare-rules COMMAND [ARGUMENTS] [--help]`.
///
/// Exit codes: 0 success, 1 a check failed, 2 bad arguments (one line on standard error naming the value).
@main
enum ChildcareRulesTool {
    static var commands: [any Command.Type] {
        [
            DemoCommand.self,
            HolidaysCommand.self,
            DeadlineCommand.self,
            NoticeCommand.self,
            DaysCommand.self,
            BillingCommand.self,
            AbsenceCommand.self,
            ExtraCareCommand.self,
            CancelExtraCommand.self,
            AccessCommand.self,
            RetentionCommand.self,
            DataRequestCommand.self,
            CheckCommand.self,
            ImpactCommand.self,
            ExplainCommand.self,
            RulebookCommand.self,
            TraceabilityCommand.self,
            InterpretationsCommand.self,
            EditionsCommand.self,
            AppCommand.self,
        ]
    }

    /// The names of the commands, in the order of ``commands``.
    static var commandNames: [String] {
        var names: [String] = []
        for command in commands { names.append(command.name) }
        return names
    }

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let (code, output, error) = run(arguments)
        for line in output { print(line) }
        if let error { ToolProcess.printError(error) }
        ToolProcess.exit(code)
    }

    /// Runs the tool on `arguments`; returns the exit code, the lines for standard output, and the
    /// line for standard error, if any.
    static func run(_ arguments: [String]) -> (Int32, [String], String?) {
        guard let first = arguments.first, first != "--help", first != "-h", first != "help" else {
            return (arguments.isEmpty ? 2 : 0, [overview], arguments.isEmpty ? "missing command" : nil)
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            return (2, [], "childcare-rules: unknown command '\(first)'; run 'childcare-rules --help'")
        }
        var output = Output()
        do {
            let parsed = try Arguments(Array(arguments.dropFirst()), options: command.options)
            if parsed.wantsHelp { return (0, [command.help], nil) }
            let code = try command.run(parsed, output: &output)
            return (code, output.lines, nil)
        } catch {
            return (2, output.lines, "childcare-rules \(command.name): \(error)")
        }
    }

    static var overview: String {
        var text = """
            childcare-rules: the TSO terms of Partou as executable, explained rules.

            USAGE: childcare-rules COMMAND [ARGUMENTS] [--help]

            COMMANDS:
            """
        // The summaries line up two spaces after the longest name.
        let width = (commandNames.map { $0.count }.max() ?? 0) + 2
        for command in commands {
            let padding = String(repeating: " ", count: max(1, width - command.name.count))
            text += "\n  \(command.name)\(padding)\(command.summary)"
        }
        text += "\n\nRun 'childcare-rules COMMAND --help' for a command's arguments."
        return text
    }
}
