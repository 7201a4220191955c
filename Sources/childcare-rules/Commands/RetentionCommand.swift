import ChildcareRules

/// `childcare-rules retention CONTRACT_END [--format json] [--lang nl|en]`: the data retention schedule.
enum RetentionCommand: Command {
    static let name = "retention"
    static let summary =
        "When app access ends and a child's data is archived and destroyed (App privacy statement)."
    static let options: Set<String> = ["format", "lang"]
    static let help = """
        USAGE: childcare-rules retention CONTRACT_END [--format text|json] [--lang nl|en]

        CONTRACT_END (YYYY-MM-DD) is the first day without a contract (day 0).
        App access ends after day 41 (App terms art. 10); the data stays visible until day 55, is archived
        from day 56 and destroyed one year after the end (App privacy statement, "Bewaren van persoonsgegevens").

        JSON: {"contractEnd":"2026-01-01","appAccessUntil":"2026-02-11","visibleUntil":"2026-02-25",
               "archivedFrom":"2026-02-26","destroyedOn":"2027-01-01"}
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let text = try arguments.positionals(["CONTRACT_END"])[0]
        let format = try arguments.format()
        let language = try arguments.language()
        let end = try parse("CONTRACT_END") { () throws(CalendarError) in try LocalDate(text) }
        let decision = try decide { () throws(RulesError) in try Retention.schedule(contractEnd: end) }
        let schedule = decision.outcome
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("contractEnd", .string(schedule.contractEnd.description)),
                    ("appAccessUntil", .string(schedule.appAccessUntil.description)),
                    ("visibleUntil", .string(schedule.visibleUntil.description)),
                    ("archivedFrom", .string(schedule.archivedFrom.description)),
                    ("destroyedOn", .string(schedule.destroyedOn.description)),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}
