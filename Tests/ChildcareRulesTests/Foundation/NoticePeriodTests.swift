import ChildcareRules
import Testing

@Suite("Notice dates — TSO terms art. 3, 7, 8 lid 1 and 2, 10")
struct NoticePeriodTests {
    @Test(
        "Worked examples: the rounding always favours the parent",
        arguments: [
            (NoticeKind.termination, "2026-01-31", "2026-02-28"),
            (.termination, "2028-01-31", "2028-02-29"),
            (.termination, "2026-01-15", "2026-02-15"),
            (.change, "2026-03-31", "2026-04-30"),
            (.cancellation, "2026-05-31", "2026-06-30"),
            (.priceChange, "2026-01-31", "2026-03-08"),
            (.priceChange, "2026-01-15", "2026-02-22"),
            (.termsChange, "2026-03-31", "2026-05-08"),
            (.termsChange, "2026-12-31", "2027-02-07"),
        ])
    func examples(kind: NoticeKind, from: String, expected: String) throws {
        let decision = try NoticePeriod.decide(kind, from: LocalDate(from))
        #expect(decision.outcome.date.description == expected)
        #expect(decision.deadlines.first?.moment.local.date.description == expected)
    }

    @Test(
        "Each kind cites its own article",
        arguments: [
            (NoticeKind.termination, "TSO art. 8 lid 1"), (.change, "TSO art. 8 lid 2"),
            (.cancellation, "TSO art. 3"),
            (.priceChange, "TSO art. 7"), (.termsChange, "TSO art. 10"),
        ])
    func citations(kind: NoticeKind, key: String) throws {
        let decision = try NoticePeriod.decide(kind, from: LocalDate("2026-05-10"))
        #expect(decision.citations.map(\.key) == [key])
        #expect(decision.explanation.nl.contains(decision.citations[0].rendered(in: .nl)))
        #expect(decision.explanation.en.contains(decision.citations[0].rendered(in: .en)))
    }

    @Test("A notice before the first edition of the terms is an error")
    func beforeFirstEdition() {
        #expect(throws: RulesError.self) {
            try NoticePeriod.decide(.termination, from: LocalDate("2023-05-01"))
        }
    }
}
