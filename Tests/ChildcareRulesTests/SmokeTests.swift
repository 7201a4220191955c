import ChildcareRules
import Testing

@Suite("ChildcareRules smoke")
struct SmokeTests {
    @Test("The 96-hour deadline of 30 March 2026 is 26 March 12:00+01:00")
    func deadline() throws {
        let decision = try NinetySixHourRule.deadline(careStart: LocalDateTime("2026-03-30T12:00"))
        #expect(decision.outcome.deadline.description == "2026-03-26T12:00:00+01:00")
    }
}
