import ChildcareRules
import Testing

/// Portal privacy statement: "Een dergelijk verzoek wordt op de kortst mogelijke termijn behandeld, doch
/// uiterlijk binnen 4 weken." Art. 12 lid 3 AVG allows a month; the statement's 4 weeks are never later, so
/// the parent keeps them (I-309). In the engine the answer reads the contract's end from its timeline: a
/// termination moves the data from the app to the archive and, a year after the end, to destruction (App
/// privacy statement, "Bewaren van persoonsgegevens").
@Suite(
    "A data request in the engine: 4 weeks, and what the timeline's end made of the data (Portal privacy statement; art. 12 AVG; I-309)"
)
struct EngineDataRequestTests {
    static func termination() throws -> TimedEvent {
        try EngineFixture.event(
            "form", "2026-02-10T09:00",
            .contract(
                "noor-tso",
                .parentTermination(
                    receivedOn: LocalDate("2026-02-10"), channel: .onlineForm, requestedEndDate: nil)))
    }

    static func request(_ at: String, _ kind: DataRequest.Kind, withdrawn: Bool = false) throws -> TimedEvent
    {
        try EngineFixture.event(
            "request", at, .dataRequest(by: "anna", kind: kind, consentWithdrawn: withdrawn))
    }

    @Test(
        "The answer is due by the end of received + 28 days, never later than the AVG's month",
        arguments: [
            ("2026-02-02", "2026-03-02"), ("2026-01-31", "2026-02-28"), ("2026-12-20", "2027-01-17"),
            ("2028-02-01", "2028-02-29"),
        ])
    func fourWeeks(received: String, due: String) throws {
        let result = try Engine.evaluate(
            EngineFixture.facts(), events: [try Self.request(received + "T09:00", .inspect)])
        let record = try #require(result.decisions.first { $0.event == "request" })
        #expect(record.outcome == .answerDue)
        #expect(record.rule == DataRequest.rule)
        #expect(record.addressee == "anna")
        let deadline = try #require(record.deadlines.first)
        #expect(deadline.moment.local.date == (try LocalDate(due)))
        let avg = try LocalDate(received).adding(months: 1, rounding: .down)
        #expect(deadline.moment.local.date <= avg)
    }

    @Test(
        "A termination on the timeline reaches the answer: in the app, archived, then destroyed (TSO art. 8 lid 1 with the retention)",
        arguments: [
            ("2026-02-02T09:00", nil as String?),
            ("2026-03-20T09:00", nil),
            ("2026-06-01T09:00", "De gegevens zijn gearchiveerd"),
            ("2027-04-01T09:00", "vernietigd; Partou zegt je welke gegevens er nog zijn"),
        ])
    func timelineEnd(at: String, sentence: String?) throws {
        let events = [try Self.termination(), try Self.request(at, .inspect)]
        let ended = try Engine.evaluate(EngineFixture.facts(), events: events)
        let record = try #require(ended.decisions.first { $0.event == "request" })
        #expect(record.outcome == .answerDue)
        if let sentence {
            #expect(record.explanation.nl.contains(sentence))
        } else {
            #expect(
                !record.explanation.nl.contains("gearchiveerd")
                    && !record.explanation.nl.contains("vernietigd"))
        }
        // Without the termination the contract runs on, and the data is neither archived nor destroyed.
        let running = try Engine.evaluate(EngineFixture.facts(), events: [try Self.request(at, .inspect)])
        let plain = try #require(running.decisions.first { $0.event == "request" })
        #expect(
            !plain.explanation.nl.contains("gearchiveerd") && !plain.explanation.nl.contains("vernietigd"))
    }

    @Test("An erasure after consent was withdrawn says so (art. 17 lid 1 sub b AVG)")
    func erasureAfterWithdrawal() throws {
        let result = try Engine.evaluate(
            EngineFixture.facts(), events: [try Self.request("2026-03-02T09:00", .erase, withdrawn: true)])
        let record = try #require(result.decisions.first { $0.event == "request" })
        #expect(record.explanation.nl.contains("Je trok je toestemming in"))
        #expect(record.explanation.en.contains("You withdrew your consent"))
    }

    @Test("A request from a parent the case does not know is refused as unknownReference")
    func unknownParent() throws {
        let event = try EngineFixture.event(
            "request", "2026-03-02T09:00", .dataRequest(by: "nobody", kind: .inspect))
        #expect(throws: RulesError.self) {
            try Engine.evaluate(EngineFixture.facts(), events: [event])
        }
    }
}
