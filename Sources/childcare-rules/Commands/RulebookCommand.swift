import ChildcareRules

/// `childcare-rules rulebook [--svg-dir DIR]`: prints the generated rulebook (Markdown) for
/// `Docs/Rulebook.md`; with `--svg-dir` it also writes the rule timelines (SVG, nl and en) into DIR.
enum RulebookCommand: Command {
    static let name = "rulebook"
    static let summary = "Prints the rulebook for legal staff (Markdown), with worked examples and timelines."
    static let options: Set<String> = ["svg-dir"]
    static let help = """
        USAGE: childcare-rules rulebook [--svg-dir Docs/Rulebook] > Docs/Rulebook.md

        Prints every rule with its quoted Dutch clause, an English summary, the reading chosen and
        worked examples the library computes now. CI fails when Docs/Rulebook.md differs from this output.
        With --svg-dir DIR it also writes one timeline per deadline rule into DIR (created when missing),
        as NAME.nl.svg and NAME.en.svg; the Markdown embeds them from Rulebook/. CI fails when
        Docs/Rulebook/ differs from freshly written pictures.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        if let directory = arguments.value("svg-dir") {
            guard !directory.isEmpty, ToolProcess.makeDirectory(directory) else {
                throw UsageError("cannot create the directory '\(directory)' for --svg-dir")
            }
            let timelines = try decide { () throws(RulesError) in try RulebookPictures.all() }
            for timeline in timelines {
                for (file, language) in zip(RulebookPictures.fileNames(of: timeline), [Language.nl, .en]) {
                    let svg = try decide { () throws(RulesError) in try timeline.svg(in: language) }
                    guard ToolProcess.writeFile(directory + "/" + file, svg) else {
                        throw UsageError("cannot write '\(directory)/\(file)'")
                    }
                }
            }
        }
        output.line(try decide { () throws(RulesError) in try Rulebook.markdown() }, terminated: false)
        return 0
    }
}
