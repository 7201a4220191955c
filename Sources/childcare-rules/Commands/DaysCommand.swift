import ChildcareRules

/// `childcare-rules days --weekdays mon,tue,thu --start 12:00 --minutes 60 --from DATE --to DATE
/// [--closed DATE,...] [--closure-day DATE[@ANNOUNCED],...] [--holidays FIRST/LAST,...] [--format json]
/// [--lang nl|en]`: the care calendar
/// (art. 4 lid 2 to 4) with each care day's 96-hour deadline (art. 5 lid 1). With `--format ics` it prints the
/// child's deadline calendar (``DeadlineCalendar``) as RFC 5545 iCalendar.
enum DaysCommand: Command {
    static let name = "days"
    static let summary =
        "The care days of a period with their 96-hour deadlines, and the days without TSO (art. 4)."
    static let options = Set<String>([
        "weekdays", "start", "minutes", "from", "to", "format", "lang", "child", "balance", "contract-end",
        "extra-open", "extra-confirmed", "stamp",
    ]).union(CalendarOptions.names)
    static let help = """
        USAGE: childcare-rules days --weekdays mon,tue,thu --start 12:00 --minutes 60
                                    --from YYYY-MM-DD --to YYYY-MM-DD
                                    [--closed YYYY-MM-DD,...] [--holidays YYYY-MM-DD/YYYY-MM-DD,...]
                                    [--closure-day YYYY-MM-DD[@YYYY-MM-DD],...]
                                    [--contract-end YYYY-MM-DD]
                                    [--format text|json|ics] [--lang nl|en]
               ics only:            [--child NAME] [--balance H:MM] [--extra-open YYYY-MM-DD,...]
                                    [--extra-confirmed YYYY-MM-DD@HH:MM+MINUTES[/invoice],...]
                                    [--stamp YYYY-MM-DDTHH:MM:SSZ]

        Lists each care day from --from through --to with the start of care and the 96-hour deadline
        to report an absence for swap hours (TSO terms, art. 5 lid 1), and each scheduled day without
        TSO with the reason: a TSO holiday (art. 4 lid 3), a school closure day announced at the start
        of the school year (--closed, art. 4 lid 2) or a school holiday (--holidays, art. 4 lid 2).
        Those days earn no swap hours and no refund (art. 4 lid 4). A closure day given with
        --closure-day DATE@ANNOUNCED and announced after 1 August of its school year is listed as
        closureDayAnnouncedLate: no TSO, but its minutes become swap hours. Weekends and weekdays
        outside --weekdays are not listed.

        --contract-end is the contract's last day of care (no care days after it).

        --format ics prints the child's deadline calendar (RFC 5545; import it into a calendar app): for
        each care day the absence deadline (art. 5 lid 1); for each --extra-open day, on which the parent
        means to ask for extra care on the day itself, the 11:00 cut-off (extra opvang lid 1); for each
        --extra-confirmed care (paid with hours, or /invoice) its cancellation deadline (lid 6); with
        --balance (hours:minutes of swap hours), a reminder on 1 December that they lapse on 31 December
        (art. 5 lid 5); with --contract-end, the last day of care and the last day to use hours. Each event
        has a stable UID (re-importing updates it), TZID=Europe/Amsterdam with a generated VTIMEZONE, an
        alarm a day before, and the clause. DTSTAMP is --stamp (UTC); without it, the start of --from
        (00:00 in Amsterdam), so the same input always gives the same file. --child names the child in the
        text and the UIDs (default: "kind" in Dutch, "child" in English).

        JSON: [{"date":"2026-08-31","care":true,"start":"2026-08-31T12:00:00+02:00","minutes":60,
                "deadline":"2026-08-27T12:00:00+02:00"},
               {"date":"2026-10-12","care":false,"reason":"schoolClosureDay","holidays":[]}, ...]
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let isICalendar = arguments.value("format") == "ics"
        let format = isICalendar ? .text : try arguments.format()
        for name in ["child", "balance", "extra-open", "extra-confirmed", "stamp"]
        where !isICalendar && arguments.value(name) != nil {
            throw UsageError("--\(name) applies only to --format ics")
        }
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
        let contractEnd = try arguments.value("contract-end").map { (text) throws(UsageError) in
            try parse("--contract-end") { () throws(CalendarError) in try LocalDate(text) }
        }
        let contract = try decide { () throws(RulesError) in
            try Self.contract(
                weekdays: weekdays, start: start, minutes: minutes, from: from, end: contractEnd)
        }
        if isICalendar {
            let ics = try iCalendar(
                arguments, contract: contract, school: school, from: from, to: to, language: language)
            // print() ends the last line with "\n": drop the final "\n" so that every line ends with CRLF.
            var text = ics
            text.unicodeScalars.removeLast()
            output.line(text)
            return 0
        }
        let decision = try decide { () throws(RulesError) in
            try CareCalendar.decide(from: from, through: to, contract: contract, school: school)
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

    /// A TSO contract from `first` with `minutes` of care at `start` on each of `weekdays`, ending on `end`.
    static func contract(
        weekdays: [Weekday], start: LocalTime, minutes: Int, from first: LocalDate, end: LocalDate?
    ) throws(RulesError) -> Contract {
        let schedule = try WeeklySchedule(
            entries: weekdays.map { .init(weekday: $0, session: CareSession(start: start, minutes: minutes)) }
        )
        return try Contract(
            id: "cli", contractParent: "cli", child: "cli", service: .tso, location: "cli",
            signingDate: first,
            startDate: first, endDate: end, schedule: schedule, annualAmount: .zero, hourlyRate: .zero,
            hasDirectDebitMandate: true)
    }

    /// The deadline calendar of `--format ics`.
    static func iCalendar(
        _ arguments: Arguments, contract: Contract, school: SchoolCalendar, from: LocalDate, to: LocalDate,
        language: Language
    ) throws(UsageError) -> String {
        let period = try parse("--from/--to") { () throws(CalendarError) in
            try DateRange(first: from, last: to)
        }
        var balance: Int?
        if let text = arguments.value("balance") {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), hours >= 0,
                hours <= 10_000, (0..<60).contains(minutes), parts[1].count == 2
            else {
                throw UsageError("'\(text)' is not a valid --balance: expected hours:minutes, such as 3:30")
            }
            balance = hours * 60 + minutes
        }
        let open = try list(arguments.value("extra-open")).map { (text) throws(UsageError) in
            try parse("--extra-open") { () throws(CalendarError) in try LocalDate(text) }
        }
        let confirmed = try list(arguments.value("extra-confirmed")).map { (text) throws(UsageError) in
            try confirmedExtraCare(text)
        }
        var stamp: Instant?
        if let text = arguments.value("stamp") {
            guard text.hasSuffix("Z") else {
                throw UsageError(
                    "'\(text)' is not a valid --stamp: expected UTC, such as 2026-12-03T08:00:00Z")
            }
            let local = try parse("--stamp") { () throws(CalendarError) in try LocalDateTime(text.dropLast())
            }
            stamp = Instant(utc: local)
        }
        let child = arguments.value("child") ?? (language == .nl ? "kind" : "child")
        let request = DeadlineCalendarRequest(
            child: child, contract: contract, school: school, period: period, balanceMinutes: balance,
            sameDayRequests: open, confirmedExtraCare: confirmed)
        return try decide { () throws(RulesError) in
            try DeadlineCalendar.iCalendar(for: request, language: language, stamp: stamp)
        }
    }

    /// "2026-03-31@14:00+120" or "2026-03-31@14:00+120/invoice".
    static func confirmedExtraCare(_ text: String) throws(UsageError) -> ConfirmedExtraCare {
        let usage = UsageError(
            "'\(text)' is not a valid --extra-confirmed entry: expected YYYY-MM-DD@HH:MM+MINUTES[/invoice]")
        var body = Substring(text)
        var paidWith = ExtraCarePayment.hours
        if body.hasSuffix("/invoice") {
            body = body.dropLast("/invoice".count)
            paidWith = .invoice
        }
        let parts = body.split(separator: "+", omittingEmptySubsequences: false)
        guard parts.count == 2, let minutes = Int(parts[1]), (1...1440).contains(minutes) else { throw usage }
        let when = parts[0].split(separator: "@", omittingEmptySubsequences: false)
        guard when.count == 2 else { throw usage }
        let start = try parse("--extra-confirmed") { () throws(CalendarError) in
            LocalDateTime(date: try LocalDate(when[0]), time: try LocalTime(when[1]))
        }
        return ConfirmedExtraCare(start: start, minutes: minutes, paidWith: paidWith)
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
