import ChildcareRules

/// `childcare-rules cancel-extra --care-start … --cancelled … --paid-with hours|invoice [--channel app|email]
/// [--minutes 60] [--format json]`: whether cancelling confirmed extra care gives hours back (extra opvang lid 6).
enum CancelExtraCommand: Command {
    static let name = "cancel-extra"
    static let summary =
        "Whether cancelling confirmed extra care gives hours back (art. 5, extra opvang lid 6)."
    static let options: Set<String> = [
        "care-start", "cancelled", "paid-with", "channel", "minutes", "format", "lang",
    ]
    static let help = """
        USAGE: childcare-rules cancel-extra --care-start YYYY-MM-DDTHH:MM --cancelled YYYY-MM-DDTHH:MM
                 --paid-with hours|invoice [--channel app|email] [--minutes 60] [--format text|json] [--lang nl|en]

        Both times are Amsterdam local time. --channel is how the cancellation was sent (default app).
        Paid with hours (lid 6 sub a): the hours come back when cancelled at or before the 96-hour
        deadline (inclusive). Invoiced (lid 6 sub b): makeup hours equal to the booked minutes, only when
        cancelled by e-mail on or before the date 7 days before the care day (deadline: that date at
        23:59:59); the invoice stands.

        JSON: {"hoursBack":true,"minutes":60,"deadline":"2026-10-29T12:00:00+01:00"}
        where minutes is the minutes that come back (0 when none).
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let careText = try required(arguments, "care-start")
        let cancelledText = try required(arguments, "cancelled")
        guard arguments.value("paid-with") != nil else { throw UsageError("missing --paid-with") }
        let paidWith: ExtraCarePayment =
            try arguments.choice("paid-with", ["hours", "invoice"], default: "hours") == "hours"
            ? .hours : .invoice
        let channel: Channel =
            try arguments.choice("channel", ["app", "email"], default: "app") == "app" ? .app : .email
        let minutes = try arguments.integer("minutes", in: 1...1440, default: 60) ?? 60
        let format = try arguments.format()
        let language = try arguments.language()
        let careStart = try parse("--care-start") { () throws(CalendarError) in try LocalDateTime(careText) }
        let cancelled = try parse("--cancelled") { () throws(CalendarError) in
            try LocalDateTime(cancelledText)
        }
        let decision = try decide { () throws(RulesError) in
            try ExtraCareCancellationRule.decide(
                careStart: careStart, cancelled: cancelled, paidWith: paidWith, channel: channel,
                minutes: minutes)
        }
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("hoursBack", .bool(decision.outcome.hoursBack)),
                    ("minutes", .int(decision.outcome.minutes)),
                    ("deadline", .string(decision.outcome.deadline.description)),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}
