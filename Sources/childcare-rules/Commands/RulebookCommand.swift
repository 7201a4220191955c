import ChildcareRules

/// `childcare-rules rulebook`: prints the generated rulebook (Markdown) for `Docs/Rulebook.md`.
enum RulebookCommand: Command {
    static let name = "rulebook"
    static let summary = "Prints the rulebook for legal staff (Markdown), with worked examples."
    static let options: Set<String> = []
    static let help = """
        USAGE: childcare-rules rulebook > Docs/Rulebook.md

        Prints every rule with its quoted Dutch clause, an English summary, the reading chosen and
        worked examples the library computes now. CI fails when Docs/Rulebook.md differs from this output.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        output.line(try decide { () throws(RulesError) in try Rulebook.markdown() }, terminated: false)
        return 0
    }
}
