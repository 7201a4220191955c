import ChildcareRules
import Testing

@Suite("Extra care invoice line — TSO terms art. 5 (extra opvang) lid 4")
struct ExtraCareLineTests {
    @Test(
        "minutes × hourly rate / 60, rounded down to the cent (I-211)",
        arguments: [
            (60, 850, 850), (45, 850, 637), (30, 850, 425), (1, 1, 0), (59, 1, 0), (60, 1, 1),
            (90, 999, 1_498),
            (600, 1_234, 12_340), (7, 1_001, 116),
        ])
    func amount(row: (Int, Int, Int)) throws {
        let line = try ExtraCareLine(
            minutes: row.0, hourlyRate: Money(cents: row.1), careDate: Fixtures.day("2025-10-07"))
        #expect(line.amount.cents == row.2)
        #expect(line.amount.cents * 60 <= row.0 * row.1)
        #expect((line.amount.cents + 1) * 60 > row.0 * row.1)
        #expect(line.month.description == "2025-10")
    }

    @Test("Rounding each line down never charges more than rounding the month's total once")
    func perLine() throws {
        let lines = try [45, 45, 20].map { minutes in
            try ExtraCareLine(
                minutes: minutes, hourlyRate: Money(cents: 850), careDate: Fixtures.day("2025-10-07"))
        }
        let perLine = lines.reduce(0) { $0 + $1.amount.cents }
        #expect(perLine == 637 + 637 + 283)
        #expect(perLine <= 110 * 850 / 60)
    }

    @Test("Zero minutes and negative rates are rejected", arguments: [(0, 850), (-5, 850), (30, -1)])
    func invalid(row: (Int, Int)) throws {
        let error = #expect(throws: RulesError.self) {
            try ExtraCareLine(
                minutes: row.0, hourlyRate: Money(cents: row.1), careDate: Fixtures.day("2025-10-07"))
        }
        #expect(error?.code == .invalidArgument)
    }

    @Test("The explained line names the month's invoice, the rounding and the article")
    func decision() throws {
        let decision = try ExtraCareLine.decide(
            minutes: 45, hourlyRate: Money(cents: 850), careDate: Fixtures.day("2025-10-07"))
        #expect(decision.outcome.amount == Money(cents: 637))
        #expect(decision.citationKeys == ["TSO art. 5 (extra opvang) lid 4"])
        #expect(decision.explanation.nl.contains("factuur van oktober 2025"))
        #expect(decision.explanation.nl.contains("naar beneden afgerond"))
    }
}

@Suite("Monthly invoice and administration fee — TSO terms art. 6 lid 1 to 4")
struct MonthlyInvoiceTests {
    @Test(
        "Without a direct-debit mandate the fee is charged once per monthly invoice; with one, never (I-212)")
    func fee() throws {
        let month = try YearMonth("2025-10")
        let instalment = Instalment(month: month, amount: Money(cents: 12_345))
        let lines = try [try Fixtures.day("2025-10-07"), try Fixtures.day("2025-10-14")].map { date in
            try ExtraCareLine(minutes: 60, hourlyRate: Money(cents: 850), careDate: date)
        }
        let without = try #require(
            try MonthlyInvoice.compose(
                month: month, instalment: instalment, extraCare: lines, hasDirectDebitMandate: false,
                administrationFee: Money(cents: 150)))
        #expect(without.administrationFee == Money(cents: 150))
        #expect(without.total == Money(cents: 12_345 + 850 + 850 + 150))
        let with = try #require(
            try MonthlyInvoice.compose(
                month: month, instalment: instalment, extraCare: lines, hasDirectDebitMandate: true,
                administrationFee: Money(cents: 150)))
        #expect(with.administrationFee == .zero)
        let empty = try MonthlyInvoice.compose(
            month: try YearMonth("2025-07"), instalment: nil, extraCare: [], hasDirectDebitMandate: false,
            administrationFee: Money(cents: 150))
        #expect(empty == nil)
    }

    @Test("Lines of another month and negative fees are rejected")
    func invalid() throws {
        let line = try ExtraCareLine(
            minutes: 60, hourlyRate: Money(cents: 850), careDate: Fixtures.day("2025-11-03"))
        #expect(throws: RulesError.self) {
            try MonthlyInvoice.compose(
                month: try YearMonth("2025-10"), instalment: nil, extraCare: [line],
                hasDirectDebitMandate: true,
                administrationFee: .zero)
        }
        #expect(throws: RulesError.self) {
            try MonthlyInvoice.compose(
                month: try YearMonth("2025-11"), instalment: nil, extraCare: [line],
                hasDirectDebitMandate: false,
                administrationFee: Money(cents: -1))
        }
    }

    @Test(
        "A school year's invoices: ten instalments, extra care in its own month, July invoiced only for extra care"
    )
    func schoolYear() throws {
        let contract = try Fixtures.contract(directDebit: false)
        let extra = try [("2025-10-07", 60), ("2026-07-02", 30)].map { date, minutes in
            try ExtraCareLine(minutes: minutes, hourlyRate: Money(cents: 850), careDate: Fixtures.day(date))
        }
        let decision = try MonthlyInvoice.invoices(
            for: contract, schoolYear: SchoolYear(startYear: 2025), extraCare: extra,
            administrationFee: Money(cents: 100))
        #expect(decision.outcome.count == 11)
        #expect(decision.outcome.last?.month.description == "2026-07")
        #expect(decision.outcome.last?.instalment == nil)
        #expect(decision.outcome.allSatisfy { $0.administrationFee == Money(cents: 100) })
        let total = decision.outcome.reduce(Money.zero) { $0 + $1.total }
        #expect(total == Money(cents: 123_457 + 850 + 425 + 11 * 100))
        #expect(decision.citationKeys.contains("TSO art. 6 lid 4"))
    }
}

@Suite("No refunds — TSO terms art. 4 lid 4, art. 6 lid 5 and 6")
struct RefundTests {
    @Test(
        "Unused hours after a change or termination, holidays and closure days: no refund",
        arguments: [
            (RefundRule.Claim.unusedHoursAfterChange, "TSO art. 6 lid 5"),
            (.unusedHoursAfterTermination, "TSO art. 6 lid 5"),
            (.holidayOrClosureDay, "TSO art. 4 lid 4"),
            (.forceMajeure(partouDidEverythingPossible: true), "TSO art. 6 lid 6"),
        ])
    func excluded(row: (RefundRule.Claim, String)) throws {
        let decision = try RefundRule.decide(row.0, on: Fixtures.day("2025-10-07"))
        #expect(decision.outcome == .excluded)
        #expect(decision.citationKeys == [row.1])
    }

    @Test(
        "Force majeure that Partou did not do everything to prevent or end is not excluded by the terms (I-213)"
    )
    func forceMajeureProviso() throws {
        let decision = try RefundRule.decide(
            .forceMajeure(partouDidEverythingPossible: false), on: Fixtures.day("2025-10-07"))
        #expect(decision.outcome == .notExcludedByTerms)
        #expect(decision.explanation.en.contains("decided under the law"))
    }
}
