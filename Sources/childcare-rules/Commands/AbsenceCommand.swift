import ChildcareRules

/// `childcare-rules absence (--care-start … | --date … --weekdays … --start …) --reported … [--channel app|staff]
/// [--minutes 60] [--closed …] [--closure-day …] [--holidays …] [--format json]`: whether reporting an
/// absence earns swap hours (TSO terms art. 5 lid 1), on the care calendar (art. 4).
enum AbsenceCommand: Command {
    static let name = "absence"
    static let summary =
        "Whether an absence report earns swap hours (art. 5 lid 1), on the care calendar (art. 4)."
    static let options = Set<String>([
        "care-start", "date", "weekdays", "start", "reported", "channel", "minutes", "format", "lang",
    ]).union(CalendarOptions.names)
    static let help = """
        USAGE: childcare-rules absence --care-start YYYY-MM-DDTHH:MM --reported YYYY-MM-DDTHH:MM
                 [--weekdays mon,tue,thu] [--channel app|staff] [--minutes 60]
                 [--closed YYYY-MM-DD,...] [--closure-day YYYY-MM-DD[@YYYY-MM-DD],...]
                 [--holidays YYYY-MM-DD/YYYY-MM-DD,...] [--format text|json] [--lang nl|en]
           or: childcare-rules absence --date YYYY-MM-DD --weekdays mon,tue,thu --start 12:00
                 --reported YYYY-MM-DDTHH:MM [options as above]

        Both times are Amsterdam local time. The schedule is care at --start (or the time of
        --care-start) for --minutes (default 60) on each of --weekdays (default: the weekday of
        --care-start). --channel is who entered the absence: the parent in the app (default) or a
        staff member. The care calendar is always applied: a weekend, a TSO holiday (art. 4 lid 3, built
        in), a school closure day or school holiday (art. 4 lid 2) or a weekday outside the schedule
        earns 0 minutes, with the reason (art. 4 lid 4). A closure day the school announced after
        1 August of its school year (--closure-day DATE@ANNOUNCED) earns its minutes whatever the timing.
        Otherwise a report earns the day's minutes only when the parent makes it in the app strictly
        before the 96-hour deadline (TSO terms, art. 5 lid 1).

        JSON: {"earnsHours":true,"minutes":60,"deadline":"2026-03-26T12:00:00+01:00","reason":"earned"}
        where minutes is the minutes earned (0 when none) and deadline is null on a day without care.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let reportedText = try required(arguments, "reported")
        let channel: Channel =
            try arguments.choice("channel", ["app", "staff"], default: "app") == "app" ? .app : .staff
        let minutes = try arguments.integer("minutes", in: 1...1440, default: 60) ?? 60
        let format = try arguments.format()
        let language = try arguments.language()
        let date: LocalDate
        let start: LocalTime
        if let careText = arguments.value("care-start") {
            guard arguments.value("date") == nil, arguments.value("start") == nil else {
                throw UsageError("give either --care-start, or --date with --start, not both")
            }
            let careStart = try parse("--care-start") { () throws(CalendarError) in
                try LocalDateTime(careText)
            }
            date = careStart.date
            start = careStart.time
        } else {
            guard let dateText = arguments.value("date") else {
                throw UsageError("missing --care-start or --date")
            }
            date = try parse("--date") { () throws(CalendarError) in try LocalDate(dateText) }
            let startText = try required(arguments, "start")
            start = try parse("--start") { () throws(CalendarError) in try LocalTime(startText) }
            guard arguments.value("weekdays") != nil else { throw UsageError("missing --weekdays") }
        }
        let weekdays =
            try arguments.value("weekdays").map { text throws(UsageError) in
                try DaysCommand.weekdayList(text)
            } ?? [date.weekday]
        let school = try CalendarOptions.school(arguments)
        let reported = try parse("--reported") { () throws(CalendarError) in try LocalDateTime(reportedText) }
        let decision = try decide { () throws(RulesError) in
            let contract = try CalendarOptions.contract(
                weekdays: weekdays, start: start, minutes: minutes, from: min(date, reported.date))
            return try AbsenceRule.decide(
                date: date, contract: contract, school: school, reported: reported, channel: channel)
        }
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("earnsHours", .bool(decision.outcome.earnsHours)),
                    ("minutes", .int(decision.outcome.earnedMinutes)),
                    ("deadline", decision.outcome.deadline.map { .string($0.description) } ?? .null),
                    ("reason", .string(reasonName(decision.outcome.reason))),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }

    /// The reason's name, as scenario files name it: "earned", "notACareDay.weekend", ….
    static func reasonName(_ reason: AbsenceReason) -> String {
        switch reason {
        case .earned: "earned"
        case .tooLate: "tooLate"
        case .enteredByStaff: "enteredByStaff"
        case .notInApp(let channel): "notInApp.\(channel.rawValue)"
        case .appVersionCannotRequest: "appVersionCannotRequest"
        case .notACareDay(let reason): "notACareDay.\(reason.rawValue)"
        case .closureDayAnnouncedLate: "closureDayAnnouncedLate"
        }
    }
}

/// The value of a required option `--name`.
func required(_ arguments: Arguments, _ name: String) throws(UsageError) -> String {
    guard let value = arguments.value(name) else { throw UsageError("missing --\(name)") }
    return value
}
