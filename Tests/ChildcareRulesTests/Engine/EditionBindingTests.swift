import Foundation
import Testing

@testable import ChildcareRules

/// Art. 10 lid 2: "De wijzigingen treden eerst één maand en één week nadat wij je hebben geïnformeerd in
/// werking". A newer edition binds each contract from its own date, not from the edition's publication.
@Suite("Each contract is bound by its own edition of the terms (TSO terms art. 10 lid 2; art. 5 lid 1)")
struct EditionBindingTests {
    /// The library's 2024 edition followed by the fictitious 2027 one (72 hours, cut-off 10:00).
    static let catalogue: TermsCatalogue = {
        do { return try TermsCatalogue([.edition2024, FixtureEdition.parameters]) } catch {
            preconditionFailure("the fixture catalogue is valid: \(error)")
        }
    }()

    static func facts() throws -> CaseFacts {
        try CaseFacts(
            contracts: [
                try EngineFixture.contract(), try EngineFixture.contract(id: "sem-tso", child: "sem"),
            ],
            childNames: ["noor": "Noor", "sem": "Sem"])
    }

    /// Noor's parent is informed on 20 November 2026 (new terms from 1 January 2027, later than
    /// informed + 1 month + 1 week = 27 December); Sem's on 15 December (so from 22 January 2027).
    static func notices() throws -> [TimedEvent] {
        [try notice("noor-tso", informedOn: "2026-11-20"), try notice("sem-tso", informedOn: "2026-12-15")]
    }

    /// A terms change for `contract`, the parent informed at 10:00 on `informedOn`, new terms proposed from
    /// 1 January 2027.
    static func notice(_ contract: ContractID, informedOn: String) throws -> TimedEvent {
        try EngineFixture.event(
            "terms-\(contract)", "\(informedOn)T10:00",
            .contract(
                contract,
                .termsChange(
                    informedOn: LocalDate(informedOn), proposedEffectiveDate: LocalDate("2027-01-01"),
                    isMaterial: false)))
    }

    /// An absence for Tuesday 19 January 2027 at 12:00, reported 80 hours ahead.
    static func absence(_ contract: ContractID, on date: String, at reported: String) throws -> TimedEvent {
        try EngineFixture.event(
            "absence-\(contract)-\(date)", reported,
            .absence(contract: contract, date: LocalDate(date), channel: .app, appVersion: nil))
    }

    @Test(
        "An absence reported 80 hours ahead earns hours only under a contract the 2027 edition already binds")
    func switchesPerContract() throws {
        let events =
            try Self.notices() + [
                try Self.absence("noor-tso", on: "2027-01-19", at: "2027-01-16T04:00"),
                try Self.absence("sem-tso", on: "2027-01-19", at: "2027-01-16T04:00"),
                try Self.absence("sem-tso", on: "2027-01-28", at: "2027-01-25T04:00"),
            ]
        let evaluation = try Engine.evaluate(Self.facts(), events: events, terms: Self.catalogue)
        let absences = evaluation.decisions.filter { $0.rule == AbsenceRule.rule }
        try #require(absences.count == 3)
        // Noor: bound by 2027 since 1 January, so 80 hours is more than 72.
        #expect(absences[0].minutes == 60)
        #expect(absences[0].citations.first?.edition == FixtureEdition.tso2027)
        #expect(absences[0].explanation.nl.contains("meer dan 72 uur"))
        // Sem: still bound by 2024 on 19 January (the 2027 edition binds Sem only from 22 January).
        #expect(absences[1].minutes == 0)
        #expect(absences[1].citations.first?.edition == .tso2024)
        // Sem, after Sem's own art. 10 date.
        #expect(absences[2].minutes == 60)
        #expect(absences[2].citations.first?.edition == FixtureEdition.tso2027)
    }

    @Test(
        "Without a notice the edition a contract was signed under keeps binding it after a newer one starts")
    func noNoticeNoSwitch() throws {
        let events = [try Self.absence("noor-tso", on: "2027-01-19", at: "2027-01-16T04:00")]
        let evaluation = try Engine.evaluate(Self.facts(), events: events, terms: Self.catalogue)
        #expect(evaluation.decisions.first?.minutes == 0)
        #expect(evaluation.decisions.first?.citations.first?.edition == .tso2024)
    }

    @Test("With the library's one edition a terms change binds nothing new, and the saved state is unchanged")
    func libraryCatalogueRecordsNothing() throws {
        let evaluation = try Engine.evaluate(Self.facts(), events: Self.notices())
        #expect(evaluation.state.timelines["noor-tso"]?.termsNotices == nil)
        let bound = try Engine.evaluate(Self.facts(), events: Self.notices(), terms: Self.catalogue)
        #expect(try bound.state.timelines["noor-tso"]?.termsNotices == [LocalDate("2027-01-01")])
        #expect(try bound.state.timelines["sem-tso"]?.termsNotices == [LocalDate("2027-01-22")])
    }

    @Test("The binding survives a save and a reload of the state")
    func survivesReload() throws {
        let facts = try Self.facts()
        let first = try Engine.evaluate(facts, events: Self.notices(), terms: Self.catalogue)
        let saved = try JSONEncoder().encode(first.state)
        var state = try JSONDecoder().decode(EngineState.self, from: saved)
        let records = try Engine.apply(
            Self.absence("sem-tso", on: "2027-01-28", at: "2027-01-25T04:00"), to: &state, facts: facts,
            terms: Self.catalogue)
        #expect(records.first?.minutes == 60)
    }

    @Test(
        "A catalogue is checked: empty, undated or out-of-order editions are typed errors",
        arguments: [[TSOParameters](), [FixtureEdition.parameters, .edition2024]])
    func invalidCatalogue(editions: [TSOParameters]) {
        let error = #expect(throws: RulesError.self) { try TermsCatalogue(editions) }
        #expect(error?.code == .invalidArgument)
    }

    @Test("Asking the catalogue about a date before its first edition is a typed error")
    func beforeFirstEdition() throws {
        let error = #expect(throws: RulesError.self) {
            try Self.catalogue.inForce(on: LocalDate("2024-07-31"))
        }
        #expect(error?.code == .beforeFirstEdition)
        #expect(try Self.catalogue.inForce(on: LocalDate("2027-01-01")) == FixtureEdition.parameters)
    }
}
