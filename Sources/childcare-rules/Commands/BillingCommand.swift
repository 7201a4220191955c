import ChildcareRules

/// `childcare-rules billing --annual-cents N --school-year YYYY [--start DATE] [--end DATE] [--format json]`:
/// the monthly instalments of the annual amount (art. 6 lid 1).
enum BillingCommand: Command {
    static let name = "billing"
    static let summary = "The 10 monthly instalments of an annual amount, September to June (art. 6 lid 1)."
    static let options: Set<String> = ["annual-cents", "school-year", "start", "end", "format", "lang"]
    static let help = """
        USAGE: childcare-rules billing --annual-cents N --school-year YYYY
                                       [--start YYYY-MM-DD] [--end YYYY-MM-DD]
                                       [--format text|json] [--lang nl|en]

        Splits the annual amount (in cents) of the school year that starts on 1 August YYYY into 10
        monthly instalments, September to June; July and August are not billed (TSO terms, art. 6 lid 1).
        The instalments differ by at most one cent and add up to the annual amount; the extra cents fall
        in the last months. With --start or --end (the contract's first and last day), only the months
        on whose first day the contract is in force are billed (Docs/Interpretations.md, I-210).

        JSON: [{"month":"2025-09","amountCents":12345}, ...]
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        _ = try arguments.positionals([])
        let format = try arguments.format()
        let language = try arguments.language()
        guard let cents = try arguments.integer("annual-cents", in: 0...100_000_000_000, default: nil) else {
            throw UsageError("missing --annual-cents")
        }
        let years = SchoolYear.supportedStartYears
        guard let startYear = try arguments.integer("school-year", in: years, default: nil) else {
            throw UsageError("missing --school-year")
        }
        let schoolYear = try parse("--school-year") { () throws(CalendarError) in
            try SchoolYear(startYear: startYear)
        }
        let start = try arguments.value("start").map { text throws(UsageError) in
            try parse("--start") { () throws(CalendarError) in try LocalDate(text) }
        }
        let end = try arguments.value("end").map { text throws(UsageError) in
            try parse("--end") { () throws(CalendarError) in try LocalDate(text) }
        }
        let annual = Money(cents: cents)
        let decision = try decide { () throws(RulesError) in
            try BillingSchedule.decide(annual: annual, schoolYear: schoolYear)
        }
        var instalments = decision.outcome
        if start != nil || end != nil {
            let first = start ?? schoolYear.firstDay
            let last = end ?? schoolYear.lastDay
            guard first <= last else { throw UsageError("--end \(last) is before --start \(first)") }
            let coverage = try parse("--start/--end") { () throws(CalendarError) in
                try DateRange(first: first, last: last)
            }
            instalments = try decide { () throws(RulesError) in
                try BillingSchedule.instalments(annual: annual, schoolYear: schoolYear, covering: coverage)
            }
        }
        switch format {
        case .json:
            output.line(
                JSON.array(
                    instalments.map {
                        .object([
                            ("month", .string($0.month.description)), ("amountCents", .int($0.amount.cents)),
                        ])
                    }
                ).rendered)
        case .text:
            for instalment in instalments {
                output.line("\(instalment.month)  \(instalment.amount.formatted(in: language))")
            }
            output.line(
                (language == .nl ? "totaal   " : "total    ") + instalments.total.formatted(in: language))
            output.line()
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}
