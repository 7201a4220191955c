import Foundation
import Testing

@testable import ChildcareRules
@testable import childcare_rules

/// I-003: "Wij hanteren een opzegtermijn van een maand." read as 31 January → 28 February (chosen) or
/// → 1 March.
@Suite("Readings as values: check and impact under another reading (issue 15; TSO terms art. 8 lid 1, I-003)")
struct ReadingCommandTests {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios")
    static let termination = scenarios.appendingPathComponent("demo/03-termination-by-email.json")

    @Test("The reading is a value: its alternatives, the chosen one first, and the rule asks for it")
    func readingValue() throws {
        #expect(Reading.noticeRounding.chosen.id == "down")
        #expect(Reading.noticeRounding.alternatives.map(\.id) == ["down", "up"])
        let up = try Readings.parsing(["I-003=up"])
        #expect(up.choice(.noticeRounding) == "up")
        #expect(try Readings.parsing(["I-003=down"]) == .chosen)
        let received = try LocalDate("2026-01-31")
        #expect(
            try NoticePeriod.earliestEffectiveDate(for: .termination, from: received)
                == LocalDate("2026-02-28"))
        #expect(
            try NoticePeriod.earliestEffectiveDate(
                for: .termination, from: received, parameters: TSOParameters.edition2024.read(under: up))
                == LocalDate("2026-03-01"))
        // Partou's own notices are not the parent's: always rounded up.
        #expect(
            try NoticePeriod.earliestEffectiveDate(
                for: .priceChange, from: received, parameters: TSOParameters.edition2024.read(under: up))
                == LocalDate("2026-03-08"))
    }

    @Test(
        "An unknown reading or alternative is a typed error naming what exists",
        arguments: ["I-999=up", "I-003=sideways", "I-003"])
    func unknown(term: String) {
        #expect(throws: RulesError.self) { try Readings.parsing([term]) }
        let (code, _, error) = ChildcareRulesTool.run(["check", "--reading", term, Self.termination.path])
        #expect(code == 2)
        #expect(error?.isEmpty == false)
    }

    @Test("check --reading I-003=up fails the scenario the reading changes, and names the reading")
    func check() {
        let (code, output, _) = ChildcareRulesTool.run([
            "check", "--reading", "I-003=up", Self.termination.path,
        ])
        #expect(code == 1)
        #expect(output.first == "Readings: I-003=up (the rest as the library chose)")
        #expect(output.contains { $0.contains("deadline 2026-02-28T00:00, expected 2026-02-27T00:00") })
        #expect(ChildcareRulesTool.run(["check", Self.termination.path]).0 == 0)
    }

    @Test("impact --reading I-003=up lists the one demo scenario whose end date moves, with both decisions")
    func impact() {
        let (code, output, _) = ChildcareRulesTool.run(
            ["impact", "--reading", "I-003=up", Self.scenarios.appendingPathComponent("demo").path])
        #expect(code == 0)
        #expect(output.last == "1 of 5 scenarios change")
        #expect(output.contains { $0.hasPrefix("CHANGED  ") && $0.contains("03-termination-by-email.json") })
        #expect(
            output.contains {
                $0.contains(
                    "[2026-02-27T00:00:00+01:00, 2026-02-28T00:00:00+01:00] → parentTermination.accepted")
            })
        #expect(ChildcareRulesTool.run(["impact", Self.termination.path]).0 == 2)
    }

    @Test(
        "impact --reading I-202=last-day-in-contract on the casebook: 16 scenarios end a day later, and two bill one more month"
    )
    func perDateImpact() {
        let (code, output, _) = ChildcareRulesTool.run(
            ["impact", "--reading", "I-202=last-day-in-contract", Self.scenarios.path])
        #expect(code == 0)
        #expect(output.last == "16 of 87 scenarios change")
        #expect(
            output.contains {
                $0.contains("13-billing-stops-at-the-end.json") && $0.hasSuffix("+24691 cents billed")
            })
        #expect(
            output.contains {
                $0.contains(
                    "[2026-02-28T00:00:00+01:00, 2026-03-01T00:00:00+01:00] → parentTermination.accepted 0 min "
                        + "[2026-03-01T00:00:00+01:00, 2026-03-02T00:00:00+01:00]")
            })
        let (checkCode, checkOutput, _) = ChildcareRulesTool.run([
            "check", "--reading", "I-202=last-day-in-contract",
            Self.scenarios.appendingPathComponent("casebook/13-per-termination-february.json").path,
        ])
        #expect(checkCode == 1)
        #expect(checkOutput.first == "Readings: I-202=last-day-in-contract (the rest as the library chose)")
    }

    @Test(
        "impact --reading I-001 on the casebook: a report between the two readings of 96 hours loses its 60 minutes under either reading alone",
        arguments: [
            (
                "elapsed-hours", "3 of 87 scenarios change",
                "spring (swapHours.absence): earned 60 min [2026-03-26T12:00:00+01:00] → tooLate 0 min [2026-03-26T11:00:00+01:00]"
            ),
            (
                "same-clock-time", "2 of 87 scenarios change",
                "autumn (swapHours.absence): earned 60 min [2026-10-22T13:00:00+02:00] → tooLate 0 min [2026-10-22T12:00:00+02:00]"
            ),
        ])
    func ninetySixHoursImpact(alternative: String, summary: String, line: String) throws {
        let (code, output, _) = ChildcareRulesTool.run(
            ["impact", "--reading", "I-001=\(alternative)", Self.scenarios.path])
        #expect(code == 0)
        #expect(output.last == summary)
        #expect(output.contains { $0.trimmingCharacters(in: .whitespaces) == line })
        #expect(
            output.contains {
                $0.contains("15-report-between-the-two-readings-of-96-hours.json")
                    && $0.contains("-60 minutes available")
            })
        // The rule itself: the deadline is the reading chosen, and the explanation says which applies.
        let readings = try Readings.parsing(["I-001=\(alternative)"])
        let spring = try NinetySixHourRule.deadline(
            careStart: LocalDateTime("2026-03-30T12:00"),
            parameters: TSOParameters.edition2024.read(under: readings))
        let expected = alternative == "elapsed-hours" ? "11:00" : "12:00"
        #expect(spring.deadlines.first?.moment.local.time.hourMinute == expected)
        #expect(spring.explanation.en.contains("Under the reading chosen, \(expected) applies."))
        #expect(
            try NinetySixHourRule.deadline(careStart: LocalDateTime("2026-03-30T12:00")).explanation.en
                .contains(
                    "We use the later time, because it favours you."))
    }
}
