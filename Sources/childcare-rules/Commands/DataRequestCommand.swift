import ChildcareRules

/// `childcare-rules data-request KIND RECEIVED [--format json] [--lang nl|en]`: the answer deadline.
enum DataRequestCommand: Command {
    static let name = "data-request"
    static let summary =
        "The deadline to answer a request under the AVG rights (4 weeks, stricter than the AVG's month)."
    static let options: Set<String> = [
        "format", "lang", "contract-end", "consent-withdrawn", "notice", "reasons",
    ]
    static let help = """
        USAGE: childcare-rules data-request KIND RECEIVED [--contract-end YYYY-MM-DD] [--consent-withdrawn yes|no]
               [--notice answer|extension|refusal] [--reasons TEXT] [--format text|json] [--lang nl|en]

        KIND is inspect (art. 15 AVG), correct (16), erase (17), restrict (18), port (20) or object (21).
        RECEIVED (YYYY-MM-DD) is the date Partou received the request. The answer is due within 4 weeks, on or
        before RECEIVED + 28 days (Portal privacy statement), which is never later than the AVG's one month
        (art. 12 lid 3). --contract-end: day 0 of the end of the customer relationship; the answer then says
        whether the data is archived (still covered until destroyed) or destroyed. --notice extension (with
        --reasons): the notice is due by the answer deadline and the answer at most 2 months later;
        --notice refusal: due by the answer deadline, naming the Autoriteit Persoonsgegevens (art. 12 lid 4).

        JSON: {"kind":"erase","received":"2026-03-02","answerBy":"2026-03-30"}
              with --contract-end also "phase"; --notice extension: {"kind":..,"noticeBy":..,"answerBy":..};
              --notice refusal: {"kind":..,"noticeBy":..,"supervisoryAuthority":"Autoriteit Persoonsgegevens"}
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        let values = try arguments.positionals(["KIND", "RECEIVED"])
        guard let kind = DataRequest.Kind(rawValue: values[0]) else {
            let kinds = DataRequest.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError("'\(values[0])' is not a request kind: expected \(kinds)")
        }
        let format = try arguments.format()
        let language = try arguments.language()
        let received = try parse("RECEIVED") { () throws(CalendarError) in try LocalDate(values[1]) }
        var end: LocalDate?
        if let text = arguments.value("contract-end") {
            end = try parse("--contract-end") { () throws(CalendarError) in try LocalDate(text) }
        }
        let withdrawn = try arguments.yesNo("consent-withdrawn", default: false)
        let notice = try arguments.choice("notice", ["answer", "extension", "refusal"], default: "answer")
        switch notice {
        case "extension":
            guard let reasons = arguments.value("reasons") else {
                throw UsageError(
                    "--notice extension needs --reasons: the AVG requires the reasons (art. 12 lid 3)")
            }
            let decision = try decide { () throws(RulesError) in
                try DataRequest.extensionNotice(kind, received: received, reasons: reasons)
            }
            if format == .json {
                output.line(
                    JSON.object([
                        ("kind", .string(kind.rawValue)),
                        ("noticeBy", .string(decision.outcome.noticeBy.description)),
                        ("answerBy", .string(decision.outcome.answerBy.description)),
                    ]).rendered)
            } else {
                output.line(decision.explanation.text(in: language))
            }
        case "refusal":
            let decision = try decide { () throws(RulesError) in
                try DataRequest.refusalNotice(kind, received: received)
            }
            if format == .json {
                output.line(
                    JSON.object([
                        ("kind", .string(kind.rawValue)),
                        ("noticeBy", .string(decision.outcome.noticeBy.description)),
                        ("supervisoryAuthority", .string(decision.outcome.supervisoryAuthority)),
                    ]).rendered)
            } else {
                output.line(decision.explanation.text(in: language))
            }
        default:
            let decision = try decide { () throws(RulesError) in
                try DataRequest.answerDeadline(
                    kind, received: received, contractEnd: end, consentWithdrawn: withdrawn)
            }
            if format == .json {
                var fields: [(String, JSON)] = [
                    ("kind", .string(kind.rawValue)),
                    ("received", .string(received.description)),
                    ("answerBy", .string(decision.outcome.answerBy.description)),
                ]
                if let phase = decision.outcome.phase { fields.append(("phase", .string(phase.rawValue))) }
                output.line(JSON.object(fields).rendered)
            } else {
                output.line(decision.explanation.text(in: language))
            }
        }
        return 0
    }
}
