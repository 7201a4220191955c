import Testing

@testable import ChildcareRules

@Suite("The cap on liability for the app: the month's childcare fee, at most € 500 (App terms art. 11)")
struct LiabilityCapTests {
    @Test(
        "The cap is the fee paid in the month of the event, at most € 500 (I-317)",
        arguments: [(12_345, 12_345), (50_000, 50_000), (50_001, 50_000), (61_200, 50_000), (0, 0)])
    func cap(paid: Int, cap: Int) throws {
        let decision = try LiabilityCapRule.decide(
            paidInMonth: Money(cents: paid), eventOn: LocalDate("2026-03-10"))
        #expect(decision.outcome == Money(cents: cap))
        #expect(decision.citations.map(\.key) == ["APP art. 11"])
        #expect(decision.explanation.nl.contains("beslist de rechter"))
    }

    @Test("A negative amount, or an event before the app terms of 2024, is a typed error")
    func errors() {
        let negative = #expect(throws: RulesError.self) {
            try LiabilityCapRule.decide(paidInMonth: Money(cents: -1), eventOn: LocalDate("2026-03-10"))
        }
        #expect(negative?.code == .invalidArgument)
        let early = #expect(throws: RulesError.self) {
            try LiabilityCapRule.decide(paidInMonth: Money(cents: 100), eventOn: LocalDate("2023-12-31"))
        }
        #expect(early?.code == .beforeFirstEdition)
    }

    @Test("The table shows App art. 11 as not decidable, with the cap computed by access.liabilityCap")
    func traceability() throws {
        let row = try #require(Traceability.rows.first { $0.clause.key == "APP art. 11" })
        guard case .notDecidable(_, let rules) = row.status else {
            Issue.record("App art. 11 stays not decidable: liability is for a court")
            return
        }
        #expect(rules == [LiabilityCapRule.rule])
    }
}
