import ChildcareRules

/// `childcare-rules interpretations`: prints the interpretation register (Markdown) for
/// `Docs/Interpretations.md`.
enum InterpretationsCommand: Command {
    static let name = "interpretations"
    static let summary = "Prints the interpretation register: each reading chosen, and why (Markdown)."
    static let options: Set<String> = []
    static let help = """
        USAGE: childcare-rules interpretations > Docs/Interpretations.md

        Prints every clause that can be read more than one way, section by section: the quoted text, the
        readings considered, the reading chosen and why, the reading a rule can be switched on (see check
        --reading), and the tests that pin it down. CI fails when Docs/Interpretations.md differs from this
        output.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        output.line(InterpretationRegister.markdown(), terminated: false)
        return 0
    }
}
