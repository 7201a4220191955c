import ChildcareRules
import Testing

@Suite("Contract lifecycle — TSO terms art. 2 lid 5, art. 3, art. 4 lid 1, art. 8")
struct ContractLifecycleTests {
    static func run(
        _ events: [ContractEvent], contract: Contract, from state: ContractState = .signed
    ) throws -> [ContractState] {
        var current = state
        var states: [ContractState] = []
        for event in events {
            current = try ContractLifecycle.apply(event, to: current, contract: contract).state
            states.append(current)
        }
        return states
    }

    @Test("Started; a notice by phone is refused, the form ends it the day after the end date (art. 8 lid 1)")
    func termination() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let states = try Self.run(
            [
                .dateReached(try Fixtures.day("2025-08-31")),
                .dateReached(try Fixtures.day("2025-09-01")),
                .parentTermination(
                    receivedOn: try Fixtures.day("2025-10-01"), channel: .phone, requestedEndDate: nil),
                .parentTermination(
                    receivedOn: try Fixtures.day("2025-10-02"), channel: .onlineForm, requestedEndDate: nil),
                .dateReached(try Fixtures.day("2025-11-02")),
                .dateReached(try Fixtures.day("2025-11-03")),
            ], contract: contract)
        #expect(
            states == [
                .signed, .active, .active, .terminationPending(endDate: try Fixtures.day("2025-11-01")),
                .ended(endDate: try Fixtures.day("2025-11-01")),
                .ended(endDate: try Fixtures.day("2025-11-01")),
            ])
    }

    @Test("A second, later notice does not postpone an earlier end date")
    func earlierEndWins() throws {
        let contract = try Fixtures.contract()
        let states = try Self.run(
            [
                .parentTermination(
                    receivedOn: try Fixtures.day("2025-10-02"), channel: .onlineForm, requestedEndDate: nil),
                .providerTermination(noticeOn: try Fixtures.day("2025-10-20"), reason: .businessNecessity),
            ], contract: contract, from: .active)
        #expect(states.last == .terminationPending(endDate: try Fixtures.day("2025-11-01")))
    }

    @Test("A cancellation by e-mail before the start cancels; a final state takes no further events (art. 3)")
    func cancellation() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let step = try ContractLifecycle.apply(
            .cancellation(receivedOn: try Fixtures.day("2025-08-20"), channel: .email), to: .signed,
            contract: contract)
        guard case .cancelled(let terms) = step.state else {
            Issue.record("not cancelled")
            return
        }
        #expect(terms.owed.map(\.month.description) == ["2025-09"])
        guard case .cancellation = step.decision.outcome else {
            Issue.record("wrong outcome")
            return
        }
        let error = #expect(throws: RulesError.self) {
            try ContractLifecycle.apply(
                .parentTermination(
                    receivedOn: try Fixtures.day("2025-08-21"), channel: .onlineForm, requestedEndDate: nil),
                to: step.state, contract: contract)
        }
        #expect(error?.code == .invalidState)
        #expect(
            try ContractLifecycle.apply(
                .dateReached(try Fixtures.day("2025-12-01")), to: step.state, contract: contract
            ).state == step.state)
    }

    @Test(
        "Missing consent after the start: agreement in time keeps the contract, otherwise Partou terminates (art. 2 lid 5 sub a)"
    )
    func consentAfterStart() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let found = ContractEvent.missingConsentFound(
            on: try Fixtures.day("2025-10-01"), hasCourtRulingOrSettlement: false)
        let agreed = try Self.run(
            [found, .consentAgreed(on: try Fixtures.day("2025-10-20"))], contract: contract, from: .active)
        #expect(
            agreed == [
                .awaitingConsent(
                    foundOn: try Fixtures.day("2025-10-01"), deadline: try Fixtures.day("2025-11-01")),
                .active,
            ])
        let lapsed = try Self.run(
            [found, .dateReached(try Fixtures.day("2025-11-02"))], contract: contract, from: .active)
        #expect(lapsed.last == .terminationPending(endDate: try Fixtures.day("2025-11-30")))
    }

    @Test(
        "Missing consent before the start with no agreement cancels the contract (art. 2 lid 5 sub b, art. 3)"
    )
    func consentBeforeStart() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let states = try Self.run(
            [
                .missingConsentFound(on: try Fixtures.day("2025-08-20"), hasCourtRulingOrSettlement: false),
                .dateReached(try Fixtures.day("2025-08-26")),
            ], contract: contract)
        guard case .cancelled(let terms) = states.last else {
            Issue.record("not cancelled: \(String(describing: states.last))")
            return
        }
        #expect(terms.receivedOn == (try Fixtures.day("2025-08-25")))
        let error = #expect(throws: RulesError.self) {
            try ContractLifecycle.apply(
                .consentAgreed(on: try Fixtures.day("2025-08-20")), to: .active, contract: contract)
        }
        #expect(error?.code == .invalidState)
    }

    @Test("Price, terms and change events leave the state as it is")
    func informational() throws {
        let contract = try Fixtures.contract()
        let states = try Self.run(
            [
                .priceChange(
                    announcedOn: try Fixtures.day("2025-11-20"),
                    proposedEffectiveDate: try Fixtures.day("2026-01-01")),
                .termsChange(
                    informedOn: try Fixtures.day("2025-11-20"), proposedEffectiveDate: nil, isMaterial: true),
                .change(
                    receivedOn: try Fixtures.day("2025-11-20"), channel: .onlineForm,
                    requestedEffectiveDate: nil),
            ], contract: contract, from: .active)
        #expect(states == [.active, .active, .active])
    }

    @Test("The contract renews tacitly per school year: the term containing a date (art. 4 lid 1)")
    func term() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-11-15")
        let first = try #require(
            ContractLifecycle.term(of: contract, containing: try Fixtures.day("2026-03-01")))
        #expect(first.first == (try Fixtures.day("2025-11-15")))
        #expect(first.last == (try Fixtures.day("2026-07-31")))
        let renewed = try #require(
            ContractLifecycle.term(of: contract, containing: try Fixtures.day("2027-03-01")))
        #expect(renewed.first == (try Fixtures.day("2026-08-01")))
        #expect(renewed.last == (try Fixtures.day("2027-07-31")))
        #expect(ContractLifecycle.term(of: contract, containing: try Fixtures.day("2025-11-14")) == nil)
    }
}
