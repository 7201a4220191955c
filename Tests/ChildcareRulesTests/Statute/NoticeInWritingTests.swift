import Testing

@testable import ChildcareRules

/// Art. 6:237 sub m BW over TSO terms art. 8 lid 1 ("uitsluitend" the online form): a termination in
/// writing ends the contract whatever written channel carries it (I-231).
@Suite(
    "Mandatory law: a termination in any written form ends the contract (art. 6:237 sub m BW; TSO art. 8 lid 1)"
)
struct NoticeInWritingTests {
    static let formOnly: TSOParameters = {
        do {
            return try TSOParameters.edition2024.read(
                under: Readings.chosen.choosing("form-only", for: Reading.writtenTermination.id))
        } catch {
            preconditionFailure("I-231 has the alternative form-only: \(error)")
        }
    }()

    @Test(
        "A termination in writing ends the contract as the form would, and cites the statute only where it changes the outcome",
        arguments: [
            (Channel.onlineForm, true, false), (.email, true, true), (.letter, true, true),
            (.app, true, true),
            (.phone, false, false), (.oral, false, false), (.staff, false, false),
        ])
    func channels(channel: Channel, ends: Bool, citesStatute: Bool) throws {
        let contract = try Fixtures.contract()
        let received = try Fixtures.day("2026-03-15")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: received, channel: channel)
        let form = try ParentTerminationRule.decide(
            contract: contract, receivedOn: received, channel: .onlineForm)
        if ends {
            #expect(decision.outcome.end?.lastDay == form.outcome.end?.lastDay)
            #expect(decision.deadlines == form.deadlines)
        } else {
            #expect(decision.outcome == .rejected(.notThroughOnlineForm(channel)))
        }
        #expect(decision.citationKeys.contains("BW art. 6:237 sub m") == citesStatute)
        #expect(decision.explanation.nl.contains("art. 6:237 sub m") == citesStatute)
        #expect(decision.explanation.en.contains("6:237") == citesStatute)
    }

    @Test("Under the terms-only reading (I-231=form-only) only the online form terminates")
    func formOnlyReading() throws {
        let contract = try Fixtures.contract()
        for channel in Channel.allCases where channel != .onlineForm {
            let decision = try ParentTerminationRule.decide(
                contract: contract, receivedOn: Fixtures.day("2026-03-15"), channel: channel,
                parameters: Self.formOnly)
            #expect(decision.outcome == .rejected(.notThroughOnlineForm(channel)))
            #expect(!decision.citationKeys.contains("BW art. 6:237 sub m"))
        }
    }

    @Test("An e-mailed termination before care starts counts as a cancellation, citing the statute (art. 3)")
    func beforeTheStart() throws {
        let contract = try Fixtures.contract()
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-07-05"), channel: .email)
        guard case .treatedAsCancellation = decision.outcome else {
            Issue.record("not a cancellation: \(decision.outcome)")
            return
        }
        #expect(decision.citationKeys.first == "BW art. 6:237 sub m")
        #expect(decision.explanation.en.contains("counts as a cancellation"))
    }

    @Test(
        "Across rules: an e-mailed termination puts the end on the timeline, so hours left lapse at the end (art. 5 lid 5)"
    )
    func reachesTheTimeline() throws {
        let facts = try EngineFixture.facts()
        let absence = EngineEvent.absence(
            contract: "noor-tso", date: try LocalDate("2026-01-12"), channel: .app, appVersion: nil)
        let byEmail = EngineEvent.contract(
            "noor-tso",
            .parentTermination(
                receivedOn: try LocalDate("2026-01-26"), channel: .email, requestedEndDate: nil))
        let later = EngineEvent.absence(
            contract: "noor-tso", date: try LocalDate("2026-03-09"), channel: .app, appVersion: nil)
        let events = [
            try EngineFixture.event("a1", "2026-01-05T09:00", absence),
            try EngineFixture.event("t1", "2026-01-26T10:00", byEmail),
            try EngineFixture.event("a2", "2026-03-02T09:00", later),
        ]
        let evaluation = try Engine.evaluate(facts, events: events)
        let end = try #require(evaluation.state.timelines["noor-tso"]?.end)
        #expect(end.source == "t1")
        #expect(end.lastDay == (try LocalDate("2026-02-25")))
        #expect(
            evaluation.decisions.filter { $0.event == "a2" }.map(\.outcome.code) == [
                "afterContractEnd", "lapsedAtContractEnd",
            ])
        let termsOnly = try Engine.evaluate(
            facts, events: events, terms: TermsCatalogue.library.reading(under: Self.formOnly.readings))
        #expect(termsOnly.state.timelines["noor-tso"]?.end == nil)
        #expect(!termsOnly.decisions.map(\.outcome.code).contains("lapsedAtContractEnd"))
    }
}
