import ChildcareRules
import Testing

/// Complaints from the 2023 report about an ex-partner's app access and a father without authority
/// (complaints catalogue, sections 14–16), decided under the app terms and the TSO terms.
@Suite(
    "Complaints report 2023 — ex-partners and parents without authority (App terms art. 2, 3, 10; TSO art. 2 lid 3)"
)
struct AccessComplaintScenarioTests {
    @Test(
        "Complaints report line 2958: father deregisters the children; on version 2 he can no longer make changes or requests"
    )
    func fatherMakesChanges() throws {
        // Father with authority, formerly family, kept version 1 after the separation.
        var father = AccessFacts(role: .otherParent, isFamily: false, separated: true)
        let before = try AppAccess.outcome(father)
        #expect(before.version == .v1)
        #expect(
            before.allows(.submitChanges) && before.allows(.requestExtraCare) && before.allows(.useSwapHours))
        // The mother (contract parent) withdraws consent for version 1.
        father = AppAccessMachine.apply(.v1ConsentWithdrawn, to: father)
        let after = try AppAccess.outcome(father)
        #expect(after.version == .v2)
        #expect(
            !after.allows(.submitChanges) && !after.allows(.requestExtraCare) && !after.allows(.useSwapHours))
        // Equal information about the child stays, but no deregistering: version 2 makes no changes to
        // the care (App terms art. 3; I-311).
        #expect(after.allows(.childInfo) && !after.allows(.reportAbsence))
    }

    @Test(
        "Complaints report line 528: mother wants the ex-partner out of the app; withdrawal moves him to version 2, a safety claim can end access"
    )
    func exPartnerRemoved() throws {
        let exPartner = AccessFacts(role: .otherParent, isFamily: false, separated: true)
        let withdrawn = AppAccessMachine.apply(.v1ConsentWithdrawn, to: exPartner)
        let v2 = try AppAccess.outcome(withdrawn)
        #expect(v2.version == .v2)
        #expect(!v2.allows(.contractParentData) && !v2.allows(.invoices))
        // Wanting him out is not enough: refusal needs a safety concern shown by the mother (strict test).
        let claimRejected = AppAccessMachine.apply(.safetyClaimDecided(upheld: false), to: withdrawn)
        #expect(try AppAccess.outcome(claimRejected).version == .v2)
        let claimUpheld = AppAccessMachine.apply(.safetyClaimDecided(upheld: true), to: withdrawn)
        #expect(try AppAccess.outcome(claimUpheld).capabilities.isEmpty)
        // "De vader heeft hier geen toegang toe" (line 541): if he has no authority, he has no access at all.
        let noAuthority = AccessFacts(
            role: .otherParent, hasAuthority: false, isFamily: false, separated: true)
        #expect(try AppAccess.outcome(noAuthority).version == nil)
    }

    @Test(
        "Complaints report line 480: wrong fathers linked; an ex-partner who is not an identified authorised user sees nothing"
    )
    func wrongFatherLinked() throws {
        let unidentified = AccessFacts(role: .otherParent, isFamily: false, identified: false)
        #expect(try AppAccess.outcome(unidentified).capabilities.isEmpty)
        let identityDoubt = AccessFacts(role: .otherParent, isFamily: false, block: .identity)
        let decision = try AppAccess.decide(identityDoubt)
        #expect(decision.outcome.capabilities.isEmpty)
        #expect(decision.citations.map(\.key).first == "APP art. 8 lid 1")
    }

    @Test(
        "Complaints report line 15473: father without authority asks for information: periodic written information, no app"
    )
    func fatherWithoutAuthority() throws {
        let father = AccessFacts(role: .otherParent, hasAuthority: false, isFamily: false)
        #expect(try AppAccess.outcome(father).version == nil)
        let information = try Guardianship.information(for: father)
        #expect(information.outcome == .periodicWrittenInformation)
        #expect(information.citations.map(\.key).contains("BW art. 1:377c"))
        var notAsked = father
        notAsked.requested = false
        #expect(try Guardianship.information(for: notAsked).outcome == .notRequested)
    }

    @Test(
        "Complaints report line 5483: placement without the consent of a parent with authority; a court ruling removes the need"
    )
    func placementWithoutConsent() {
        #expect(
            Guardianship.otherParentConsentNeeded(
                otherParentHasAuthority: true, courtRulingOrSettlement: false
            ).outcome)
        #expect(
            !Guardianship.otherParentConsentNeeded(
                otherParentHasAuthority: true, courtRulingOrSettlement: true
            ).outcome)
        #expect(
            !Guardianship.otherParentConsentNeeded(
                otherParentHasAuthority: false, courtRulingOrSettlement: false
            ).outcome)
    }
}
