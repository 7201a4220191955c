import Testing

@testable import ChildcareRules

@Suite("The 96-hour deadline — TSO terms art. 5 lid 1")
struct NinetySixHourRuleTests {
    @Test(
        "The deadline is the later of 96 elapsed hours and 4 days at the same clock time",
        arguments: [
            // An ordinary week: both readings agree.
            ("2026-03-16T12:00", "2026-03-12T12:00:00+01:00"),
            ("2026-06-01T12:15", "2026-05-28T12:15:00+02:00"),
            // Spring forward (29 March 2026): 4 calendar days earlier is later.
            ("2026-03-30T12:00", "2026-03-26T12:00:00+01:00"),
            ("2026-04-01T12:00", "2026-03-28T12:00:00+01:00"),
            // Fall back (25 October 2026): 96 elapsed hours is later.
            ("2026-10-26T12:00", "2026-10-22T13:00:00+02:00"),
            ("2026-10-28T12:00", "2026-10-24T13:00:00+02:00"),
        ])
    func deadline(careStart: String, expected: String) throws {
        let decision = try NinetySixHourRule.deadline(careStart: LocalDateTime(careStart))
        #expect(decision.outcome.deadline.description == expected)
        #expect(decision.deadlines.first?.moment.description == expected)
        #expect(decision.deadlines.first?.isInclusive == false)
        #expect(decision.citations.map(\.key) == ["TSO art. 5 lid 1"])
    }

    @Test(
        "A report earns hours only when strictly before the deadline",
        arguments: [
            ("2026-03-26T11:59:59", true),
            ("2026-03-26T12:00", false),
            ("2026-03-26T12:40", false),
            ("2026-03-20T08:00", true),
        ])
    func strictness(reported: String, inTime: Bool) throws {
        let decision = try NinetySixHourRule.absence(
            careStart: LocalDateTime("2026-03-30T12:00"), reported: LocalDateTime(reported))
        #expect(decision.outcome.isInTime == inTime)
    }

    @Test("The parent's explanation names the report, the care start, the deadline and the article")
    func explanation() throws {
        let decision = try NinetySixHourRule.absence(
            careStart: LocalDateTime("2026-03-30T12:00"), reported: LocalDateTime("2026-03-26T12:40"),
            child: "Noor")
        let nl = decision.explanation.nl
        #expect(nl.hasPrefix("Je meldde Noor af op donderdag 26 maart 2026 om 12:40."))
        #expect(nl.contains("meer dan 96 uur vóór de start van de opvang (maandag 30 maart 2026 om 12:00)"))
        #expect(nl.contains("vóór donderdag 26 maart 2026, 12:00"))
        #expect(nl.contains("TSO-voorwaarden 2024, art. 5 lid 1"))
        #expect(nl.contains("te laat"))
        #expect(decision.explanation.en.contains("before Thursday 26 March 2026, 12:00"))
        #expect(decision.explanation.en.contains("TSO terms 2024, art. 5(1)"))
    }

    @Test("Care before the first edition of the terms (1 August 2024) is an error, not a default")
    func beforeFirstEdition() {
        #expect {
            try NinetySixHourRule.deadline(careStart: LocalDateTime("2024-07-31T12:00"))
        } throws: { ($0 as? RulesError)?.code == .beforeFirstEdition }
    }

    @Test("A care start in the spring gap is rejected rather than guessed")
    func gap() {
        #expect {
            try NinetySixHourRule.deadline(careStart: LocalDateTime("2026-03-29T02:30"))
        } throws: { ($0 as? RulesError)?.calendarError?.code == .nonexistentLocalTime }
    }
}
