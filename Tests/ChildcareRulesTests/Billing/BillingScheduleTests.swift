import ChildcareRules
import Testing

@Suite("Billing schedule — TSO terms art. 6 lid 1")
struct BillingScheduleTests {
    @Test(
        "Ten instalments, September to June, differing by at most a cent, extra cents in the last months (I-209)",
        arguments: 0...9)
    func remainders(remainder: Int) throws {
        let annual = Money(cents: 123_450 + remainder)
        let instalments = try BillingSchedule.instalments(
            annual: annual, schoolYear: SchoolYear(startYear: 2025))
        #expect(instalments.count == 10)
        #expect(
            instalments.map(\.month.description) == [
                "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04",
                "2026-05", "2026-06",
            ])
        #expect(instalments.total == annual)
        let amounts = instalments.map(\.amount.cents)
        #expect(
            amounts == Array(repeating: 12_345, count: 10 - remainder)
                + Array(repeating: 12_346, count: remainder))
        #expect((amounts.max() ?? 0) - (amounts.min() ?? 0) <= 1)
    }

    @Test("Tiny and zero amounts still add up exactly", arguments: [0, 1, 7, 9, 10, 11, 99, 1_000_003])
    func tiny(cents: Int) throws {
        let instalments = try BillingSchedule.instalments(
            annual: Money(cents: cents), schoolYear: SchoolYear(startYear: 2026))
        #expect(instalments.total.cents == cents)
        #expect(instalments.first?.amount.cents == cents / 10)
        #expect(instalments.last?.amount.cents == cents / 10 + (cents % 10 > 0 ? 1 : 0))
    }

    @Test("A negative annual amount is rejected")
    func negative() throws {
        let error = #expect(throws: RulesError.self) {
            try BillingSchedule.instalments(annual: Money(cents: -1), schoolYear: SchoolYear(startYear: 2025))
        }
        #expect(error?.code == .invalidArgument)
    }

    @Test(
        "A contract is billed for the months on whose first day it is in force (I-210)",
        arguments: [
            // start, end, months billed
            ("2025-08-01", nil, 10, 123_457),
            ("2025-11-15", nil, 7, 86_422),
            ("2025-11-01", nil, 8, 98_767),
            ("2025-09-02", nil, 9, 111_112),
            ("2025-08-01", "2026-02-14", 6, 74_073),
            ("2025-08-01", "2026-01-31", 5, 61_727),
            ("2025-08-01", "2026-03-01", 7, 86_419),
            ("2025-11-15", "2026-02-14", 3, 37_038),
            ("2026-07-01", nil, 0, 0),
        ] as [(String, String?, Int, Int)])
    func partialYear(row: (String, String?, Int, Int)) throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: row.0, end: row.1)
        let instalments = try BillingSchedule.instalments(
            for: contract, schoolYear: SchoolYear(startYear: 2025))
        #expect(instalments.count == row.2)
        #expect(instalments.total.cents == row.3)
    }

    @Test("A contract starting in November is first billed in December when it starts after the 1st")
    func novemberStart() throws {
        let contract = try Fixtures.contract(signed: "2025-10-01", start: "2025-11-15")
        let instalments = try BillingSchedule.instalments(
            for: contract, schoolYear: SchoolYear(startYear: 2025))
        #expect(instalments.first?.month.description == "2025-12")
        #expect(instalments.allSatisfy { $0.amount.cents == 12_346 })
    }

    @Test(
        "The explained schedule cites art. 6 lid 1, owes each instalment on the 1st, and is outside the terms before 2024"
    )
    func decision() throws {
        let decision = try BillingSchedule.decide(
            annual: Money(cents: 123_457), schoolYear: SchoolYear(startYear: 2025))
        #expect(decision.citationKeys == ["TSO art. 6 lid 1"])
        #expect(decision.deadlines.first?.moment.description == "2025-09-01T00:00:00+02:00")
        #expect(decision.explanation.nl.contains("de laatste 7 maanden zijn één cent hoger"))
        let error = #expect(throws: RulesError.self) {
            try BillingSchedule.decide(annual: Money(cents: 1), schoolYear: SchoolYear(startYear: 2023))
        }
        #expect(error?.code == .beforeFirstEdition)
    }

    @Test(
        "The explained contract schedule bills December to February for a contract from 15 November to 14 February"
    )
    func contractDecision() throws {
        let contract = try Fixtures.contract(signed: "2025-10-01", start: "2025-11-15", end: "2026-02-14")
        let decision = try BillingSchedule.decide(for: contract, schoolYear: SchoolYear(startYear: 2025))
        #expect(decision.outcome.map(\.month.description) == ["2025-12", "2026-01", "2026-02"])
        #expect(
            decision.deadlines.map(\.moment.local.date.description) == [
                "2025-12-01", "2026-01-01", "2026-02-01",
            ])
        #expect(decision.citationKeys == ["TSO art. 6 lid 1", "TSO art. 6 lid 5"])
        #expect(decision.explanation.nl.contains("3 maanden, samen € 370,38"))
        let full = try BillingSchedule.decide(
            for: try Fixtures.contract(), schoolYear: SchoolYear(startYear: 2025))
        #expect(full.outcome.count == 10)
    }
}
