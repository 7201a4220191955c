import ChildcareRules

/// `childcare-rules traceability`: prints the traceability table (Markdown) for `Docs/Traceability.md`.
enum TraceabilityCommand: Command {
    static let name = "traceability"
    static let summary = "Prints the clause-by-clause traceability table for legal staff (Markdown)."
    static let options: Set<String> = []
    static let help = """
        USAGE: childcare-rules traceability > Docs/Traceability.md

        Prints every clause of the terms and privacy statements, in document order, with the rules that
        implement it and the tests that pin them, or why no rule does. CI fails when Docs/Traceability.md
        differs from this output.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        output.line(Traceability.markdown(), terminated: false)
        return 0
    }
}
