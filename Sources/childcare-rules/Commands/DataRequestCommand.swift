import ChildcareRules

/// `childcare-rules data-request KIND RECEIVED [--format json] [--lang nl|en]`: the answer deadline.
enum DataRequestCommand: Command {
    static let name = "data-request"
    static let summary = "The deadline to answer a request to inspect, correct or erase data (4 weeks)."
    static let options: Set<String> = ["format", "lang"]
    static let help = """
        USAGE: childcare-rules data-request KIND RECEIVED [--format text|json] [--lang nl|en]

        KIND is inspect, correct or erase. RECEIVED (YYYY-MM-DD) is the date Partou received the request.
        The answer is due within 4 weeks, on or before RECEIVED + 28 days (Portal privacy statement).

        JSON: {"kind":"erase","received":"2026-03-02","answerBy":"2026-03-30"}
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let values = try arguments.positionals(["KIND", "RECEIVED"])
        guard let kind = DataRequest.Kind(rawValue: values[0]) else {
            throw UsageError("'\(values[0])' is not a request kind: expected inspect, correct or erase")
        }
        let format = try arguments.format()
        let language = try arguments.language()
        let received = try parse("RECEIVED") { () throws(CalendarError) in try LocalDate(values[1]) }
        let decision = try decide { () throws(RulesError) in
            try DataRequest.answerDeadline(kind, received: received)
        }
        switch format {
        case .json:
            output.line(
                JSON.object([
                    ("kind", .string(kind.rawValue)),
                    ("received", .string(received.description)),
                    ("answerBy", .string(decision.outcome.answerBy.description)),
                ]).rendered)
        case .text:
            output.line(decision.explanation.text(in: language))
        }
        return 0
    }
}
