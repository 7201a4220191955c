import ChildcareRulesJSON
import Testing

/// The facts of one TSO contract, as a service stores them.
let factsBody = Array(
    #"""
    {"contracts": [{"id": "noor-tso", "child": "noor", "childName": "Noor", "contractParent": "anna",
      "service": "tso", "location": "de-linde", "signed": "2025-06-01", "start": "2025-08-25",
      "schedule": [{"weekday": "mon", "start": "12:00", "minutes": 60},
                   {"weekday": "thu", "start": "12:00", "minutes": 60}],
      "annualAmountCents": 123457, "hourlyRateCents": 850}],
     "parents": [{"id": "anna", "role": "contract-parent"}]}
    """#.utf8)

func body(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite("The JSON product: request bodies read with the scenario reader's checks")
struct ServiceJSONTests {
    @Test("An absence body decodes to the event the scenario reader makes (TSO art. 5 lid 1)")
    func goodAbsence() throws {
        let facts = try FactsJSON.decodeFacts(factsBody)
        let event = try EventJSON.decodeEvent(
            body(
                #"{"id":"e1","at":"2026-03-26T11:00","key":"k1","type":"absence","contract":"noor-tso","date":"2026-03-30"}"#
            ), facts: facts)
        #expect(event.id == "e1")
        #expect(event.key == "k1")
        #expect(event.at == (try LocalDateTime("2026-03-26T11:00")))
        #expect(
            event.event
                == .absence(
                    contract: "noor-tso", date: try LocalDate("2026-03-30"), channel: .app, appVersion: nil))
    }

    @Test(
        "A bad body is refused with the file and the JSON path of the problem",
        arguments: [
            (
                #"{"id":"e1","at":"2026-02-30T11:00","type":"absence","contract":"noor-tso","date":"2026-03-30"}"#,
                "request: $.at: 2026-02-30T11:00 is not a valid date: February 2026 has 28 days."
            ),
            (
                #"{"id":"e1","at":"2026-03-26T11:00","type":"absence","contract":"noor-tso","date":"2026-03-30","datum":"x"}"#,
                "request: $.datum: unknown field"
            ),
            (
                #"{"id":"e1","at":"2026-03-26T11:00","type":"absence","contract":"sam-tso","date":"2026-03-30"}"#,
                "request: $.contract: there is no contract 'sam-tso' in the facts"
            ),
            (
                #"{"id":"e1","at":"2026-03-29T02:30","type":"absence","contract":"noor-tso","date":"2026-03-30"}"#,
                "request: $.at: 2026-03-29T02:30"
            ),
            (
                #"{"id":"e1","id":"e2","at":"2026-03-26T11:00","type":"absence"}"#,
                "request: malformed JSON at line 1, column 12"
            ),
            (
                #"{"id":"e1","at":"2026-03-26T11:00","type":"absent","contract":"noor-tso"}"#,
                "request: $.type: 'absent' is not an event type"
            ),
        ])
    func badEvent(text: String, expected: String) throws {
        let facts = try FactsJSON.decodeFacts(factsBody)
        #expect {
            _ = try EventJSON.decodeEvent(body(text), facts: facts, file: "request")
        } throws: { error in
            (error as? ScenarioError)?.description.hasPrefix(expected) == true
        }
    }

    @Test("An array of events names the element at fault")
    func badElement() throws {
        let facts = try FactsJSON.decodeFacts(factsBody)
        let text = #"""
            [{"id":"e1","at":"2026-03-26T11:00","type":"absence","contract":"noor-tso","date":"2026-03-30"},
             {"id":"e2","at":"2026-03-26T11:00","type":"absence","contract":"noor-tso"}]
            """#
        #expect {
            _ = try EventJSON.decodeEvents(body(text), facts: facts)
        } throws: { ($0 as? ScenarioError)?.description == "$[1].date: this field is required" }
    }

    @Test("A facts body with a wrong field is refused at its path")
    func badFacts() {
        let text = String(decoding: factsBody, as: UTF8.self).replacingOccurrences(
            of: "\"tso\"", with: "\"tsoo\"")
        #expect {
            _ = try FactsJSON.decodeFacts(body(text), file: "facts.json")
        } throws: {
            ($0 as? ScenarioError)?.description.hasPrefix(
                "facts.json: $.contracts[0].service: 'tsoo' is not one of")
                == true
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
