import Foundation
import TestSupport
import Testing

@testable import ChildcareRules

/// Explanations as data (issue 16): a template and its typed arguments, rendered to Dutch and English only
/// when read; TSO terms art. 5 lid 1 for the texts of the hot path.
@Suite("Explanations are data, rendered only when read, and read as they always did (TSO art. 5 lid 1)")
struct ExplanationTests {
    /// Noor's report of Thursday 26 March 2026 12:40 for Monday 30 March 12:00, in the clock-change week.
    private var lateReport: Decision<AbsenceOutcome> {
        get throws {
            try AbsenceRule.decide(
                careStart: LocalDateTime("2026-03-30T12:00"), minutes: 60,
                reported: LocalDateTime("2026-03-26T12:40"), child: "Noor")
        }
    }

    @Test("An absence decision is built from its templates, in reading order, not from text")
    func absenceIsTemplates() throws {
        #expect(
            try lateReport.explanation.templateIDs == [
                "swapHours.absence.report", "swapHours.ninetySixHours.clockChange",
                "swapHours.absence.minutes",
            ])
        #expect(Explanation(nl: "Tekst.", en: "Text.").templateIDs.isEmpty)
    }

    @Test("A request for extra care and the provider's answer are templates too (extra opvang lid 1 to 6)")
    func extraCareIsTemplates() throws {
        let facts = try EngineFixture.facts()
        let events = [
            try EngineFixture.event(
                "early", "2026-03-20T09:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-03-30"), channel: .app, appVersion: nil)),
            try EngineFixture.event(
                "extra", "2026-04-01T09:00",
                .extraCareRequested(
                    booking: "b1", contract: "noor-tso", careStart: LocalDateTime("2026-04-08T12:00"),
                    minutes: 60, withHours: true, channel: .app, appVersion: nil)),
            try EngineFixture.event("ok", "2026-04-01T10:00", .extraCareApproved(booking: "b1")),
        ]
        let decisions = try Engine.evaluate(facts, events: events).decisions
        #expect(
            decisions.map(\.explanation.templateIDs) == [
                // 30 March 2026 is the Monday after the clocks went forward: the note on both readings follows.
                [
                    "swapHours.absence.report", "swapHours.ninetySixHours.clockChange",
                    "swapHours.absence.minutes",
                ],
                ["extraCare.request"],
                ["extraCare.approved"],
            ])
        #expect(
            decisions[2].explanation.nl.hasPrefix(
                "Je extra opvang van woensdag 8 april 2026 om 12:00 is goedgekeurd"))
        #expect(
            decisions[2].explanation.en.contains(
                "(TSO terms 2024, art. 5 (Extra opvang)(3); art. 5 (Extra opvang)(6)(a))"))
    }

    @Test("A withdrawn absence and a goodwill grant are templates (art. 5 lid 1; goodwill is no right)")
    func withdrawalAndGoodwillAreTemplates() throws {
        let facts = try EngineFixture.facts()
        let events = [
            try EngineFixture.event(
                "away", "2026-03-20T09:00",
                .absence(contract: "noor-tso", date: LocalDate("2026-03-30"), channel: .app, appVersion: nil)),
            try EngineFixture.event(
                "back", "2026-03-21T09:00",
                .absenceWithdrawn(contract: "noor-tso", date: LocalDate("2026-03-30"))),
            try EngineFixture.event(
                "gift", "2026-03-22T09:00",
                .goodwill(contract: "noor-tso", minutes: 30, reason: "ziekte", grantedBy: "manager-x")),
        ]
        let decisions = try Engine.evaluate(facts, events: events).decisions
        #expect(decisions[1].explanation.templateIDs == ["swapHours.absence.withdrawn"])
        #expect(decisions[1].explanation.nl.hasPrefix("Je trok de afmelding voor maandag 30 maart 2026 in"))
        #expect(decisions[2].explanation.templateIDs == ["swapHours.goodwill"])
        #expect(
            decisions[2].explanation.en.hasPrefix(
                "As an exception, manager-x granted 30 minutes of swap hours"))
    }

    @Test("Rendered, the absence reads word for word as the text written before templates")
    func absenceReadsAsBefore() throws {
        let explanation = try lateReport.explanation
        #expect(
            explanation.nl
                == "Je meldde Noor af op donderdag 26 maart 2026 om 12:40. Voor ruil- en inhaaluren moet dat meer "
                + "dan 96 uur vóór de start van de opvang (maandag 30 maart 2026 om 12:00), dus vóór donderdag 26 "
                + "maart 2026, 12:00 (TSO-voorwaarden 2024, art. 5 lid 1). Je afmelding was te laat, dus deze dag "
                + "levert geen ruil- en inhaaluren op. In deze week verschuift de klok: precies 96 uur terug is "
                + "11:00 uur, vier dagen terug op dezelfde kloktijd is 12:00 uur. We gebruiken het latere "
                + "tijdstip, omdat dat gunstiger voor je is. Je krijgt 0 minuten.")
        #expect(
            explanation.en
                == "You reported Noor absent on Thursday 26 March 2026 at 12:40. To earn swap hours this must be "
                + "more than 96 hours before the care starts (Monday 30 March 2026 at 12:00), so before Thursday "
                + "26 March 2026, 12:00 (TSO terms 2024, art. 5(1)). Your report was too late, so this day does "
                + "not earn swap hours. The clocks change this week: exactly 96 hours back is 11:00, four days "
                + "back at the same clock time is 12:00. We use the later time, because it favours you. You get "
                + "0 minutes.")
        #expect(explanation.text(in: .nl) == explanation.nl)
    }

    @Test(
        "A request to pay out hours is answered from a template that reads as the text written before (art. 5 lid 5; art. 6 lid 5)"
    )
    func payoutIsATemplate() throws {
        let payout = try SwapHoursScope.payout(
            minutes: 180, expiry: LocalDate("2026-12-31"), askedOn: LocalDate("2026-06-01"))
        #expect(payout.explanation.templateIDs == ["swapHours.payout"])
        #expect(
            payout.explanation.nl
                == "Ruil- en inhaaluren worden niet uitbetaald. Je 180 minuten kun je alleen inzetten voor extra "
                + "opvang, uiterlijk donderdag 31 december 2026, 23:59; daarna vervallen ze zonder restitutie in "
                + "geld of in opvang (TSO-voorwaarden 2024, art. 5 lid 5; art. 6 lid 5).")
        #expect(
            payout.explanation.en
                == "Swap hours are not paid out. Your 180 minutes can only be used for extra care, by Thursday 31 "
                + "December 2026, 23:59 at the latest; then they lapse with no refund in money or care (TSO terms "
                + "2024, art. 5(5); art. 6(5)).")
    }

    @Test(
        "A termination that ends the contract is built from templates, by the form or by e-mail (art. 8 lid 1; art. 6:237 sub m BW)",
        arguments: [
            (Channel.onlineForm, [String]()), (.email, ["statute.noticeInWriting"]),
        ])
    func terminationIsTemplates(channel: Channel, statute: [String]) throws {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let contract = try Contract(
            id: "c-1", contractParent: "anna", child: "noor", service: .tso, location: "de-linde",
            signingDate: LocalDate("2025-06-01"), startDate: LocalDate("2025-08-01"),
            schedule: try WeeklySchedule([.monday: session]), annualAmount: Money(cents: 123_457),
            hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: LocalDate("2026-02-10"), channel: channel)
        #expect(
            decision.explanation.templateIDs
                == statute + [
                    "contracts.parentTermination.received", "contracts.parentTermination.end",
                    "contracts.parentTermination.billing",
                ])
        #expect(decision.explanation.nl.contains("Dat betekent: laatste opvangdag"))
    }

    @Test("Two explanations are equal when their texts are, whatever they are made of")
    func equalByText() throws {
        let explanation = try lateReport.explanation
        let written = Explanation(nl: explanation.nl, en: explanation.en)
        #expect(written == explanation)
        #expect(hashableLawViolations([written, explanation, Explanation(nl: "a", en: "b")]).isEmpty)
        #expect(written.followed(by: written) != written)
    }

    @Test("Joined explanations compact citations across the join, as one text")
    func joinCompactsAcrossParts() {
        let cite = TermsEdition.tso2024.cite("3").rendered(in: .nl)
        let first = Explanation(nl: "Eerst (\(cite))", en: "First")
        let second = Explanation(nl: "en dan (\(cite)).", en: "then.")
        let third = Explanation(nl: "Klaar.", en: "Done.")
        let joined = first.followed(by: second).followed(by: third)
        #expect(joined.nl == "Eerst (TSO-voorwaarden 2024, art. 3) en dan (art. 3). Klaar.")
        #expect(joined.en == "First then. Done.")
        #expect(joined == first.followed(by: second.followed(by: third)))
    }

    @Test("The JSON form is the two texts, and reads back as those texts")
    func jsonIsTheTexts() throws {
        let explanation = try lateReport.explanation
        let data = try JSONEncoder().encode(explanation)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object == ["nl": explanation.nl, "en": explanation.en])
        let decoded = try JSONDecoder().decode(Explanation.self, from: data)
        #expect(decoded == explanation)
        #expect(decoded.templateIDs.isEmpty)
    }
}
