import Foundation
import Testing

@testable import ChildcareRules

/// Art. 6:236 sub i BW over TSO terms art. 7 ("Periodiek herzien wij de tarieven"): a price increase within
/// three months of signing does not bind the parent (I-232).
@Suite("Mandatory law: no price increase within three months of signing (art. 6:236 sub i BW; TSO art. 7)")
struct PriceIncreaseTests {
    static let takesEffect: TSOParameters = {
        do {
            return try TSOParameters.edition2024.read(
                under: Readings.chosen.choosing("takes-effect", for: Reading.priceIncreaseWindow.id))
        } catch {
            preconditionFailure("I-232 has the alternative takes-effect: \(error)")
        }
    }()

    @Test(
        "An increase announced within three months of signing does not bind the parent; a decrease or a later increase is art. 7 alone",
        arguments: [
            // signed, announced, proposed, increase, set aside
            ("2026-01-15", "2026-02-01", "2026-03-08", true, true),
            ("2026-01-15", "2026-03-01", "2026-05-01", true, true),
            ("2026-01-15", "2026-04-15", "2026-06-01", true, true),
            ("2026-01-15", "2026-04-16", "2026-06-01", true, false),
            ("2026-01-31", "2026-05-01", "2026-07-01", true, true),
            ("2026-01-31", "2026-05-02", "2026-07-01", true, false),
            ("2026-01-15", "2026-02-01", "2026-03-08", false, false),
        ])
    func window(signed: String, announced: String, proposed: String, increase: Bool, setAside: Bool) throws {
        let signedOn = try LocalDate(signed)
        let decision = try PriceChangeRule.decide(
            announcedOn: LocalDate(announced), proposedEffectiveDate: LocalDate(proposed),
            increaseOnContractSignedOn: increase ? signedOn : nil)
        #expect(decision.outcome.isSetAsideByStatute == setAside)
        #expect(decision.citationKeys.contains("BW art. 6:236 sub i") == setAside)
        #expect(decision.citationKeys.contains("TSO art. 7"))
        #expect(decision.deadlines.isEmpty == setAside)
        #expect(decision.explanation.nl.contains("6:236 sub i") == setAside)
        #expect(decision.explanation.en.contains("does not bind you") == setAside)
        #expect(
            ContractEventOutcome.priceChange(decision.outcome).code
                == (setAside ? "priceChange.setAsideByStatute" : "priceChange"))
    }

    @Test(
        "Under the takes-effect reading (I-232=takes-effect) only an increase that would apply inside the window is set aside"
    )
    func takesEffectReading() throws {
        let signed = try LocalDate("2026-01-15")
        let early = try PriceChangeRule.decide(
            announcedOn: LocalDate("2026-02-01"), proposedEffectiveDate: LocalDate("2026-03-08"),
            increaseOnContractSignedOn: signed, parameters: Self.takesEffect)
        let late = try PriceChangeRule.decide(
            announcedOn: LocalDate("2026-03-01"), proposedEffectiveDate: LocalDate("2026-05-01"),
            increaseOnContractSignedOn: signed, parameters: Self.takesEffect)
        #expect(early.outcome.isSetAsideByStatute)
        #expect(!late.outcome.isSetAsideByStatute)
        #expect(late.outcome.effectiveDate == (try LocalDate("2026-05-01")))
    }

    @Test("Across rules: a void increase records no change on the timeline; a valid one does")
    func reachesTheTimeline() throws {
        let facts = try EngineFixture.facts()
        let events = [
            try EngineFixture.event(
                "p1", "2025-08-20T10:00",
                .contract(
                    "noor-tso",
                    .priceIncrease(
                        announcedOn: LocalDate("2025-08-20"), proposedEffectiveDate: LocalDate("2025-10-01")))
            ),
            try EngineFixture.event(
                "p2", "2025-09-02T10:00",
                .contract(
                    "noor-tso",
                    .priceIncrease(
                        announcedOn: LocalDate("2025-09-02"), proposedEffectiveDate: LocalDate("2025-10-01")))
            ),
        ]
        let evaluation = try Engine.evaluate(facts, events: events)
        #expect(
            evaluation.decisions.map { "\($0.event):\($0.outcome.code)" } == [
                "p1:priceChange.setAsideByStatute", "p2:priceChange",
            ])
        let changes = try #require(evaluation.state.timelines["noor-tso"]).entries.filter {
            $0.kind == .change
        }
        #expect(changes.map(\.source) == ["p2"])
        // Proposed too early for art. 7: the new price applies from 2 September + 1 month + 1 week.
        #expect(changes.map(\.date) == [try LocalDate("2025-10-09")])
    }

    @Test("An outcome saved before the check decodes as not set aside, and encodes as before")
    func codableCompatibility() throws {
        let old =
            #"{"announcedOn":"2026-02-01","proposedEffectiveDate":"2026-03-08","earliestEffectiveDate":"2026-03-08"}"#
        let decoded = try JSONDecoder().decode(PriceChangeOutcome.self, from: Data(old.utf8))
        #expect(!decoded.isSetAsideByStatute)
        let encoded = try JSONEncoder().encode(decoded)
        let keys = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: String]).keys
        #expect(Set(keys) == ["announcedOn", "proposedEffectiveDate", "earliestEffectiveDate"])
    }
}
