import ChildcareRules
import ChildcareScenarios
import Testing

/// The access parts of the scenario format after issue 14: consent is explicit (absent means no), the
/// parents' answers combine into one per child, and blocks may be partial and temporary.
@Suite("Scenario format — consent and blocks (App privacy statement; App terms art. 6, 8)")
struct AccessScenarioFormatTests {
    static func file(parents: String, events: String = "") -> String {
        """
        {"title": "t", "sources": ["Issue 14: format"],
         "facts": {"contracts": [{"id": "c", "child": "k", "contractParent": "anna", "service": "tso",
           "signed": "2026-06-01", "start": "2026-08-31", "schedule": [{"weekday": "mon", "start": "12:00",
           "minutes": 60}], "annualAmountCents": 100, "hourlyRateCents": 100}],
           "parents": [\(parents)]},
         "events": [\(events)], "expect": []}
        """
    }

    @Test("A file that says nothing about consent loads, with no consent in force (I-308)")
    func silentFileLoads() throws {
        let scenario = try Scenario.read(
            Array(Self.file(parents: #"{"id": "anna", "role": "contract-parent"}"#).utf8), file: "silent.json"
        )
        let anna = try #require(scenario.facts.parents.first)
        #expect(!anna.access.photoConsent && !anna.access.diaryConsent)
        #expect(anna.access.ownPhotoChoice == .notExpressed)
    }

    @Test(
        "The parents' answers make one answer for the child: a refusal by a parent with authority wins (I-308)"
    )
    func oneAnswer() throws {
        let parents =
            #"{"id": "anna", "role": "contract-parent", "photoConsent": false}, "#
            + #"{"id": "ben", "role": "other-parent", "photoConsent": true, "diaryConsent": true}"#
        let scenario = try Scenario.read(Array(Self.file(parents: parents).utf8), file: "two.json")
        for parent in scenario.facts.parents {
            #expect(!parent.access.photoConsent)
            #expect(parent.access.diaryConsent)
        }
    }

    @Test("A consent event without 'given' is refused: consent is explicit (I-308)")
    func consentEventNeedsGiven() throws {
        let event =
            #"{"id": "e", "at": "2026-09-07T09:00", "type": "access", "user": "anna", "event": "photo-consent"}"#
        let text = Self.file(parents: #"{"id": "anna", "role": "contract-parent"}"#, events: event)
        #expect {
            _ = try Scenario.read(Array(text.utf8), file: "given.json")
        } throws: {
            ($0 as? ScenarioError)?.description.contains("$.events[0].given: this field is required") == true
        }
    }

    @Test("A block may withhold some capabilities until a date (App terms art. 8; I-312)")
    func partialBlock() throws {
        let event =
            #"{"id": "b", "at": "2026-09-07T09:00", "type": "access", "user": "anna", "event": "blocked", "#
            + #""reason": "misuse", "withhold": ["privateMessages"], "until": "2026-10-05"}"#
        let text = Self.file(parents: #"{"id": "anna", "role": "contract-parent"}"#, events: event)
        let scenario = try Scenario.read(Array(text.utf8), file: "block.json")
        let expected = AccessEvent.blockImposed(
            AccessBlock(
                reason: .misuse, scope: .partial([.privateMessages]),
                duration: .temporary(until: try LocalDate("2026-10-05"))))
        #expect(scenario.events.first?.event == .access("anna", expected))
    }
}
