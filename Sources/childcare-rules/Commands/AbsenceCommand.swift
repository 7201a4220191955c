import ChildcareRules

/// `childcare-rules absence --care-start … --reported … [--channel app|staff] [--minutes 60] [--format json]`:
/// whether reporting an absence earns swap hours (TSO terms art. 5 lid 1).
enum AbsenceCommand: Command {
    static let name = "absence"
    static let summary = "Whether an absence report earns swap hours (art. 5 lid 1)."
    static let options: Set<String> = ["care-start", "reported", "channel", "minutes", "format", "lang"]
    static let help = """
        USAGE: childcare-rules absence --care-start YYYY-MM-DDTHH:MM --reported YYYY-MM-DDTHH:MM
                 [--channel app|staff] [--minutes 60] [--format text|json] [--lang nl|en]

        Both times are Amsterdam local time. --channel is who entered the absence: the parent in the
        app (default) or a staff member. --minutes is the care of that day (default 60).
        A report earns the day's minutes only when the parent makes it in the app strictly before the
        96-hour deadline (TSO terms, art. 5 lid 1).

        JSON: {"earnsHours":true,"minutes":60,"deadline":"2026-03-26T12:00:00+01:00"}
        where minutes is the minutes earned (0 when none).
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let careText = try required(arguments, "care-start")
        let reportedText = try required(arguments, "reported")
        let channel: Channel =
            try arguments.choice("channel", ["app", "staff"], default: "app") == "app" ? .app : .staff
        let minutes = try arguments.integer("minutes", in: 1...1440, default: 60) ?? 60
        let format = try arguments.format()
        let language = try arguments.language()
        let careStart = try parse("--care-start") { () throws(CalendarError) in try LocalDateTime(careText) }
        let reported = try parse("--reported") { () throws(CalendarError) in try LocalDateTime(reportedText) }
        let decision = try decide { () throws(RulesError) in
            try AbsenceRule.decide(
                careStart: careStart, minutes: minutes, reported: reported, channel: channel)
        }
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("earnsHours", .bool(decision.outcome.earnsHours)),
                    ("minutes", .int(decision.outcome.earnedMinutes)),
                    ("deadline", decision.outcome.deadline.map { .string($0.description) } ?? .null),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}

/// The value of a required option `--name`.
func required(_ arguments: Arguments, _ name: String) throws(UsageError) -> String {
    guard let value = arguments.value(name) else { throw UsageError("missing --\(name)") }
    return value
}
