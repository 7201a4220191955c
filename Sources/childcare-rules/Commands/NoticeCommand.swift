import ChildcareRules

/// `childcare-rules notice KIND DATE [--format json] [--lang nl|en]`: when a notice takes effect.
enum NoticeCommand: Command {
    static let name = "notice"
    static let summary = "The earliest date a termination, change, cancellation or price/terms change takes effect."
    static let options: Set<String> = ["format", "lang"]
    static let help = """
        USAGE: childcare-rules notice KIND DATE [--format text|json] [--lang nl|en]

        KIND is termination (art. 8 lid 1), change (art. 8 lid 2), cancellation (art. 3),
        price-change (art. 7) or terms-change (art. 10).
        DATE (YYYY-MM-DD) is the date Partou received the notice, or announced its change.

        JSON: {"kind":"termination","from":"2026-01-31","date":"2026-02-28"}
        where date is the earliest date on which the notice takes effect.
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let values = try arguments.positionals(["KIND", "DATE"])
        guard let kind = NoticeKind(rawValue: values[0]) else {
            let kinds = NoticeKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError("'\(values[0])' is not a notice kind: expected one of \(kinds)")
        }
        let format = try arguments.format()
        let language = try arguments.language()
        let date = try parse("DATE") { () throws(CalendarError) in try LocalDate(values[1]) }
        let decision = try decide { () throws(RulesError) in try NoticePeriod.decide(kind, from: date) }
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("kind", .string(kind.rawValue)),
                    ("from", .string(date.description)),
                    ("date", .string(decision.outcome.date.description)),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}
