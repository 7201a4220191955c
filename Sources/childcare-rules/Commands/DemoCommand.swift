import ChildcareRules

/// `childcare-rules demo [--lang nl|en]`: a handful of explained decisions, in Dutch by default.
enum DemoCommand: Command {
    static let name = "demo"
    static let summary = "Prints a handful of explained decisions (in Dutch by default)."
    static let options: Set<String> = ["lang"]
    static let help = """
        USAGE: childcare-rules demo [--lang nl|en]

        Prints a handful of decisions the library makes, each with its deadline, the article it applies
        and the explanation a parent would read. Needs no arguments, files or network.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let language = try arguments.language()
        let sections = try decide { () throws(RulesError) in try demoSections(language) }
        for (index, section) in sections.enumerated() {
            if index > 0 { output.line() }
            output.line("== \(section.title)")
            output.line(section.body)
        }
        return 0
    }

    static func demoSections(_ language: Language) throws(RulesError) -> [(title: String, body: String)] {
        let nl = language == .nl
        var sections: [(title: String, body: String)] = []
        let late = try NinetySixHourRule.absence(
            careStart: try RulesError.calendar { () throws(CalendarError) in try LocalDateTime("2026-03-30T12:00") },
            reported: try RulesError.calendar { () throws(CalendarError) in try LocalDateTime("2026-03-26T12:40") },
            child: "Noor")
        sections.append((nl ? "Afmelding voor ruil- en inhaaluren (te laat)" : "Absence for swap hours (too late)",
            late.explanation.text(in: language)))
        let october = try NinetySixHourRule.deadline(
            careStart: try RulesError.calendar { () throws(CalendarError) in try LocalDateTime("2026-10-26T12:00") })
        sections.append((nl ? "De 96-uursgrens in de week van de wintertijd" : "The 96-hour deadline in the week the clocks go back",
            october.explanation.text(in: language)))
        let date = try RulesError.calendar { () throws(CalendarError) in try LocalDate("2026-01-31") }
        let termination = try NoticePeriod.decide(.termination, from: date)
        sections.append((nl ? "Opzegging" : "Termination", termination.explanation.text(in: language)))
        let price = try NoticePeriod.decide(.priceChange, from: date)
        sections.append((nl ? "Prijswijziging" : "Price change", price.explanation.text(in: language)))
        let holidays = try RulesError.calendar { () throws(CalendarError) in try TSOHolidays.holidays(in: 2026) }
        let list = holidays.map { "\($0.date.spelledOut(in: language)): \($0.name(in: language))" }
        sections.append((nl ? "Geen tso op deze feestdagen in 2026 (art. 4 lid 3)" : "No TSO on these holidays in 2026 (art. 4(3))",
            list.joined(separator: "\n")))
        return sections
    }
}
