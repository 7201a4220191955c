import ChildcareRules
import Testing

/// Every month end of 2024 to 2028, through the rules that use each rounding.
@Suite("Notice dates at every month end 2024–2028 — TSO terms art. 3, 7, 8 lid 1 and 2, 10")
struct NoticeDatesTableTests {
    static let monthEnds: [LocalDate] = (2024...2028).flatMap { year in
        (1...12).compactMap { month in
            try? LocalDate(year: year, month: month, day: LocalDate.daysInMonth(year: year, month: month))
        }
    }

    static let inForce = monthEnds.filter { $0 >= LocalDate(unchecked: 2024, 8, 1) }
    static let beforeTerms = monthEnds.filter { $0 < LocalDate(unchecked: 2024, 8, 1) }

    /// An independent oracle: one month later, the day clamped (down) or moved to the 1st of the next month (up).
    static func oracle(_ date: LocalDate, up: Bool) -> (year: Int, month: Int, day: Int) {
        let year = date.month == 12 ? date.year + 1 : date.year
        let month = date.month == 12 ? 1 : date.month + 1
        let length = LocalDate.daysInMonth(year: year, month: month)
        if date.day <= length { return (year, month, date.day) }
        if !up { return (year, month, length) }
        return month == 12 ? (year + 1, 1, 1) : (year, month + 1, 1)
    }

    static func plusWeek(_ parts: (year: Int, month: Int, day: Int)) -> (year: Int, month: Int, day: Int) {
        var (year, month, day) = parts
        for _ in 0..<7 {
            day += 1
            if day > LocalDate.daysInMonth(year: year, month: month) {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        }
        return (year, month, day)
    }

    static func text(_ parts: (year: Int, month: Int, day: Int)) throws -> LocalDate {
        try LocalDate(year: parts.year, month: parts.month, day: parts.day)
    }

    @Test("The table covers 60 month ends, 53 of them under the 2024 terms")
    func tableSize() {
        #expect(Self.monthEnds.count == 60)
        #expect(Self.inForce.count == 53)
    }

    @Test(
        "art. 8 lid 1: a form received on a month end ends the contract per one month later, rounded down; the last day is the day before",
        arguments: inForce)
    func terminationRoundsDown(received: LocalDate) throws {
        // I-202: received + 1 month (rounded down, I-003) is the "per" date, the first day without a contract.
        let contract = try Fixtures.contract(signed: "2024-08-01", start: "2024-08-01")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: received, channel: .onlineForm)
        let per = try Self.text(Self.oracle(received, up: false))
        #expect(decision.outcome.end?.firstDayWithoutContract == per)
        #expect(decision.outcome.endDate == (try per.adding(days: -1)))
        #expect(decision.citationKeys.first == "TSO art. 8 lid 1")
    }

    @Test(
        "art. 8 lid 2: a change received on a month end takes effect one month later, rounded down",
        arguments: inForce)
    func changeRoundsDown(received: LocalDate) throws {
        let decision = try ContractChangeRule.decide(receivedOn: received, channel: .onlineForm)
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("change rejected")
            return
        }
        #expect(terms.effectiveDate == (try Self.text(Self.oracle(received, up: false))))
    }

    @Test(
        "art. 3: a cancellation received on a month end takes effect one month later, rounded down",
        arguments: inForce)
    func cancellationRoundsDown(received: LocalDate) throws {
        let contract = try Fixtures.contract(signed: "2024-08-01", start: "2029-08-01")
        let decision = try CancellationRule.decide(contract: contract, receivedOn: received, channel: .email)
        // I-202: the effective date is the "per" date; the last day is the day before.
        let per = try Self.text(Self.oracle(received, up: false))
        #expect(decision.outcome.terms?.effectiveDate == per)
        #expect(decision.outcome.terms?.lastDay == (try per.adding(days: -1)))
        #expect(decision.outcome.terms?.owed == [])
    }

    @Test(
        "art. 7: a price change announced on a month end applies one month later, rounded up, plus a week",
        arguments: inForce)
    func priceChangeRoundsUp(announced: LocalDate) throws {
        let expected = try Self.text(Self.plusWeek(Self.oracle(announced, up: true)))
        let decision = try PriceChangeRule.decide(announcedOn: announced, proposedEffectiveDate: expected)
        #expect(decision.outcome.earliestEffectiveDate == expected)
        #expect(!decision.outcome.isContraryToArticle7)
        let dayEarlier = try expected.adding(days: -1)
        let early = try PriceChangeRule.decide(announcedOn: announced, proposedEffectiveDate: dayEarlier)
        #expect(early.outcome.isContraryToArticle7)
        #expect(early.outcome.effectiveDate == expected)
    }

    @Test("art. 10: changed terms take effect one month later, rounded up, plus a week", arguments: inForce)
    func termsChangeRoundsUp(informed: LocalDate) throws {
        let decision = try TermsChangeRule.decide(informedOn: informed, isMaterial: false)
        #expect(
            decision.outcome.effectiveDate == (try Self.text(Self.plusWeek(Self.oracle(informed, up: true)))))
    }

    @Test("Month ends before 1 August 2024 are outside the terms: beforeFirstEdition", arguments: beforeTerms)
    func beforeFirstEdition(date: LocalDate) throws {
        let error = #expect(throws: RulesError.self) {
            try PriceChangeRule.decide(announcedOn: date, proposedEffectiveDate: date)
        }
        #expect(error?.code == .beforeFirstEdition)
    }

    @Test(
        "Hand-checked rows: 31 January gives 28/29 February down and 1 March + 7 days up",
        arguments: [
            ("2025-01-31", "2025-02-28", "2025-03-08"),
            ("2028-01-31", "2028-02-29", "2028-03-08"),
            ("2025-03-31", "2025-04-30", "2025-05-08"),
            ("2024-08-31", "2024-09-30", "2024-10-08"),
            ("2026-02-28", "2026-03-28", "2026-04-04"),
            ("2027-12-31", "2028-01-31", "2028-02-07"),
        ])
    func handChecked(row: (String, String, String)) throws {
        let date = try LocalDate(row.0)
        #expect(try NoticePeriod.earliestEffectiveDate(for: .termination, from: date) == LocalDate(row.1))
        #expect(try NoticePeriod.earliestEffectiveDate(for: .priceChange, from: date) == LocalDate(row.2))
    }
}
