import ChildcareRules
import Testing

@Suite("Termination by the parent — TSO terms art. 8 lid 1")
struct ParentTerminationTests {
    @Test(
        "A termination not in writing (a call, in person, through staff) is rejected and pointed to the form",
        arguments: [Channel.phone, .oral, .staff])
    func otherChannels(channel: Channel) throws {
        let contract = try Fixtures.contract()
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-10-01"), channel: channel)
        #expect(decision.outcome == .rejected(.notThroughOnlineForm(channel)))
        #expect(
            decision.explanation.nl.contains(
                "uitsluitend met het online opzegformulier op www.mijnpartou.nl/service"))
        #expect(decision.explanation.en.contains("online termination form at www.mijnpartou.nl/service"))
        #expect(decision.citationKeys == ["TSO art. 8 lid 1"])
    }

    @Test(
        "The contract ends per the earliest date or per the later date the parent chose; its last day is the day before (I-202)",
        arguments: [
            // received, requested (a per date), per: the first day without a contract
            ("2025-10-01", nil, "2025-11-01"),
            ("2025-10-01", "2025-10-01", "2025-11-01"),
            ("2025-10-01", "2025-10-31", "2025-11-01"),
            ("2025-10-01", "2025-11-01", "2025-11-01"),
            ("2025-10-01", "2025-12-31", "2025-12-31"),
            ("2026-01-31", nil, "2026-02-28"),
            ("2026-02-01", nil, "2026-03-01"),
            ("2026-03-31", "2026-04-29", "2026-04-30"),
        ] as [(String, String?, String)])
    func endDate(row: (String, String?, String)) throws {
        let contract = try Fixtures.contract()
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day(row.0), channel: .onlineForm,
            requestedEndDate: try row.1.map { try Fixtures.day($0) })
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("rejected: \(decision.outcome)")
            return
        }
        #expect(terms.firstDayWithoutContract == (try Fixtures.day(row.2)))
        #expect(terms.endDate == (try Fixtures.day(row.2).adding(days: -1)))
        #expect(
            decision.deadlines.map(\.moment.local.date) == [terms.endDate, terms.firstDayWithoutContract])
        #expect(decision.outcome.end?.source == .parentTermination)
        #expect(decision.citationKeys == ["TSO art. 8 lid 1", "TSO art. 6 lid 1", "TSO art. 6 lid 5"])
    }

    @Test(
        "A termination effective in the middle of February still owes the February instalment, and nothing later"
    )
    func midFebruary() throws {
        let contract = try Fixtures.contract()
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2026-01-14"), channel: .onlineForm)
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("rejected")
            return
        }
        #expect(terms.endDate == (try Fixtures.day("2026-02-13")))
        #expect(
            terms.instalmentsStillDue == [
                Instalment(month: try YearMonth("2026-02"), amount: Money(cents: 12_346))
            ])
        let billed = try BillingSchedule.instalments(
            for: try contract.ending(on: terms.endDate), schoolYear: SchoolYear(startYear: 2025))
        #expect(
            billed.map(\.month.description) == [
                "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02",
            ])
        #expect(billed.total == Money(cents: 74_073))
        #expect(decision.explanation.en.contains("not refunded"))
    }

    private static func accepted(_ outcome: ParentTerminationOutcome) -> TerminationTerms? {
        guard case .accepted(let terms) = outcome else { return nil }
        return terms
    }

    @Test(
        "Read as the last day (I-202=last-day-in-contract), the form of 1 February ends the contract per 2 March, and a chosen date is a last day"
    )
    func perReadAsLastDay() throws {
        let contract = try Fixtures.contract()
        let readings = try Readings.parsing(["I-202=last-day-in-contract"])
        #expect(readings.readsPerAsLastDay)
        #expect(!Readings.chosen.readsPerAsLastDay)
        let parameters = TSOParameters.edition2024.read(under: readings)
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2026-02-01"), channel: .onlineForm,
            parameters: parameters)
        let terms = try #require(Self.accepted(decision.outcome))
        #expect(terms.endDate == (try Fixtures.day("2026-03-01")))
        #expect(terms.firstDayWithoutContract == (try Fixtures.day("2026-03-02")))
        #expect(terms.instalmentsStillDue.map(\.month.description) == ["2026-03"])
        let chosen = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2026-02-01"), channel: .onlineForm,
            requestedEndDate: Fixtures.day("2026-04-01"), parameters: parameters)
        let later = try #require(Self.accepted(chosen.outcome))
        #expect(later.endDate == (try Fixtures.day("2026-04-01")))
        #expect(later.firstDayWithoutContract == (try Fixtures.day("2026-04-02")))
        #expect(
            chosen.explanation.nl.contains(
                "Je koos zelf een latere datum, per donderdag 2 april 2026: laatste opvangdag 1 april 2026"))
        // Partou's notices are not the parent's: the reading leaves them alone.
        #expect(
            try NoticePeriod.earliestEffectiveDate(
                for: .priceChange, from: Fixtures.day("2026-01-31"), parameters: parameters)
                == Fixtures.day("2026-03-08"))
        #expect(
            try NoticePeriod.earliestEffectiveDate(
                for: .cancellation, from: Fixtures.day("2026-08-01"), parameters: parameters)
                == Fixtures.day("2026-09-02"))
    }

    @Test(
        "A form received on 1 February ends the contract per 1 March: last day 28 February, March not billed (I-202)"
    )
    func perFirstOfMonth() throws {
        let contract = try Fixtures.contract()
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2026-02-01"), channel: .onlineForm)
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("rejected")
            return
        }
        #expect(terms.endDate == (try Fixtures.day("2026-02-28")))
        #expect(terms.firstDayWithoutContract == (try Fixtures.day("2026-03-01")))
        #expect(terms.instalmentsStillDue == [])
        let billed = try BillingSchedule.instalments(
            for: try contract.ending(on: terms.endDate), schoolYear: SchoolYear(startYear: 2025))
        #expect(!billed.map(\.month.description).contains("2026-03"))
        #expect(billed.total == Money(cents: 74_073))
        #expect(
            decision.explanation.nl.contains(
                "laatste opvangdag 28 februari 2026; de overeenkomst eindigt per 1 maart 2026"))
        #expect(
            decision.explanation.en.contains(
                "last day of care 28 February 2026; the contract ends as of 1 March 2026"))
        let chosen = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2026-02-01"), channel: .onlineForm,
            requestedEndDate: Fixtures.day("2026-04-01"))
        guard case .accepted(let later) = chosen.outcome else {
            Issue.record("rejected")
            return
        }
        #expect(later.endDate == (try Fixtures.day("2026-03-31")))
        #expect(
            later.instalmentsStillDue == [
                Instalment(month: try YearMonth("2026-03"), amount: Money(cents: 12_346))
            ])
    }

    @Test("A form received before care starts counts as a cancellation (art. 3)")
    func beforeStart() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-08-20"), channel: .onlineForm)
        guard case .treatedAsCancellation(let terms) = decision.outcome else {
            Issue.record("not treated as a cancellation")
            return
        }
        #expect(terms.effectiveDate == (try Fixtures.day("2025-09-20")))
        #expect(terms.owed.map(\.month.description) == ["2025-09"])
        #expect(decision.citationKeys.contains("TSO art. 3"))
    }

    @Test("A contract with an earlier fixed end date keeps it; a contract already ended cannot be terminated")
    func fixedEnd() throws {
        let contract = try Fixtures.contract(end: "2025-10-15")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-10-01"), channel: .onlineForm)
        #expect(decision.outcome.endDate == (try Fixtures.day("2025-10-15")))
        let error = #expect(throws: RulesError.self) {
            try ParentTerminationRule.decide(
                contract: contract, receivedOn: Fixtures.day("2025-10-16"), channel: .onlineForm)
        }
        #expect(error?.code == .invalidState)
    }
}
