import ChildcareRulesApp
import Foundation
import Testing

/// The functions the WebAssembly build exports, answered natively: JSON text in, JSON text out.
@Suite(
    "Parent app: the functions of the WebAssembly build, JSON in and out (TSO art. 4, art. 5 lid 1 and lid 5)"
)
struct ParentAppTests {
    static let contract =
        #""contract":{"start":"2026-08-31","schedule":[{"weekday":"mon","start":"12:00","minutes":60},"#
        + #"{"weekday":"thu","start":"12:00","minutes":60}]}"#

    static func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func errorCode(_ text: String) throws -> String? {
        (try object(text)["error"] as? [String: Any])?["code"] as? String
    }

    @Test(
        "The 96-hour deadline takes the later reading in a week with a clock change (art. 5 lid 1, I-001)",
        arguments: [
            ("2026-03-30T12:00", "2026-03-26T12:00:00+01:00"),
            ("2026-10-26T12:00", "2026-10-22T13:00:00+02:00"),
            ("2026-09-07T12:00", "2026-09-03T12:00:00+02:00"),
        ])
    func absenceDeadline(careStart: String, deadline: String) throws {
        let answer = try Self.object(
            ParentApp.respond(function: "absenceDeadline", request: #"{"careStart":"\#(careStart)"}"#))
        #expect(answer["deadline"] as? String == deadline)
        #expect(answer["outcome"] as? String == "deadline")
        let citations = try #require(answer["citations"] as? [[String: Any]])
        #expect(
            (citations.first?["short"] as? [String: String])?["nl"] == "TSO-voorwaarden 2024, art. 5 lid 1")
        let explanation = try #require(answer["explanation"] as? [String: String])
        #expect(explanation["nl"]?.contains("meer dan 96 uur") == true)
        #expect(explanation["en"]?.contains("more than 96 hours") == true)
    }

    @Test(
        "An absence reported now earns the day's hours only strictly before the deadline (art. 5 lid 1, I-002)",
        arguments: [
            ("2026-09-03T11:59", "earned", 60), ("2026-09-03T12:00", "tooLate", 0),
            ("2026-09-06T09:00", "tooLate", 0),
        ])
    func canReportAbsence(now: String, outcome: String, minutes: Int) throws {
        let answer = try Self.object(
            ParentApp.respond(
                .canReportAbsence, request: #"{\#(Self.contract),"day":"2026-09-07","now":"\#(now)"}"#))
        #expect(answer["outcome"] as? String == outcome)
        #expect(answer["minutes"] as? Int == minutes)
    }

    @Test("Care days carry their deadline; other days say why there is no care, citing art. 4")
    func careDays() throws {
        let request =
            #"{\#(Self.contract),"school":{"holidays":[{"first":"2026-10-17","last":"2026-10-25"}]},"#
            + #""from":"2026-10-22","through":"2026-10-26"}"#
        let answer = try Self.object(ParentApp.respond(.careDays, request: request))
        let days = try #require(answer["days"] as? [[String: Any]])
        #expect(
            days.map { $0["date"] as? String } == [
                "2026-10-22", "2026-10-23", "2026-10-24", "2026-10-25", "2026-10-26",
            ])
        #expect(
            days.map { $0["reason"] as? String } == [
                "schoolHoliday", "notScheduled", "weekend", "weekend", nil,
            ])
        let deadline = try #require(days[4]["deadline"] as? [String: Any])
        #expect(deadline["moment"] as? String == "2026-10-22T13:00:00+02:00")
        #expect(deadline["inclusive"] as? Bool == false)
    }

    @Test("The balance after absences adds up, and lapses after 31 December (art. 5 lid 5)")
    func balance() throws {
        let absences =
            #""absences":[{"day":"2026-09-07","reported":"2026-09-01T10:00"},"#
            + #"{"day":"2026-09-10","reported":"2026-09-08T10:00"}]"#
        for (at, available, expired) in [("2026-12-31", 60, 0), ("2027-01-01", 0, 60)] {
            let answer = try Self.object(
                ParentApp.respond(.balance, request: #"{\#(Self.contract),\#(absences),"at":"\#(at)"}"#))
            let balance = try #require(answer["balance"] as? [String: Int])
            #expect(balance["earned"] == 60)
            #expect(balance["available"] == available)
            #expect(balance["expired"] == expired)
            let decisions = try #require(answer["absences"] as? [[String: Any]])
            #expect(decisions.map { $0["outcome"] as? String } == ["earned", "tooLate"])
        }
    }

    @Test("Absences reported out of time order are refused, naming both events")
    func balanceOutOfOrder() throws {
        let absences =
            #""absences":[{"day":"2026-09-10","reported":"2026-09-08T10:00"},"#
            + #"{"day":"2026-09-07","reported":"2026-09-01T10:00"}]"#
        let answer = ParentApp.respond(
            .balance, request: #"{\#(Self.contract),\#(absences),"at":"2026-12-31"}"#)
        #expect(try Self.errorCode(answer) == "outOfOrder")
        #expect(answer.contains("absence-1") && answer.contains("absence-2"))
    }

    @Test(
        "Explain gives one language's explanation and the full article references", arguments: ["nl", "en"])
    func explain(lang: String) throws {
        let decision = ParentApp.respond(.absenceDeadline, request: #"{"careStart":"2026-03-30T12:00"}"#)
        let answer = try Self.object(
            ParentApp.respond(.explain, request: #"{"decision":\#(decision),"lang":"\#(lang)"}"#))
        let full =
            lang == "nl"
            ? "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1" : "TSO terms (1 August 2024), art. 5(1)"
        #expect(answer["articles"] as? [String] == [full])
        #expect((answer["text"] as? String)?.contains(lang == "nl" ? "ouderapp" : "parent app") == true)
    }

    @Test(
        "Bad requests get a typed error naming the member, never a trap",
        arguments: [
            ("absenceDeadline", "", "malformedJSON"),
            ("absenceDeadline", "[]", "invalidRequest"),
            ("absenceDeadline", #"{"careStart":12}"#, "invalidRequest"),
            ("absenceDeadline", #"{"careStart":"2026-02-30T12:00"}"#, "invalidRequest"),
            ("absenceDeadline", #"{"careStart":"2026-03-29T02:30"}"#, "calendar"),
            ("absenceDeadline", #"{"careStart":"2024-03-01T12:00"}"#, "beforeFirstEdition"),
            ("canReportAbsence", #"{"day":"2026-09-07","now":"2026-09-01T10:00"}"#, "invalidRequest"),
            (
                "careDays",
                #"{"contract":{"start":"2026-08-31","schedule":[{"weekday":"xyz","start":"12:00","minutes":60}]},"from":"2026-09-01","through":"2026-09-02"}"#,
                "invalidRequest"
            ),
            (
                "careDays",
                #"{"contract":{"start":"2026-08-31","schedule":[{"weekday":"mon","start":"12:00","minutes":0}]},"from":"2026-09-01","through":"2026-09-02"}"#,
                "invalidArgument"
            ),
            ("explain", #"{"decision":{},"lang":"fr"}"#, "invalidRequest"),
            ("deadline", "{}", "unknownFunction"),
        ])
    func badRequests(function: String, request: String, code: String) throws {
        #expect(try Self.errorCode(ParentApp.respond(function: function, request: request)) == code)
    }

    @Test(
        "The generated comparison cases are fixed and cover both clock changes of 2024–2030 and both languages"
    )
    func generatedCases() throws {
        let cases = ParentAppCases.generate(count: 1_000)
        #expect(cases.count == 1_000)
        #expect(cases == ParentAppCases.generate(count: 1_000))
        for function in ParentApp.Function.allCases {
            #expect(cases.contains { $0.function == function }, "no case for \(function)")
        }
        for year in 2024...2030 {
            for month in ["03", "10"] {
                #expect(cases.contains { $0.request.contains(#""careStart":"\#(year)-\#(month)-"#) })
            }
        }
        #expect(cases.contains { $0.function == .explain && $0.request.hasSuffix(#""lang":"en"}"#) })
        #expect(cases.contains { $0.function == .explain && $0.request.hasSuffix(#""lang":"nl"}"#) })
        #expect(cases.filter { $0.function == .careDays }.count >= 24)
    }
}
