import ChildcareRules
import Testing

@Suite("Guardianship — TSO terms art. 2 lid 3, art. 8 lid 5 sub f; art. 1:377c BW")
struct GuardianshipTests {
    @Test(
        "Consent of the other parent: needed only when both have authority and no court ruling or settlement")
    func consentNeeded() {
        let decision = Guardianship.otherParentConsentNeeded(
            otherParentHasAuthority: true, courtRulingOrSettlement: true)
        #expect(decision.citations.map(\.key) == ["TSO art. 2 lid 3 sub b", "TSO art. 2 lid 3 sub a"])
    }

    @Test("An other parent with app access gets information through the app, in their version")
    func informationThroughApp() throws {
        #expect(try Guardianship.information(for: AccessFacts(role: .otherParent)).outcome == .app(.v1))
        #expect(
            try Guardianship.information(for: AccessFacts(role: .otherParent, isFamily: false)).outcome
                == .app(.v2))
        #expect(throws: RulesError.self) { try Guardianship.information(for: AccessFacts()) }
    }

    @Test("An other parent refused the app on safety grounds keeps the right to written information (I-304)")
    func refusedKeepsInformation() throws {
        let refused = AccessFacts(role: .otherParent, isFamily: false, safetyRefused: true)
        #expect(try Guardianship.information(for: refused).outcome == .periodicWrittenInformation)
    }

    @Test(
        "Losing authority ends app access and lets Partou terminate (art. 8 lid 5 sub f), but does not end the contract itself"
    )
    func authorityLost() {
        let other = Guardianship.authorityLost(by: .otherParent)
        #expect(other.outcome.appAccessEnds && other.outcome.providerMayTerminate)
        // The contract parent keeps the app until the contract ends (App terms art. 2 sub a; I-301).
        let decision = Guardianship.authorityLost(by: .contractParent)
        #expect(!decision.outcome.appAccessEnds && decision.outcome.providerMayTerminate)
        #expect(decision.outcome.informationRightRemains)
        #expect(decision.citations.first?.key == "TSO art. 8 lid 5 sub f")
        #expect(decision.explanation.en.contains("need not"))
    }
}

@Suite("Consent for photos and the diary — App privacy statement, App terms art. 6")
struct ConsentTests {
    @Test(
        "Parents who disagree: consent holds only if someone gave it and no parent with authority withdrew it (I-308)",
        arguments: [
            ([ConsentChoice.given, .given], true),
            ([.given, .notExpressed], true),
            ([.notExpressed, .given], true),
            ([.given, .withdrawn], false),
            ([.withdrawn, .given], false),
            ([.notExpressed, .notExpressed], false),
            ([.withdrawn, .withdrawn], false),
            ([], false),
        ])
    func disagreement(choices: [ConsentChoice], inForce: Bool) {
        #expect(MediaConsent.effective(choices) == inForce)
    }

    @Test(
        "Withdrawing consent does not reach back: photos taken while consent held stay, none may be taken after"
    )
    func notRetroactive() throws {
        var history = ConsentHistory()
        try history.record(given: true, on: LocalDate("2026-01-05"))
        try history.record(given: false, on: LocalDate("2026-03-02"))
        #expect(history.mayKeep(collectedOn: try LocalDate("2026-02-10")))
        #expect(history.mayKeep(collectedOn: try LocalDate("2026-03-01")))
        #expect(!history.mayCollect(on: try LocalDate("2026-03-02")))
        #expect(!history.mayKeep(collectedOn: try LocalDate("2026-01-04")))
        #expect(throws: RulesError.self) { try history.record(given: true, on: LocalDate("2026-02-01")) }
    }

    @Test(
        "Consent per child and purpose, by a parent with authority, from its moment; the stricter answer wins (I-308)"
    )
    func perChild() throws {
        var consent = ChildConsent()
        let noor = ChildID("noor")
        let sem = ChildID("sem")
        let morning = try LocalDateTime("2026-09-07T09:00")
        let noon = try LocalDateTime("2026-09-07T12:00")
        // No answer is no consent.
        #expect(!consent.isGiven(for: noor, .photos, at: noon))
        try consent.record(
            ConsentAnswer(
                child: noor, purpose: .photos, parent: "anna", hasAuthority: true, given: true, at: morning))
        #expect(consent.isGiven(for: noor, .photos, at: noon))
        #expect(!consent.isGiven(for: noor, .photos, at: try LocalDateTime("2026-09-07T08:59")))
        // Per purpose and per child.
        #expect(!consent.isGiven(for: noor, .diary, at: noon))
        #expect(!consent.isGiven(for: sem, .photos, at: noon))
        // The other parent refuses at noon: from then on there is no consent for the child.
        try consent.record(
            ConsentAnswer(
                child: noor, purpose: .photos, parent: "ben", hasAuthority: true, given: false, at: noon))
        #expect(!consent.isGiven(for: noor, .photos, at: noon))
        #expect(consent.isGiven(for: noor, .photos, at: try LocalDateTime("2026-09-07T11:59")))
        // A parent without authority cannot answer; the history is not rewritten.
        #expect(throws: RulesError.self) {
            try consent.record(
                ConsentAnswer(
                    child: noor, purpose: .photos, parent: "carl", hasAuthority: false, given: true, at: noon)
            )
        }
        #expect(throws: RulesError.self) {
            try consent.record(
                ConsentAnswer(
                    child: noor, purpose: .photos, parent: "anna", hasAuthority: true, given: true,
                    at: morning))
        }
    }
}
