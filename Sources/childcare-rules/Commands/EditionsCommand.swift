import ChildcareRules

/// `childcare-rules editions` and `childcare-rules editions diff A B`: the editions of the terms the
/// library knows, and what changed between two of them (issue 15).
enum EditionsCommand: Command {
    static let name = "editions"
    static let summary = "The editions of the terms, and what changed between two (editions diff A B)."
    static let options: Set<String> = []
    static let help = """
        USAGE: childcare-rules editions
               childcare-rules editions diff EDITION EDITION

        Without arguments, lists every edition the library knows: its name, document, effective date,
        number of clauses and number of parameters. With diff, prints (Markdown) the parameters whose
        values differ and, clause by clause, the texts added, removed or changed from the first edition
        to the second. An edition is named by its document and effective date, such as
        tso-terms@2024-08-01.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        if arguments.positionals.isEmpty {
            output.line("| edition | document | effective | clauses | parameters |")
            output.line("|---|---|---|---|---|")
            for edition in TermsEdition.all {
                let clauses = ClauseRegistry.index.clauses(in: edition).count
                let parameters = TSOParameters.all.first { $0.edition == edition }?.table.count ?? 0
                output.line(
                    "| \(edition.id) | \(edition.document.title(in: .en)) | "
                        + "\(edition.effectiveDate?.description ?? "undated") | \(clauses) | \(parameters) |")
            }
            return 0
        }
        let values = try arguments.positionals(["diff", "EDITION", "EDITION"])
        guard values[0] == "diff" else {
            throw UsageError("'\(values[0])' is not a subcommand of editions: expected diff")
        }
        let diff = try decide { () throws(RulesError) in
            try EditionDiff(
                from: TermsEdition.named(values[1]), to: TermsEdition.named(values[2]))
        }
        output.line(diff.markdown(), terminated: false)
        return 0
    }
}
