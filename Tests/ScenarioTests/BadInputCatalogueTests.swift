import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// The bad-input catalogue of Docs/Reliability.md: each kind of bad input, and the one line a user sees.
@Suite("Bad-input catalogue: every kind of bad input gives one clear, typed line")
struct BadInputCatalogueTests {
    /// A valid scenario; each row changes one thing in it.
    static let base = """
        {"title": "Noor is reported absent", "facts": {"contracts": [{"id": "noor-tso", "child": "noor",
        "childName": "Noor", "contractParent": "anna", "service": "tso", "signed": "2025-06-01",
        "start": "2025-08-25", "end": "2026-12-31",
        "schedule": [{"weekday": "mon", "start": "12:00", "minutes": 60}],
        "annualAmountCents": 123457, "hourlyRateCents": 850}],
        "parents": [{"id": "anna", "role": "contract-parent"}]},
        "events": [{"id": "e1", "at": "2026-03-26T12:40", "type": "absence", "contract": "noor-tso",
        "date": "2026-04-06"},
        {"id": "e2", "at": "2026-03-27T09:00", "type": "price-change", "contract": "noor-tso",
        "proposedEffective": "2026-06-01"}]}
        """

    static func document(_ replacements: [(String, String)]) -> String {
        replacements.reduce(base) { text, pair in text.replacingOccurrences(of: pair.0, with: pair.1) }
    }

