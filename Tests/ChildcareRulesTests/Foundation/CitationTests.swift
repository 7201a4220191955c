import Foundation
import TestSupport
import Testing

@testable import ChildcareRules

@Suite("Citations, editions and decisions")
struct CitationTests {
    @Test(
        "Citations render the way a Dutch lawyer cites",
        arguments: [
            (
                TermsEdition.tso2024.cite("5", lid: 1), "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1",
                "TSO terms (1 August 2024), art. 5(1)", "TSO art. 5 lid 1"
            ),
            (
                TermsEdition.tso2024.cite("8", lid: 5, sub: "a"),
                "TSO-voorwaarden (1 augustus 2024), art. 8 lid 5 sub a",
                "TSO terms (1 August 2024), art. 8(5)(a)", "TSO art. 8 lid 5 sub a"
            ),
            (
                TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6, sub: "a"),
                "TSO-voorwaarden (1 augustus 2024), art. 5 (extra opvang) lid 6 sub a",
                "TSO terms (1 August 2024), art. 5 (Extra opvang)(6)(a)",
                "TSO art. 5 (extra opvang) lid 6 sub a"
            ),
            (
                TermsEdition.app2024.cite("10"), "Gebruiksvoorwaarden Ouderapp (1 januari 2024), art. 10",
                "App terms (1 January 2024), art. 10", "APP art. 10"
            ),
            (
                TermsEdition.appPrivacy2024.cite(section: "Bewaren van persoonsgegevens"),
                "Privacyverklaring Ouderapp (2024), 'Bewaren van persoonsgegevens'",
                "App privacy statement (2024), 'Bewaren van persoonsgegevens'",
                "APP-PRIVACY 'Bewaren van persoonsgegevens'"
            ),
        ])
    func rendering(citation: Citation, nl: String, en: String, key: String) {
        #expect(citation.description == nl)
        #expect(citation.fullyRendered(in: .nl) == nl)
        #expect(citation.fullyRendered(in: .en) == en)
        #expect(citation.key == key)
    }

    @Test("Parent text cites compactly: one edition name per run, the year only, paragraphs merged")
    func compact() {
        let edition = TermsEdition.tso2024
        let citations = [
            edition.cite("5", section: "Extra opvang", lid: 1),
            edition.cite("5", section: "Extra opvang", lid: 2),
            edition.cite("5", section: "Extra opvang", lid: 3), edition.cite("1", lid: 3),
            TermsEdition.app2024.cite("3"),
        ]
        #expect(
            citations.rendered(in: .nl)
                == "TSO-voorwaarden 2024, art. 5 (extra opvang) lid 1–3; art. 1 lid 3; Gebruiksvoorwaarden Ouderapp 2024, art. 3"
        )
        #expect(
            citations.rendered(in: .en)
                == "TSO terms 2024, art. 5 (Extra opvang)(1)–(3); art. 1(3); App terms 2024, art. 3")
        #expect(edition.cite("5", lid: 1).rendered(in: .nl) == "TSO-voorwaarden 2024, art. 5 lid 1")
    }

    @Test("Within one sentence of parent text an edition is named once")
    func oneEditionNamePerSentence() {
        let first = TermsEdition.tso2024.cite("3").rendered(in: .nl)
        let second = TermsEdition.tso2024.cite("2", lid: 4).rendered(in: .nl)
        let text = Explanation(
            nl: "Annuleren kan schriftelijk (\(first)); bellen telt niet (\(second)). Zie ook \(second).",
            en: "")
        #expect(
            text.nl
                == "Annuleren kan schriftelijk (TSO-voorwaarden 2024, art. 3); bellen telt niet (art. 2 lid 4). "
                + "Zie ook TSO-voorwaarden 2024, art. 2 lid 4.")
    }

    @Test(
        "The edition in force is looked up by date; before the first edition is an error",
        arguments: [
            ("2024-07-31", false), ("2024-08-01", true), ("2030-01-01", true),
        ])
    func editions(date: String, found: Bool) throws {
        let day = try LocalDate(date)
        if found {
            #expect(try TermsEdition.inForce(.tsoTerms, on: day) == .tso2024)
        } else {
            #expect(throws: RulesError.self) { try TermsEdition.inForce(.tsoTerms, on: day) }
        }
    }

    @Test("Decisions are Codable and round-trip exactly")
    func decisionCodable() throws {
        let decision = try NinetySixHourRule.absence(
            careStart: LocalDateTime("2026-10-26T12:00"), reported: LocalDateTime("2026-10-22T12:30"),
            child: "Noor")
        let data = try JSONEncoder().encode(decision)
        let decoded = try JSONDecoder().decode(Decision<AbsenceTiming>.self, from: data)
        #expect(decoded == decision)
        #expect(decision.outcome.isInTime)
    }

    @Test("Typed identifiers obey the Hashable and Comparable laws")
    func identifiers() {
        let ids: [ChildID] = ["noor", "sem", "noor", "anna"]
        #expect(hashableLawViolations(ids).isEmpty)
        #expect(comparableLawViolations(ids).isEmpty)
    }

    @Test(
        "Money is integer cents, written the Dutch and the English way",
        arguments: [
            (123_457, "€ 1.234,57", "€1,234.57"), (5, "€ 0,05", "€0.05"),
            (-1_000_000, "-€ 10.000,00", "-€10,000.00"),
        ])
    func money(cents: Int, nl: String, en: String) {
        #expect(Money(cents: cents).formatted(in: .nl) == nl)
        #expect(Money(cents: cents).formatted(in: .en) == en)
    }
}
