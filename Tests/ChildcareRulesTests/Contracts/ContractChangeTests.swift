import ChildcareRules
import Testing

@Suite("Change of the contract — TSO terms art. 8 lid 2")
struct ContractChangeTests {
    @Test(
        "A change takes effect one month after receipt, or on the later date asked for",
        arguments: [
            ("2025-03-01", nil, "2025-04-01"),
            ("2025-03-01", "2025-03-15", "2025-04-01"),
            ("2025-03-01", "2025-05-01", "2025-05-01"),
            ("2025-01-31", nil, "2025-02-28"),
            ("2027-01-31", nil, "2027-02-28"),
        ] as [(String, String?, String)])
    func effective(row: (String, String?, String)) throws {
        let decision = try ContractChangeRule.decide(
            receivedOn: Fixtures.day(row.0), channel: .onlineForm,
            requestedEffectiveDate: try row.1.map { try Fixtures.day($0) })
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("rejected")
            return
        }
        #expect(terms.effectiveDate == (try Fixtures.day(row.2)))
        #expect(decision.citationKeys == ["TSO art. 8 lid 2"])
    }

    @Test(
        "The online form is named but not exclusive: other written channels count, spoken ones do not (I-200)",
        arguments: [
            (Channel.onlineForm, true), (.email, true), (.letter, true), (.app, true), (.phone, false),
            (.oral, false), (.staff, false),
        ])
    func channels(row: (Channel, Bool)) throws {
        let decision = try ContractChangeRule.decide(receivedOn: Fixtures.day("2025-03-01"), channel: row.0)
        if row.1 {
            #expect(decision.outcome != .rejected(.notInWriting(row.0)))
        } else {
            #expect(decision.outcome == .rejected(.notInWriting(row.0)))
            #expect(decision.citationKeys == ["TSO art. 8 lid 2", "TSO art. 2 lid 4"])
        }
    }

    @Test("A change applied after its effective date is flagged as late")
    func appliedLate() throws {
        let onTime = try ContractChangeRule.decide(
            receivedOn: Fixtures.day("2025-03-01"), channel: .onlineForm,
            appliedOn: Fixtures.day("2025-04-01"))
        let late = try ContractChangeRule.decide(
            receivedOn: Fixtures.day("2025-03-01"), channel: .onlineForm,
            appliedOn: Fixtures.day("2025-04-02"))
        guard case .accepted(let onTimeTerms) = onTime.outcome, case .accepted(let lateTerms) = late.outcome
        else {
            Issue.record("rejected")
            return
        }
        #expect(!onTimeTerms.isAppliedLate)
        #expect(lateTerms.isAppliedLate)
        #expect(late.explanation.nl.contains("rechtzetten"))
    }
}
