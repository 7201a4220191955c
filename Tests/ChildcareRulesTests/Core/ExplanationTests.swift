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
                "swapHours.absence.report", "swapHours.absence.clockChange", "swapHours.absence.minutes",
            ])
        #expect(Explanation(nl: "Tekst.", en: "Text.").templateIDs.isEmpty)
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
