import ChildcareRules

/// `childcare-rules deadline CARE_START [--format json] [--lang nl|en]`: the 96-hour deadline (art. 5 lid 1).
enum DeadlineCommand: Command {
    static let name = "deadline"
    static let summary = "The 96-hour deadline to report an absence for swap hours (art. 5 lid 1)."
    static let options: Set<String> = ["format", "lang"]
    static let help = """
        USAGE: childcare-rules deadline CARE_START [--format text|json] [--lang nl|en]

        CARE_START is the start of care in Amsterdam local time, YYYY-MM-DDTHH:MM.
        Prints the latest moment to report the child absent in the app and still earn swap hours
        (TSO terms, art. 5 lid 1). A report must be strictly before this moment.

        JSON: {"careStart":"2026-03-30T12:00:00+02:00","deadline":"2026-03-26T12:00:00+01:00"}
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let text = try arguments.positionals(["CARE_START"])[0]
        let format = try arguments.format()
        let language = try arguments.language()
        let careStart = try parse("CARE_START") { () throws(CalendarError) in try LocalDateTime(text) }
        let decision = try decide { () throws(RulesError) in try NinetySixHourRule.deadline(careStart: careStart) }
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("careStart", .string(decision.outcome.careStart.description)),
                    ("deadline", .string(decision.outcome.deadline.description)),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}