    /// Reads the document as `check` does; returns the line `check` prints after `BAD   `.
    static func readError(_ text: String) -> String? {
        do {
            _ = try Scenario.read(Array(text.utf8), file: "bad.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("The unchanged document is valid and every event is decided")
    func baseIsValid() throws {
        let scenario = try Scenario.read(Array(Self.base.utf8), file: "base.json")
        let result = ScenarioCheck.run(scenario)
        #expect(result.passed)
        #expect(result.evaluation?.decisions.count == 2)
    }

    /// Rows refused by the scenario reader (`check` prints `BAD   <line>` and exits 2).
    static let readerRows: [(String, [(String, String)], String)] = [
        (
            "malformed JSON", [("\"title\": \"Noor", "\"title\" \"Noor")],
            "bad.json: malformed JSON at line 1, column 10: expected ':' after \"title\""
        ),
        (
            "wrong type", [("\"minutes\": 60", "\"minutes\": \"sixty\"")],
            "bad.json: $.facts.contracts[0].schedule[0].minutes: expected a whole number of minutes, found a string"
        ),
        (
            "unknown field", [("\"title\":", "\"titel\": \"x\", \"title\":")],
            "bad.json: $.titel: unknown field; the fields here are: events, expect, expectError, facts, sources, title"
        ),
        (
            "year out of range", [("2026-03-26T12:40", "10000-03-26T12:40")],
            "bad.json: $.events[0].at: 10000-03-26T12:40 is not a local date and time: expected YYYY-MM-DDTHH:MM, "
                + "such as 2026-03-30T12:00."
        ),
        (
            "non-existent local time (spring forward)", [("2026-03-26T12:40", "2026-03-29T02:30")],
            "bad.json: $.events[0].at: 2026-03-29T02:30 does not exist in Amsterdam: the clocks skip that hour: "
                + "on 2026-03-29 the clocks move from 02:00 to 03:00."
        ),
        (
            "ambiguous local time (autumn fold)", [("2026-03-26T12:40", "2026-10-25T02:30")],
            "bad.json: $.events[0].at: 2026-10-25T02:30 occurs twice in Amsterdam: the clocks repeat that hour: "
                + "it is both 2026-10-25T02:30:00+02:00 and …+01:00."
        ),
        (
            "negative minutes", [("\"minutes\": 60", "\"minutes\": -60")],
            "bad.json: $.facts.contracts[0].schedule[0].minutes: -60 is out of range: minutes must be from 1 to 1440"
        ),
        (
            "negative amount", [("\"annualAmountCents\": 123457", "\"annualAmountCents\": -5")],
            "bad.json: $.facts.contracts[0].annualAmountCents: -5 is out of range: cents must be from 0 to 100000000"
        ),
        (
            "duplicate event id", [("\"id\": \"e2\"", "\"id\": \"e1\"")],
            "bad.json: $.events[1].id: the event id e1 is used twice"
        ),
        (
            "duplicate JSON member",
            [("\"childName\": \"Noor\",", "\"childName\": \"Noor\", \"childName\": \"N\",")],
            "bad.json: malformed JSON at line 2, column 22: the member \"childName\" appears twice"
        ),
        (
            "unknown reference",
            [("\"absence\", \"contract\": \"noor-tso\"", "\"absence\", \"contract\": \"sem-bso\"")],
            "bad.json: $.events[0].contract: there is no contract 'sem-bso' in the facts"
        ),
        (
            "a data request of a right the AVG does not give",
            [
                (
                    "\"type\": \"absence\", \"contract\": \"noor-tso\"",
                    "\"type\": \"data-request\", \"parent\": \"anna\", \"kind\": \"delete\""
                )
            ],
            "bad.json: $.events[0].kind: 'delete' is not one of: inspect, correct, erase, restrict, port, object"
        ),
        (
            "a data request from a parent the facts do not name",
            [
                (
                    "\"type\": \"absence\", \"contract\": \"noor-tso\"",
                    "\"type\": \"data-request\", \"parent\": \"ben\", \"kind\": \"inspect\""
                )
            ],
            "bad.json: $.events[0].parent: there is no parent 'ben' in the facts"
        ),
    ]

    @Test("Bad input the reader refuses names the file, the JSON path and the value", arguments: readerRows)
    func readerRefuses(row: String, replacements: [(String, String)], line: String) {
        let text = Self.document(replacements)
        #expect(text != Self.base, "row \(row) changed nothing")
        #expect(Self.readError(text) == line, "row \(row)")
    }

    /// Rows that read, but whose event the engine refuses (`check` prints `<path> (event <id>): refused:
    /// <line>`, goes on with the other events, and exits 1).
    static let engineRows: [(String, [(String, String)], String, String)] = [
        (
            "a year before the terms", [("2026-03-26T12:40", "1999-03-26T12:40")], "$.events[0] (event e1)",
            "1999-03-26 is before the first edition of the terms, so no terms apply to it: the first edition of "
                + "the TSO terms (2024-08-01) starts later."
        ),
        (
            "an event after the contract end (fixed in issue 8)",
            [("\"end\": \"2026-12-31\"", "\"end\": \"2026-03-26\"")], "$.events[1] (event e2)",
            "price change announced 2026-03-27 is not possible now: the contract noor-tso already ended on 2026-03-26."
        ),
    ]

    @Test("Bad input the engine refuses gives a typed RulesError, one line", arguments: engineRows)
    func engineRefuses(row: String, replacements: [(String, String)], place: String, line: String) throws {
        let scenario = try Scenario.read(Array(Self.document(replacements).utf8), file: "bad.json")
        let result = ScenarioCheck.run(scenario)
        #expect(result.error?.description == line, "row \(row)")
        #expect(result.failures == ["\(place): refused: \(line)"])
        // The other event is still decided.
        #expect(result.evaluation?.decisions.count == 1)
    }

    @Test("Events listed out of order are applied in time order; applied out of order they are refused")
    func outOfOrder() throws {
        let listed = try Scenario.read(Array(Self.base.utf8), file: "base.json")
        let reversed = try Engine.evaluate(listed.facts, events: listed.events.reversed())
        #expect(try Engine.evaluate(listed.facts, events: listed.events) == reversed)
        var state = EngineState(facts: listed.facts)
        _ = try Engine.apply(listed.events[1], to: &state, facts: listed.facts)
        let error = #expect(throws: RulesError.self) {
            try Engine.apply(listed.events[0], to: &state, facts: listed.facts)
        }
        #expect(
            error?.description
                == "event e1 at 2026-03-26T12:40:00+01:00 was rejected (outOfOrder): events must be applied in "
                + "time order, and event e2 at 2026-03-27T09:00:00+01:00 came before it.")
    }

    @Test("An absence after the contract end is decided: refused after the end, naming it, no hours")
    func absenceAfterContractEnd() throws {
        let text = Self.document([("\"end\": \"2026-12-31\"", "\"end\": \"2026-04-01\"")])
        let scenario = try Scenario.read(Array(text.utf8), file: "end.json")
        let evaluation = try Engine.evaluate(scenario.facts, events: [scenario.events[0]])
        #expect(evaluation.decisions.first?.outcome.code == "afterContractEnd")
        #expect(evaluation.decisions.first?.contractEnd?.lastDay == LocalDate(unchecked: 2026, 4, 1))
        #expect(evaluation.decisions.first?.minutes == 0)
    }

    @Test("Unicode in names is accepted and kept as written")
    func unicodeNames() throws {
        let name = "Nóör 👧🏽 Ëlif-Çelik \u{202E}"
        let text = Self.document([("\"childName\": \"Noor\"", "\"childName\": \"\(name)\"")])
        let scenario = try Scenario.read(Array(text.utf8), file: "unicode.json")
        #expect(scenario.facts.childNames["noor"] == name)
        #expect(ScenarioCheck.run(scenario).passed)
    }
}
