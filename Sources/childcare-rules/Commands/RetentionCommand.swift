import ChildcareRules

/// `childcare-rules retention CONTRACT_END [--format json] [--lang nl|en]`: the data retention schedule.
enum RetentionCommand: Command {
    static let name = "retention"
    static let summary =
        "When app access ends and a child's data is archived and destroyed (App privacy statement)."
    static let options: Set<String> = ["format", "lang", "other-contract-ends", "other-contract-running"]
    static let help = """
        USAGE: childcare-rules retention CONTRACT_END [--other-contract-ends DATE,DATE] [--other-contract-running yes|no]
               [--format text|json] [--lang nl|en]

        CONTRACT_END (YYYY-MM-DD) is the first day without a contract (day 0). The count runs from the day the
        parent is no longer a customer: with --other-contract-ends (the first days without the parent's other
        contracts) the latest of them all; with --other-contract-running yes the parent is still a customer and
        nothing runs yet (exit 0, "customer": true). Use of the app ends after day 41 (App terms art. 10); the
        data stays visible until day 55, is archived from day 56 and destroyed one year after the end (App
        privacy statement, "Bewaren van persoonsgegevens"). An end before 2024 follows the portal privacy
        statement (same periods, no app period).

        JSON: {"contractEnd":"2026-01-01","appAccessUntil":"2026-02-11","visibleUntil":"2026-02-25",
               "archivedFrom":"2026-02-26","destroyedOn":"2027-01-01"}
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let text = try arguments.positionals(["CONTRACT_END"])[0]
        let format = try arguments.format()
        let language = try arguments.language()
        var end = try parse("CONTRACT_END") { () throws(CalendarError) in try LocalDate(text) }
        if try arguments.yesNo("other-contract-running", default: false) {
            switch format {
            case .json: output.line(JSON.object([("customer", .bool(true))]).rendered)
            case .text:
                output.line(
                    language == .nl
                        ? "Je bent nog klant: een andere overeenkomst loopt door, dus de termijnen beginnen pas als "
                            + "geen enkele overeenkomst meer loopt (Gebruiksvoorwaarden Ouderapp art. 10)."
                        : "You are still a customer: another contract still runs, so the periods start only when no "
                            + "contract runs any more (App terms art. 10).")
            }
            return 0
        }
        for item in (arguments.value("other-contract-ends") ?? "").split(separator: ",") {
            let other = try parse("--other-contract-ends") { () throws(CalendarError) in
                try LocalDate(String(item))
            }
            if other > end { end = other }
        }
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
