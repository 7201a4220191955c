import ChildcareRules
import Foundation
import Testing

@Suite(
    "Contract ends, art. 10 terminations, missing consent and by-analogy citations — TSO terms art. 2, 3, 8, 10"
)
struct ContractEndTests {
    @Test("Every outcome that ends a contract gives its end: last day, per date and clause (I-202)")
    func everyEnd() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let cases: [(ContractState, ContractEvent, ContractEnd.Source, String, String, String)] = [
            (
                .signed, .cancellation(receivedOn: try Fixtures.day("2025-08-01"), channel: .email),
                .cancellation,
                "2025-08-31", "2025-09-01", "TSO art. 3"
            ),
            (
                .active,
                .parentTermination(
                    receivedOn: try Fixtures.day("2026-02-01"), channel: .onlineForm, requestedEndDate: nil),
                .parentTermination, "2026-02-28", "2026-03-01", "TSO art. 8 lid 1"
            ),
            (
                .active,
                .providerTermination(noticeOn: try Fixtures.day("2026-01-31"), reason: .businessNecessity),
                .providerTermination, "2026-02-28", "2026-03-01", "TSO art. 8 lid 5 sub e"
            ),
            (
                .active,
                .termsChangeTermination(
                    receivedOn: try Fixtures.day("2026-04-10"), channel: .onlineForm,
                    informedOn: try Fixtures.day("2026-03-02"),
                    proposedEffectiveDate: try Fixtures.day("2026-05-01")),
                .termsChangeTermination, "2026-04-30", "2026-05-01", "TSO art. 10"
            ),
        ]
        for (state, event, source, last, per, key) in cases {
            let step = try ContractLifecycle.apply(event, to: state, contract: contract)
            let end = try #require(step.decision.outcome.contractEnd, "\(event)")
            #expect(end.source == source)
            #expect(end.lastDay == (try Fixtures.day(last)))
            #expect(end.firstDayWithoutContract == (try Fixtures.day(per)))
            #expect(end.citation.key == key)
        }
        let change = try ContractLifecycle.apply(
            .change(
                receivedOn: try Fixtures.day("2025-10-01"), channel: .onlineForm, requestedEffectiveDate: nil),
            to: .active, contract: contract)
        #expect(change.decision.outcome.contractEnd == nil)
    }

    @Test(
        "Missing consent ends the contract per the deadline + 1 month; its last day is the day before (art. 2 lid 5 sub a)"
    )
    func missingConsentEnd() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let found = try ContractLifecycle.apply(
            .missingConsentFound(on: try Fixtures.day("2025-10-01"), hasCourtRulingOrSettlement: false),
            to: .active, contract: contract)
        let lapsed = try ContractLifecycle.apply(
            .dateReached(try Fixtures.day("2025-11-02")), to: found.state, contract: contract)
        let end = try #require(lapsed.decision.outcome.contractEnd)
        #expect(end.source == .missingConsent)
        #expect(end.lastDay == (try Fixtures.day("2025-11-30")))
        #expect(end.firstDayWithoutContract == (try Fixtures.day("2025-12-01")))
        #expect(end.citation.key == "TSO art. 2 lid 5 sub a")
        #expect(
            lapsed.decision.explanation.nl.contains(
                "laatste opvangdag 30 november 2025; de overeenkomst eindigt per 1 december 2025"))
    }

    @Test(
        "A termination against a material change reaches the lifecycle and ends per the effective date (art. 10, I-204)"
    )
    func termsChangeTermination() throws {
        let contract = try Fixtures.contract()
        let step = try ContractLifecycle.apply(
            .termsChangeTermination(
                receivedOn: try Fixtures.day("2026-04-10"), channel: .onlineForm,
                informedOn: try Fixtures.day("2026-03-02"),
                proposedEffectiveDate: try Fixtures.day("2026-05-01")),
            to: .active, contract: contract)
        #expect(step.state == .terminationPending(endDate: try Fixtures.day("2026-04-30")))
        #expect(step.decision.citations.first?.key == "TSO art. 10")
        #expect(
            step.decision.explanation.nl.contains(
                "laatste opvangdag 30 april 2026; de overeenkomst eindigt per 1 mei 2026"))
        #expect(
            step.decision.explanation.en.contains(
                "last day of care 30 April 2026; the contract ends as of 1 May 2026"))
        // The ordinary notice would end it per 10 May: the art. 10 end is earlier, and May is not billed.
        guard case .parentTermination(.accepted(let terms)) = step.decision.outcome else {
            Issue.record("not accepted")
            return
        }
        #expect(terms.source == .termsChangeTermination)
        #expect(terms.instalmentsStillDue == [])
        // Received after the effective date: the ordinary notice applies, and the explanation says why.
        let late = try ContractLifecycle.apply(
            .termsChangeTermination(
                receivedOn: try Fixtures.day("2026-05-04"), channel: .onlineForm,
                informedOn: try Fixtures.day("2026-03-02"),
                proposedEffectiveDate: try Fixtures.day("2026-05-01")),
            to: .active, contract: contract)
        #expect(late.state == .terminationPending(endDate: try Fixtures.day("2026-06-03")))
        #expect(late.decision.explanation.en.contains("the ordinary notice period applies"))
    }

    @Test("Missing consent applies only when the other parent has authority (art. 2 lid 3 sub a, lid 5)")
    func otherParentWithoutAuthority() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let decision = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-10-01"), hasCourtRulingOrSettlement: false,
            otherParentHasAuthority: false, agreementReachedOn: nil)
        #expect(decision.outcome.stage == .otherParentWithoutAuthority)
        #expect(decision.outcome.agreementDeadline == nil)
        #expect(decision.outcome.consequence == MissingConsentOutcome.Consequence.none)
        #expect(decision.citationKeys == ["TSO art. 2 lid 5", "TSO art. 2 lid 3 sub a"])
        let step = try ContractLifecycle.apply(
            .missingConsentFound(
                on: try Fixtures.day("2025-10-01"), hasCourtRulingOrSettlement: false,
                otherParentHasAuthority: false),
            to: .active, contract: contract)
        #expect(step.state == .active)
        #expect(step.decision.outcome.contractEnd == nil)
    }

    @Test(
        "A TSO rule applied to a KDV, BSO or VSO contract is cited by analogy, in its citation and its explanation",
        arguments: [ServiceKind.kdv, .bso, .vso, .tso])
    func byAnalogy(service: ServiceKind) throws {
        let tso = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let contract = try Contract(
            id: tso.id, contractParent: tso.contractParent, child: tso.child, service: service,
            location: tso.location, signingDate: tso.signingDate, startDate: tso.startDate,
            schedule: tso.schedule, annualAmount: tso.annualAmount, hourlyRate: tso.hourlyRate,
            hasDirectDebitMandate: true)
        let decisions = [
            try ParentTerminationRule.decide(
                contract: contract, receivedOn: Fixtures.day("2026-02-01"), channel: .onlineForm
            ).map { ContractEventOutcome.parentTermination($0) },
            try ContractLifecycle.apply(
                .cancellation(receivedOn: try Fixtures.day("2025-08-01"), channel: .email), to: .signed,
                contract: contract
            ).decision,
            try ProviderTerminationRule.decide(
                contract: contract, reason: .brokenRelationship, noticeOn: Fixtures.day("2026-01-31")
            ).map { ContractEventOutcome.providerTermination($0) },
        ]
        for decision in decisions {
            let analogy = service != .tso
            #expect(decision.citations.allSatisfy { $0.byAnalogy == analogy })
            #expect(decision.citations[0].rendered(in: .nl).hasSuffix(", naar analogie") == analogy)
            #expect(decision.citations[0].rendered(in: .en).hasSuffix(", by analogy") == analogy)
            #expect(decision.explanation.nl.contains("gelden daarvoor naar analogie") == analogy)
            #expect(decision.explanation.en.contains("apply to it by analogy") == analogy)
            // Applying the helper again changes nothing.
            #expect(decision.byAnalogy(for: service) == decision)
        }
        let billing = try BillingSchedule.decide(for: contract, schoolYear: SchoolYear(startYear: 2025))
        #expect(billing.citations.allSatisfy { $0.byAnalogy == (service != .tso) })
        #expect(billing.explanation.en.contains("apply to it by analogy") == (service != .tso))
    }

    @Test("A citation written before the byAnalogy field existed decodes as not by analogy")
    func citationDecodesOldJSON() throws {
        let citation = TermsEdition.tso2024.cite("8", lid: 1)
        let encoded = try JSONEncoder().encode(citation)
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["byAnalogy"] as? Bool == false)
        object.removeValue(forKey: "byAnalogy")
        let old = try JSONSerialization.data(withJSONObject: object)
        let decoded = try JSONDecoder().decode(Citation.self, from: old)
        #expect(decoded == citation)
        #expect(!decoded.byAnalogy)
        let marked = citation.appliedByAnalogy()
        #expect(try JSONDecoder().decode(Citation.self, from: JSONEncoder().encode(marked)) == marked)
        #expect(marked.key == citation.key)
        #expect(
            marked.fullyRendered(in: .nl) == "TSO-voorwaarden (1 augustus 2024), art. 8 lid 1, naar analogie")
        #expect(marked.fullyRendered(in: .en) == "TSO terms (1 August 2024), art. 8(1), by analogy")
        #expect(marked.rendered(in: .nl) == "TSO-voorwaarden 2024, art. 8 lid 1, naar analogie")
    }

    @Test(
        "The provider's changes are per dates: the new price or terms apply from that day, the old through the day before (I-004)"
    )
    func providerChangesArePerDates() throws {
        let price = try PriceChangeRule.decide(
            announcedOn: Fixtures.day("2026-01-31"), proposedEffectiveDate: Fixtures.day("2026-03-08"))
        #expect(price.outcome.effectiveDate == (try Fixtures.day("2026-03-08")))
        #expect(price.explanation.nl.contains("De nieuwe prijs geldt per zondag 8 maart 2026"))
        #expect(price.explanation.nl.contains("Tot en met zaterdag 7 maart 2026 betaal je de oude prijs"))
        #expect(
            price.explanation.en.contains("Up to and including Saturday 7 March 2026 you pay the old price"))
        let terms = try TermsChangeRule.decide(informedOn: Fixtures.day("2026-01-31"), isMaterial: true)
        #expect(terms.outcome.effectiveDate == (try Fixtures.day("2026-03-08")))
        #expect(
            terms.explanation.nl.contains(
                "laatste opvangdag 7 maart 2026; de overeenkomst eindigt per 8 maart 2026"))
    }

    @Test("Retention counts day 0 from the first day without a contract: the last day + 1 (I-305)")
    func retentionDayZero() throws {
        let byLastDay = try Retention.schedule(lastDayOfContract: Fixtures.day("2025-12-31"))
        let byPer = try Retention.schedule(contractEnd: Fixtures.day("2026-01-01"))
        #expect(byLastDay.outcome == byPer.outcome)
        #expect(byLastDay.outcome.firstDayWithoutContract == (try Fixtures.day("2026-01-01")))
        #expect(
            byLastDay.explanation.nl.contains(
                "laatste opvangdag 31 december 2025; de overeenkomst eindigt per 1 januari 2026"))
        #expect(!byLastDay.explanation.nl.contains("I-306"))
        #expect(!byLastDay.explanation.en.contains("For legal"))
    }
}
