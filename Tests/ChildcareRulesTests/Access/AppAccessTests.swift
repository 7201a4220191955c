import ChildcareRules
import Testing

@Suite("App access — App terms art. 2 (authorised user), art. 3 (versions), art. 8 (blocking), art. 10 (end)")
struct AppAccessTests {
    static let all = Capability.allCases.sorted()

    @Test("An active, identified contract parent with every consent sees all 13 capabilities in version 1")
    func contractParentDefaults() throws {
        let outcome = try AppAccess.outcome(AccessFacts())
        #expect(outcome.version == .v1)
        #expect(outcome.capabilities == Self.all)
        #expect(
            outcome.capabilities.map(\.rawValue) == [
                "announcements", "childInfo", "contractParentData", "diary", "invoices", "locationInfo",
                "newsletters",
                "photos", "privateMessages", "reportAbsence", "requestExtraCare", "submitChanges",
                "useSwapHours",
            ])
        #expect(outcome.rule(for: .invoices) == .versionOneData)
        #expect(outcome.rule(for: .photos) == .photoConsent)
        #expect(outcome.rule(for: .locationInfo) == .basicUse)
    }

    @Test("Capabilities sort alphabetically by key")
    func sortedByKey() {
        #expect(Capability.allCases.sorted().map(\.rawValue) == Capability.allCases.map(\.rawValue).sorted())
        #expect(Capability.allCases.count == 13)
    }

    /// (authority, family, separated, v1 consent) → version of the other parent.
    @Test(
        "The other parent's version follows family, separation and the contract parent's consent",
        arguments: [
            (true, true, false, true, AppVersion?.some(.v1)),
            (true, true, false, false, .v2),
            (true, false, true, true, .v1),
            (true, false, true, false, .v2),
            (true, false, false, true, .v2),
            (true, false, false, false, .v2),
            (false, true, false, true, nil),
            (false, false, false, false, nil),
        ])
    func otherParentVersion(
        authority: Bool, family: Bool, separated: Bool, consent: Bool, expected: AppVersion?
    ) throws {
        let facts = AccessFacts(
            role: .otherParent, hasAuthority: authority, isFamily: family, v1Consent: consent,
            separated: separated)
        #expect(try AppAccess.outcome(facts).version == expected)
    }

    @Test(
        "Version 2 shows the same child and location information but never the contract parent's data, invoices, requests or changes"
    )
    func versionTwo() throws {
        let outcome = try AppAccess.outcome(AccessFacts(role: .otherParent, isFamily: false))
        #expect(outcome.version == .v2)
        #expect(
            outcome.capabilities == [
                .announcements, .childInfo, .diary, .locationInfo, .newsletters, .photos, .privateMessages,
                .reportAbsence,
            ])
        for capability in Capability.versionOneOnly { #expect(!outcome.allows(capability)) }
    }

    @Test(
        "Each ground of App terms art. 2 withholds all access (default deny)",
        arguments: [
            (AccessFacts(role: .otherParent, requested: false), AccessDenial.notRequested),
            (AccessFacts(role: .otherParent, identified: false), .notIdentified),
            (AccessFacts(identified: false), .notIdentified),
            (AccessFacts(termsAccepted: false), .termsNotAccepted),
            (AccessFacts(role: .otherParent, termsAccepted: false), .termsNotAccepted),
            (AccessFacts(role: .otherParent, hasAuthority: false), .noAuthority),
            (AccessFacts(hasAuthority: false), .noAuthority),
        ])
    func authorisedUser(facts: AccessFacts, denial: AccessDenial) throws {
        let outcome = try AppAccess.outcome(facts)
        #expect(outcome.version == nil)
        #expect(outcome.capabilities.isEmpty)
        #expect(outcome.denials == [denial])
    }

    @Test(
        "Blocking on each ground of App terms art. 8 withholds all access and cites its item",
        arguments: BlockReason.allCases)
    func blocked(reason: BlockReason) throws {
        for role in AppUserRole.allCases {
            let decision = try AppAccess.decide(AccessFacts(role: role, block: reason))
            #expect(decision.outcome.capabilities.isEmpty)
            #expect(decision.outcome.denials == [.blocked(reason)])
            #expect(decision.citations.map(\.key) == ["APP art. 8 lid \(reason.paragraph)"])
        }
    }

    @Test("A safety claim upheld under the strict test refuses the other parent's version 2 access")
    func safetyRefused() throws {
        let refused = try AppAccess.decide(
            AccessFacts(role: .otherParent, isFamily: false, safetyRefused: true))
        #expect(refused.outcome.version == nil)
        #expect(refused.citations.map(\.key) == ["APP art. 3", "TSO art. 2 lid 3 sub d.4"])
        let notUpheld = AppAccessMachine.apply(
            .safetyClaimDecided(upheld: false), to: AccessFacts(role: .otherParent))
        #expect(try AppAccess.outcome(notUpheld).version == .v1)
    }

    @Test("The other parent's access lasts only while the contract parent has access (App terms art. 10)")
    func dependsOnContractParent() throws {
        let other = AccessFacts(role: .otherParent, contractParentHasAccess: false)
        #expect(try AppAccess.outcome(other).denials == [.contractParentHasNoAccess])
        #expect(try AppAccess.decide(other).explanation.en.contains("so neither has the other parent"))
    }

    @Test(
        "Access ends 6 weeks after the customer relationship: days 0 to 41 have access, day 42 does not",
        arguments: [
            (Int?.none, true), (0, true), (1, true), (40, true), (41, true), (42, false), (43, false),
            (55, false),
            (56, false), (400, false),
        ])
    func endOfAccess(days: Int?, hasAccess: Bool) throws {
        for role in AppUserRole.allCases {
            let outcome = try AppAccess.outcome(AccessFacts(role: role, daysAfterEnd: days))
            #expect(outcome.hasAccess == hasAccess)
            #expect(outcome.capabilities.isEmpty == !hasAccess)
        }
        #expect(AppAccess.lastDayWithAccess == 41)
    }

    @Test(
        "After day 41 the reason still promises visibility on request until day 55, flagged for legal (I-306)"
    )
    func conflictSixAndEightWeeks() throws {
        let day42 = try AppAccess.decide(AccessFacts(daysAfterEnd: 42))
        #expect(day42.explanation.en.contains("until day 55"))
        #expect(day42.explanation.en.contains("For legal, I-306"))
        let day56 = try AppAccess.decide(AccessFacts(daysAfterEnd: 56))
        #expect(!day56.explanation.en.contains("until day 55"))
        let day10 = try AppAccess.decide(AccessFacts(daysAfterEnd: 10))
        #expect(day10.explanation.en.contains("access ends on day 42, in 32 days"))
    }

    @Test("A negative day count is rejected")
    func negativeDays() {
        #expect(throws: RulesError.self) { try AppAccess.outcome(AccessFacts(daysAfterEnd: -1)) }
    }

    @Test(
        "Without any consent a user has only location info, news, absence reports and messages (I-307)",
        arguments: AppUserRole.allCases)
    func withoutConsent(role: AppUserRole) throws {
        let outcome = try AppAccess.outcome(AccessFacts(role: role, photoConsent: false, diaryConsent: false))
        #expect(
            outcome.capabilities == [
                .announcements, .locationInfo, .newsletters, .privateMessages, .reportAbsence,
            ])
        #expect(Set(outcome.capabilities) == Capability.withoutConsent)
    }

    @Test("Consent for only one of photos and the diary withholds only that one (I-307)")
    func partialConsent() throws {
        let noPhotos = try AppAccess.outcome(AccessFacts(photoConsent: false))
        #expect(noPhotos.capabilities == Self.all.filter { $0 != .photos })
        let noDiary = try AppAccess.outcome(AccessFacts(diaryConsent: false))
        #expect(noDiary.capabilities == Self.all.filter { $0 != .diary })
    }

    @Test(
        "Without the app a contract parent cannot request extra care or use swap hours (TSO terms art. 1 lid 2)"
    )
    func withoutTheApp() throws {
        for facts in [AccessFacts(termsAccepted: false), AccessFacts(contractParentHasAccess: false)] {
            let outcome = try AppAccess.outcome(facts)
            #expect(
                !outcome.allows(.requestExtraCare) && !outcome.allows(.useSwapHours)
                    && !outcome.allows(.invoices))
        }
    }

    @Test("Every denial reason cites its clause; no authority cites art. 1:377c BW for the other parent")
    func denialCitations() throws {
        let decision = try AppAccess.decide(AccessFacts(role: .otherParent, hasAuthority: false))
        #expect(
            decision.citations.map(\.key) == [
                "TSO art. 2 lid 3 sub d.1", "TSO art. 2 lid 3 sub c", "BW art. 1:377c",
            ])
        #expect(decision.explanation.en.contains("periodic written information"))
        let contractParent = try AppAccess.decide(AccessFacts(hasAuthority: false))
        #expect(contractParent.citations.map(\.key).first == "TSO art. 8 lid 5 sub f")
    }

    @Test("The BSN is never shown or stored; it is forwarded only with a change")
    func bsn() {
        #expect(!BSNPolicy.isShown && !BSNPolicy.isStored)
        #expect(Capability.allCases.filter(BSNPolicy.isForwarded(by:)) == [.submitChanges])
    }
}
