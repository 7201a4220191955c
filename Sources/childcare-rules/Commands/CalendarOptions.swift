import ChildcareRules

/// The care-calendar options shared by `absence` and `days`: the school's closure days (`--closed` for
/// days announced at the start of the school year, `--closure-day DATE[@ANNOUNCED],...` with an
/// announcement date) and school holidays (`--holidays FIRST/LAST,...`). The TSO holidays of art. 4 lid 3
/// and weekends are built in.
enum CalendarOptions {
    /// The option names.
    static let names: Set<String> = ["closed", "closure-day", "holidays"]

    /// The help lines for the options.
    static let help = """
        --closed YYYY-MM-DD,...      school closure days announced at the start of the school year
        --closure-day YYYY-MM-DD[@YYYY-MM-DD],...
                                     closure days, each with the date the school announced it; one
                                     announced after 1 August of its school year earns its hours (art. 4 lid 4)
        --holidays YYYY-MM-DD/YYYY-MM-DD,...   school holidays
        """

    /// The school calendar the options give.
    static func school(_ arguments: Arguments) throws(UsageError) -> SchoolCalendar {
        var closures = try DaysCommand.list(arguments.value("closed")).map { text throws(UsageError) in
            ClosureDay(date: try parse("--closed") { () throws(CalendarError) in try LocalDate(text) })
        }
        for text in DaysCommand.list(arguments.value("closure-day")) {
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count <= 2 else {
                throw UsageError(
                    "'\(text)' is not a valid --closure-day entry: expected YYYY-MM-DD or YYYY-MM-DD@YYYY-MM-DD"
                )
            }
            let date = try parse("--closure-day") { () throws(CalendarError) in try LocalDate(parts[0]) }
            let announced =
                parts.count == 2
                ? try parse("--closure-day") { () throws(CalendarError) in try LocalDate(parts[1]) } : nil
            closures.append(ClosureDay(date: date, announced: announced))
        }
        let holidays = try DaysCommand.list(arguments.value("holidays")).map { text throws(UsageError) in
            try DaysCommand.range(text)
        }
        return SchoolCalendar(schoolHolidays: holidays, closures: closures)
    }

    /// A TSO contract from `first` with `minutes` of care at `start` on each of `weekdays`.
    static func contract(
        weekdays: [Weekday], start: LocalTime, minutes: Int, from first: LocalDate, hourlyRate: Money = .zero
    ) throws(RulesError) -> Contract {
        let schedule = try WeeklySchedule(
            entries: weekdays.map { .init(weekday: $0, session: CareSession(start: start, minutes: minutes)) }
        )
        return try Contract(
            id: "cli", contractParent: "cli", child: "cli", service: .tso, location: "cli",
            signingDate: first,
            startDate: first, schedule: schedule, annualAmount: .zero, hourlyRate: hourlyRate,
            hasDirectDebitMandate: true)
    }
}
