import ChildcareRules

/// `childcare-rules extra-care --care-start … --requested … --weekdays … --start … [--minutes 60]
/// [--extra-minutes 60] [--with-hours yes|no] [--hours-available 0] [--channel app|staff] [--closed …]
/// [--closure-day …] [--holidays …] [--format json]`: whether a request for extra care is taken up, paid with
/// hours or invoiced (extra opvang lid 1–4), on the care calendar (art. 4 lid 2 and 3; art. 6 lid 1).
enum ExtraCareCommand: Command {
    static let name = "extra-care"
    static let summary =
        "Whether a request for extra care is taken up, paid with hours or invoiced, on the care calendar."
    static let options = Set<String>([
        "care-start", "requested", "weekdays", "start", "minutes", "extra-minutes", "with-hours",
        "hours-available", "channel", "hourly-rate-cents", "format", "lang",
    ]).union(CalendarOptions.names)
    static let help = """
        USAGE: childcare-rules extra-care --care-start YYYY-MM-DDTHH:MM --requested YYYY-MM-DDTHH:MM
                 --weekdays mon,tue,thu --start 12:00 [--minutes 60] [--extra-minutes 60]
                 [--with-hours yes|no] [--hours-available 0] [--channel app|staff] [--hourly-rate-cents 850]
                 [--closed YYYY-MM-DD,...] [--closure-day YYYY-MM-DD[@YYYY-MM-DD],...]
                 [--holidays YYYY-MM-DD/YYYY-MM-DD,...] [--format text|json] [--lang nl|en]

        Both times are Amsterdam local time. The contract has care at --start for --minutes (default 60)
        on each of --weekdays; the request is for --extra-minutes (default 60) from --care-start. Extra
        care on a day without TSO (a weekend, a TSO holiday, a school holiday or a closure day) is refused,
        not invoiced (art. 4 lid 2 and 3); extra care overlapping the contracted slot is refused as already
        scheduled (art. 6 lid 1). Same-day requests must come before 11:00 (extra opvang lid 1). With
        --with-hours yes (the default) up to --hours-available minutes are paid with swap hours; the rest
        is invoiced at --hourly-rate-cents (default 850) an hour (lid 4).

        JSON: {"accepted":true,"refusal":null,"hoursMinutes":60,"invoicedMinutes":0,"invoiceCents":0}
        where refusal names the reason, such as "dayWithoutCare.tsoHoliday" or "alreadyScheduled".
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let careText = try required(arguments, "care-start")
        let requestedText = try required(arguments, "requested")
        let weekdays = try DaysCommand.weekdayList(try required(arguments, "weekdays"))
        let startText = try required(arguments, "start")
        let start = try parse("--start") { () throws(CalendarError) in try LocalTime(startText) }
        let minutes = try arguments.integer("minutes", in: 1...1440, default: 60) ?? 60
        let extra = try arguments.integer("extra-minutes", in: 1...1440, default: 60) ?? 60
        let withHours = try arguments.yesNo("with-hours", default: true)
        let available = try arguments.integer("hours-available", in: 0...1_000_000, default: 0) ?? 0
        let rate = try arguments.integer("hourly-rate-cents", in: 0...1_000_000, default: 850) ?? 850
        let channel: Channel =
            try arguments.choice("channel", ["app", "staff"], default: "app") == "app" ? .app : .staff
        let format = try arguments.format()
        let language = try arguments.language()
        let careStart = try parse("--care-start") { () throws(CalendarError) in try LocalDateTime(careText) }
        let requested = try parse("--requested") { () throws(CalendarError) in
            try LocalDateTime(requestedText)
        }
        let school = try CalendarOptions.school(arguments)
        let decision = try decide { () throws(RulesError) in
            let contract = try CalendarOptions.contract(
                weekdays: weekdays, start: start, minutes: minutes, from: min(careStart.date, requested.date),
                hourlyRate: Money(cents: rate))
            return try ExtraCareRequestRule.decide(
                contract: contract, school: school, careStart: careStart, minutes: extra,
                requested: requested,
                channel: channel, withHours: withHours, availableMinutes: available)
        }
        let outcome = decision.outcome
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("accepted", .bool(outcome.isAccepted)),
                    ("refusal", outcome.refusal.map { .string(refusalName($0)) } ?? .null),
                    ("hoursMinutes", .int(outcome.hoursMinutes)),
                    ("invoicedMinutes", .int(outcome.charge.minutes)),
                    ("invoiceCents", .int(outcome.charge.amount.cents)),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }

    /// The refusal's name, as scenario files name it.
    static func refusalName(_ refusal: ExtraCareRefusal) -> String {
        switch refusal {
        case .sameDayAfterCutoff: "sameDayAfterCutoff"
        case .careAlreadyStarted: "careAlreadyStarted"
        case .outsideContract: "outsideContract"
        case .notThroughApp(let channel): "notThroughApp.\(channel.rawValue)"
        case .appVersionCannotRequest: "appVersionCannotRequest"
        case .dayWithoutCare(let reason): "dayWithoutCare.\(reason.rawValue)"
        case .alreadyScheduled: "alreadyScheduled"
        }
    }
}
