import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// Issue 17, items 5 and 6: one supported date range, bounded and exact messages, no lenient input.
///
/// The scenario format (Docs/Scenarios.md) is written by hand; what it does not document is refused, with
/// the file, the JSON path and a message that stays short whatever the input.
@Suite("Untrusted input: one date range, bounded messages, nothing lenient (Docs/Scenarios.md)")
struct UntrustedInputTests {
    static func read(_ replacements: [(String, String)]) -> String? {
        BadInputCatalogueTests.readError(BadInputCatalogueTests.document(replacements))
    }

    @Test("A 10 MB value is echoed cut at 80 characters, in a message under 200 characters")
    func tenMegabytes() throws {
        let huge = String(repeating: "x", count: 10_000_000)
        let message = try #require(
            Self.read([("\"contract\": \"noor-tso\",\n", "\"contract\": \"\(huge)\",\n")]))
        #expect(message.count < 200)
        #expect(
            message
                == "bad.json: $.events[0].contract: there is no contract '\(String(repeating: "x", count: 80))"
                + "…(9999920 more)' in the facts")
    }

    @Test("A 10 MB unknown field name is cut in the path too")
    func hugeFieldName() throws {
        let huge = String(repeating: "k", count: 10_000_000)
        let message = try #require(Self.read([("\"title\":", "\"\(huge)\": 1, \"title\":")]))
        #expect(message.count < 400)
        #expect(message.contains("…(9999922 more)"))
    }

    @Test(
        "A whole number too large for its field says so, with the maximum",
        arguments: [
            ("9223372036854775808", "9223372036854775808 is too large (maximum 100000000 cents)"),
            ("-9223372036854775809", "-9223372036854775809 is too small (minimum 0 cents)"),
            ("200000000", "200000000 is out of range: cents must be from 0 to 100000000"),
        ])
    func tooLarge(number: String, message: String) {
        #expect(
            Self.read([("\"annualAmountCents\": 123457", "\"annualAmountCents\": \(number)")])
                == "bad.json: $.facts.contracts[0].annualAmountCents: \(message)")
    }

    @Test("A number of 100,000 digits gives a short message")
    func hundredThousandDigits() throws {
        let digits = String(repeating: "9", count: 100_000)
        let message = try #require(
            Self.read([("\"annualAmountCents\": 123457", "\"annualAmountCents\": \(digits)")]))
        #expect(message.count < 200)
        #expect(message.hasSuffix("…(99920 more) is too large (maximum 100000000 cents)"))
    }

    @Test(
        "Input the format does not document is refused with its path, not read leniently",
        arguments: [
            (
                [("\"annualAmountCents\": 123457", "\"annualAmountCents\": -0")],
                "bad.json: $.facts.contracts[0].annualAmountCents: -0 is not a number of cents: write 0"
            ),
            (
                [("\"start\": \"12:00\"", "\"start\": \"12:00:00\"")],
                "bad.json: $.facts.contracts[0].schedule[0].start: '12:00:00' is not a time of the form HH:MM, "
                    + "such as 12:00"
            ),
            (
                [("\"weekday\": \"mon\"", "\"weekday\": \"MON\"")],
                "bad.json: $.facts.contracts[0].schedule[0].weekday: 'MON' is not a weekday: expected mon, tue, "
                    + "wed, thu or fri"
            ),
            (
                [("\"child\": \"noor\"", "\"child\": \"\"")],
                "bad.json: $.facts.contracts[0].child: an identifier cannot be empty"
            ),
            (
                [("\"id\": \"e1\"", "\"id\": \" e1\"")],
                "bad.json: $.events[0].id: ' e1' starts or ends with a space: an identifier is written without"
            ),
        ])
    func lenient(replacements: [(String, String)], message: String) {
        #expect(Self.read(replacements) == message)
    }

    @Test("A deadline is written with seconds only when it has them (23:59:59)")
    func deadlineSeconds() {
        let withDeadline = { (deadline: String) in
            BadInputCatalogueTests.document([
                (
                    "\"events\":",
                    "\"expect\": [{\"event\": \"e1\", \"deadline\": \"\(deadline)\"}], \"events\":"
                )
            ])
        }
        #expect(
            BadInputCatalogueTests.readError(withDeadline("2026-04-02T12:00:00"))
                == "bad.json: $.expect[0].deadline: write 2026-04-02T12:00 without seconds: seconds are written only "
                + "for a deadline that has them, such as 23:59:59")
        #expect(BadInputCatalogueTests.readError(withDeadline("2026-04-02T12:00")) == nil)
        #expect(BadInputCatalogueTests.readError(withDeadline("2026-04-02T23:59:59")) == nil)
    }

    @Test(
        "A date outside 1996–2199 is refused when it is read, with its path (SupportedRange, I-009)",
        arguments: [
            ("\"date\": \"2026-04-06\"", "\"date\": \"2200-01-06\"", "$.events[0].date", "2200-01-06"),
            ("\"date\": \"2026-04-06\"", "\"date\": \"1995-04-06\"", "$.events[0].date", "1995-04-06"),
            (
                "\"signed\": \"2025-06-01\"", "\"signed\": \"1900-06-01\"", "$.facts.contracts[0].signed",
                "1900-06-01"
            ),
        ])
    func outsideTheRange(old: String, new: String, path: String, value: String) {
        #expect(
            Self.read([(old, new)])
                == "bad.json: \(path): \(value) is outside the supported years: dates are supported from 1996 to 2199."
        )
    }

    @Test(
        "TSO holidays exist for every supported year: Koningsdag 2150 is not a care day (art. 4 lid 3, I-009)"
    )
    func holidaysToTheEnd() throws {
        let holidays = try TSOHolidays.holidays(in: 2199)
        #expect(holidays.contains { $0.key == .koningsdag && $0.date.description == "2199-04-27" })
        #expect(TSOHolidays.supportedYears == LocalDate.supportedYears)
        #expect(Amsterdam.supportedYears == LocalDate.supportedYears)
        #expect(SupportedRange.years == 1996...2199)
        // Koningsdag 2150 falls on a Monday, the contract's care day: an absence is decided, not refused.
        let text = BadInputCatalogueTests.document([
            ("\"end\": \"2026-12-31\",", ""), ("\"date\": \"2026-04-06\"", "\"date\": \"2150-04-27\""),
        ])
        let scenario = try Scenario.read(Array(text.utf8), file: "far.json")
        let result = ScenarioCheck.run(scenario)
        let first = try #require(result.evaluation?.decisions.first)
        #expect(first.outcome.code == "notACareDay.tsoHoliday")
    }
}
