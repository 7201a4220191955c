import ChildcareRules
import Testing

@Suite("Cancellation before the start — TSO terms art. 3")
struct CancellationTests {
    @Test(
        "What a cancellation still costs: the instalments of months beginning from the start through the last day, the day before the per date",
        arguments: [
            // received, start, effective (per: the first day without a contract), owed months
            ("2025-07-25", "2025-09-01", "2025-08-25", [String]()),
            ("2025-08-20", "2025-09-01", "2025-09-20", ["2025-09"]),
            ("2025-08-20", "2025-09-02", "2025-09-20", []),
            ("2025-08-01", "2025-09-01", "2025-09-01", []),
            ("2025-08-02", "2025-09-01", "2025-09-02", ["2025-09"]),
            ("2025-10-10", "2025-10-15", "2025-11-10", ["2025-11"]),
            ("2026-05-31", "2026-06-15", "2026-06-30", []),
            ("2026-06-20", "2026-07-01", "2026-07-20", []),
        ])
    func owed(row: (String, String, String, [String])) throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: row.1)
        let decision = try CancellationRule.decide(
            contract: contract, receivedOn: Fixtures.day(row.0), channel: .email)
        let terms = try #require(decision.outcome.terms)
        #expect(terms.effectiveDate == (try Fixtures.day(row.2)))
        #expect(terms.firstDayWithoutContract == terms.effectiveDate)
        #expect(terms.lastDay == (try Fixtures.day(row.2).adding(days: -1)))
        #expect(terms.owed.map(\.month.description) == row.3)
        #expect(decision.citationKeys == ["TSO art. 3", "TSO art. 6 lid 1"])
        #expect(decision.deadlines.first?.moment.local.date == terms.effectiveDate)
    }

    @Test(
        "A cancellation received 1 August for a 1 September start ends the contract per the start: nothing is owed (I-202)"
    )
    func perTheStartDate() throws {
        let contract = try Fixtures.contract(signed: "2026-06-01", start: "2026-09-01")
        let decision = try CancellationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2026-08-01"), channel: .email)
        let terms = try #require(decision.outcome.terms)
        #expect(terms.lastDay == (try Fixtures.day("2026-08-31")))
        #expect(terms.firstDayWithoutContract == (try Fixtures.day("2026-09-01")))
        #expect(terms.owed == [])
        #expect(terms.owedTotal == .zero)
        let end = try #require(ContractEventOutcome.cancellation(decision.outcome).contractEnd)
        #expect(end.lastDay == (try Fixtures.day("2026-08-31")))
        #expect(end.source == .cancellation)
        #expect(end.citation.key == "TSO art. 3")
        #expect(
            decision.explanation.nl.contains(
                "laatste opvangdag 31 augustus 2026; de overeenkomst eindigt per 1 september 2026"))
        #expect(
            decision.explanation.en.contains(
                "last day of care 31 August 2026; the contract ends as of 1 September 2026"))
        #expect(decision.explanation.nl.contains("je betaalt niets"))
    }

    @Test("Nothing is owed when the start date falls after the effective date")
    func nothingOwed() throws {
        let contract = try Fixtures.contract(signed: "2025-05-01", start: "2025-09-01")
        let decision = try CancellationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-07-15"), channel: .email)
        #expect(decision.outcome.terms?.owedTotal == .zero)
        #expect(decision.explanation.nl.contains("je betaalt niets"))
        #expect(decision.explanation.en.contains("you owe nothing"))
    }

    @Test(
        "Written channels count, spoken ones do not (I-200)",
        arguments: [
            (Channel.email, true), (.letter, true), (.onlineForm, true), (.app, true),
            (.phone, false), (.oral, false), (.staff, false),
        ])
    func channels(row: (Channel, Bool)) throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let decision = try CancellationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-07-01"), channel: row.0)
        #expect((decision.outcome.terms != nil) == row.1)
        if !row.1 {
            #expect(decision.outcome == .rejected(.notInWriting(row.0)))
            #expect(decision.explanation.nl.contains("support@partou.nl"))
            #expect(decision.citationKeys == ["TSO art. 3", "TSO art. 2 lid 4"])
        }
    }

    @Test("A cancellation received on or after the start date is not a cancellation: terminate with the form")
    func afterStart() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        for received in ["2025-09-01", "2025-09-15"] {
            let decision = try CancellationRule.decide(
                contract: contract, receivedOn: Fixtures.day(received), channel: .email)
            #expect(decision.outcome == .rejected(.careAlreadyStarted))
            #expect(decision.explanation.nl.contains("www.mijnpartou.nl/service"))
            #expect(decision.citationKeys == ["TSO art. 3", "TSO art. 8 lid 1"])
        }
    }

    @Test("A cancellation received before the contract was signed is invalid input")
    func beforeSigning() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let error = #expect(throws: RulesError.self) {
            try CancellationRule.decide(
                contract: contract, receivedOn: Fixtures.day("2025-05-31"), channel: .email)
        }
        #expect(error?.code == .invalidArgument)
    }
}
