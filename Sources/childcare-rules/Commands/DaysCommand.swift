import ChildcareRules

/// `childcare-rules days --weekdays mon,tue,thu --start 12:00 --minutes 60 --from DATE --to DATE
/// [--closed DATE,...] [--closure-day DATE[@ANNOUNCED],...] [--holidays FIRST/LAST,...] [--format json]
/// [--lang nl|en]`: the care calendar
/// (art. 4 lid 2 to 4) with each care day's 96-hour deadline (art. 5 lid 1).
enum DaysCommand: Command {
    static let name = "days"
    static let summary =
        "The care days of a period with their 96-hour deadlines, and the days without TSO (art. 4)."
    static let options = Set<String>([
        "weekdays", "start", "minutes", "from", "to", "format", "lang",
    ]).union(CalendarOptions.names)
    static let help = """
        USAGE: childcare-rules days --weekdays mon,tue,thu --start 12:00 --minutes 60
                                    --from YYYY-MM-DD --to YYYY-MM-DD
                                    [--closed YYYY-MM-DD,...] [--holidays YYYY-MM-DD/YYYY-MM-DD,...]
                                    [--closure-day YYYY-MM-DD[@YYYY-MM-DD],...]
                                    [--format text|json] [--lang nl|en]

        Lists each care day from --from through --to with the start of care and the 96-hour deadline
        to report an absence for swap hours (TSO terms, art. 5 lid 1), and each scheduled day without
        TSO with the reason: a TSO holiday (art. 4 lid 3), a school closure day announced at the start
        of the school year (--closed, art. 4 lid 2) or a school holiday (--holidays, art. 4 lid 2).
        Those days earn no swap hours and no refund (art. 4 lid 4). A closure day given with
        --closure-day DATE@ANNOUNCED and announced after 1 August of its school year is listed as
        closureDayAnnouncedLate: no TSO, but its minutes become swap hours. Weekends and weekdays
        outside --weekdays are not listed.

        JSON: [{"date":"2026-08-31","care":true,"start":"2026-08-31T12:00:00+02:00","minutes":60,
                "deadline":"2026-08-27T12:00:00+02:00"},
               {"date":"2026-10-12","care":false,"reason":"schoolClosureDay","holidays":[]}, ...]
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let format = try arguments.format()
        let language = try arguments.language()
        let weekdays = try weekdayList(try required(arguments, "weekdays"))
        let startText = try required(arguments, "start")
        let start = try parse("--start") { () throws(CalendarError) in try LocalTime(startText) }
        guard let minutes = try arguments.integer("minutes", in: 1...1440, default: nil) else {
            throw UsageError("missing --minutes")
        }
        let fromText = try required(arguments, "from")
        let toText = try required(arguments, "to")
        let from = try parse("--from") { () throws(CalendarError) in try LocalDate(fromText) }
        let to = try parse("--to") { () throws(CalendarError) in try LocalDate(toText) }
        let school = try CalendarOptions.school(arguments)
        let decision = try decide { () throws(RulesError) in
            let contract = try CalendarOptions.contract(
                weekdays: weekdays, start: start, minutes: minutes, from: from)
            return try CareCalendar.decide(from: from, through: to, contract: contract, school: school)
        }
        switch format {
        case .json:
            output.line(JSON.array(decision.outcome.days.map(json)).rendered)
        case .text:
            for day in decision.outcome.days { output.line(text(day, language)) }
            output.line()
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }

    static func required(_ arguments: Arguments, _ name: String) throws(UsageError) -> String {
        guard let value = arguments.value(name) else { throw UsageError("missing --\(name)") }
        return value
    }

    static func list(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: ",").map(String.init)
    }

    static func weekdayList(_ text: String) throws(UsageError) -> [Weekday] {
        var result: [Weekday] = []
        for key in list(text) {
            guard let weekday = Weekday(shortKey: key) else {
                throw UsageError(
                    "'\(key)' is not a valid --weekdays entry: expected mon, tue, wed, thu, fri, sat or sun")
            }
            guard !result.contains(weekday) else { throw UsageError("'\(key)' appears twice in --weekdays") }
            result.append(weekday)
        }
        guard !result.isEmpty else { throw UsageError("--weekdays is empty") }
        return result
    }

    static func range(_ text: String) throws(UsageError) -> DateRange {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw UsageError("'\(text)' is not a valid --holidays entry: expected YYYY-MM-DD/YYYY-MM-DD")
        }
        return try parse("--holidays") { () throws(CalendarError) in
            try DateRange(first: LocalDate(parts[0]), last: LocalDate(parts[1]))
        }
    }

    static func text(_ day: CareDayStatus, _ language: Language) -> String {
        let weekday = day.date.weekday.name(in: language)
        switch day {
        case .care(let care):
            let deadline = care.deadline.description
            return language == .nl
                ? "\(care.date)  \(weekday)  opvang om \(care.start.local.time.hourMinute), \(care.minutes) min; "
                    + "afmelden voor ruil- en inhaaluren vóór \(deadline)"
                : "\(care.date)  \(weekday)  care at \(care.start.local.time.hourMinute), \(care.minutes) min; "
                    + "report an absence for swap hours before \(deadline)"
        case .noCare(let skipped):
            var reason = skipped.reason.name(in: language)
            if !skipped.holidays.isEmpty {
                reason += " (" + skipped.holidays.map { $0.name(in: language) }.joined(separator: ", ") + ")"
            }
            return "\(skipped.date)  \(weekday)  " + (language == .nl ? "geen tso: " : "no TSO: ") + reason
        }
    }

    static func json(_ day: CareDayStatus) -> JSON {
        switch day {
        case .care(let care):
            .object([
                ("date", .string(care.date.description)),
                ("care", .bool(true)),
                ("start", .string(care.start.description)),
                ("minutes", .int(care.minutes)),
                ("deadline", .string(care.deadline.description)),
            ])
        case .noCare(let skipped):
            .object([
                ("date", .string(skipped.date.description)),
                ("care", .bool(false)),
                ("reason", .string(skipped.reason.rawValue)),
                ("holidays", .array(skipped.holidays.map { .string($0.key.rawValue) })),
            ])
        }
    }
}
