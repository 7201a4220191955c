import ChildcareRules
import ChildcareScenarios
import Testing

@Suite("Reading scenario JSON with paths")
struct JSONReaderTests {
    static let document =
        #"{"events":[{"at":"2026-03-26T11:30"},{"at":"2026-02-30T12:00","minutes":60}],"title":"x"}"#

    @Test("An impossible date names the file, the JSON path and the value")
    func impossibleDate() throws {
        let json = try JSONParser.parse(Self.document)
        var reader = try JSONReader(json, at: .root)
        let events = try reader.array("events")
        var second = try JSONReader(events[1].value, at: events[1].path)
        do {
            _ = try second.dateTime("at")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.inFile("absence.json").description
                    == "absence.json: $.events[1].at: 2026-02-30T12:00 is not a valid date: February 2026 has 28 days."
            )
        }
    }

    @Test("Unknown fields are refused and named")
    func unknownField() throws {
        let json = try JSONParser.parse(#"{"title":"x","titel":"y"}"#)
        var reader = try JSONReader(json, at: .root)
        _ = try reader.string("title")
        #expect {
            try reader.finish()
        } throws: { ($0 as? ScenarioError)?.description.hasPrefix("$.titel: unknown field") == true }
    }

    @Test(
        "Wrong types and out-of-range numbers are named",
        arguments: [
            (#"{"minutes":"sixty"}"#, "$.minutes: expected a whole number of minutes, found a string"),
            (#"{"minutes":-5}"#, "$.minutes: -5 is out of range: minutes must be from 0 to 1440"),
            (#"{"minutes":1.5}"#, "$.minutes: 1.5 is not a whole number of minutes"),
            (#"{}"#, "$.minutes: this field is required"),
        ])
    func wrongTypes(text: String, message: String) throws {
        var reader = try JSONReader(try JSONParser.parse(text), at: .root)
        #expect {
            try reader.int("minutes", in: 0...1440, unit: "minutes")
        } throws: { ($0 as? ScenarioError)?.description == message }
    }
}
