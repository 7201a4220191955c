import ChildcareRules

/// `childcare-rules holidays YEAR [--format json] [--lang nl|en]`: the TSO holidays of a year (art. 4 lid 3).
enum HolidaysCommand: Command {
    static let name = "holidays"
    static let summary = "The TSO holidays of a year (art. 4 lid 3)."
    static let options: Set<String> = ["format", "lang"]
    static let help = """
        USAGE: childcare-rules holidays YEAR [--format text|json] [--lang nl|en]

        Lists the generally recognised holidays on which there is no TSO (TSO terms, art. 4 lid 3),
        for a year from 1990 to 2100, sorted by date.

        JSON: [{"date":"2025-04-26","key":"koningsdag","name":"Koningsdag","nameEn":"King's Day"}, ...]
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let text = try arguments.positionals(["YEAR"])[0]
        guard let year = Int(text), text.count == 4 else {
            throw UsageError("'\(text)' is not a year: expected four digits, such as 2026")
        }
        let format = try arguments.format()
        let language = try arguments.language()
        let holidays = try parse("YEAR") { () throws(CalendarError) in try TSOHolidays.holidays(in: year) }
        switch format {
        case .json:
            output.line(JSON.array(holidays.map(json)).rendered)
        case .text:
            for holiday in holidays {
                output.line("\(holiday.date)  \(holiday.date.weekday.name(in: language))  \(holiday.name(in: language))")
            }
        }
        return 0
    }

    static func json(_ holiday: Holiday) -> JSON {
        .object([
            ("date", .string(holiday.date.description)),
            ("key", .string(holiday.key.rawValue)),
            ("name", .string(holiday.name)),
            ("nameEn", .string(holiday.nameEn)),
        ])
    }
}
