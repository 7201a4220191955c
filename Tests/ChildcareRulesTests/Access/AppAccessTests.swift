import ChildcareRules
import Testing

@Suite("App access — App terms art. 2 (authorised user), art. 3 (versions), art. 8 (blocking), art. 10 (end)")
struct AppAccessTests {
    static let all = Capability.allCases.sorted()
    /// The capabilities of the full app with consent in force: all but the two kept after a withdrawal.
    static let full = all.filter { $0 != .earlierPhotos && $0 != .earlierDiary }
    static let consenting = AccessFacts(photoConsent: true, diaryConsent: true)

    @Test("An active, identified contract parent with every consent sees all 13 capabilities in version 1")
    func contractParentDefaults() throws {
        let outcome = try AppAccess.outcome(Self.consenting)
        #expect(outcome.version == .v1)
        #expect(outcome.capabilities == Self.full)
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
        #expect(outcome.informationRight == nil)
    }

    @Test("Capabilities sort alphabetically by key")
    func sortedByKey() {
        #expect(Capability.allCases.sorted().map(\.rawValue) == Capability.allCases.map(\.rawValue).sorted())
        #expect(Capability.allCases.count == 15)
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
        let outcome = try AppAccess.outcome(
            AccessFacts(role: .otherParent, isFamily: false, photoConsent: true, diaryConsent: true))
        #expect(outcome.version == .v2)
        #expect(
            outcome.capabilities == [
                .announcements, .childInfo, .diary, .locationInfo, .newsletters, .photos, .privateMessages,
            ])
        for capability in Capability.versionOneOnly { #expect(!outcome.allows(capability)) }
        #expect(outcome.informationRight != nil)
    }

    @Test(
        "Version 2 cannot report the child absent, in agreement with the absence rule (App terms art. 3; I-311)"
    )
    func versionTwoCannotReportAbsence() throws {
        let decision = try AppAccess.decide(AccessFacts(role: .otherParent, isFamily: false))
        #expect(!decision.outcome.allows(.reportAbsence))
        #expect(decision.explanation.nl.contains("Versie 2 kan het kind niet afmelden"))
        #expect(try AppAccess.outcome(AccessFacts()).allows(.reportAbsence))
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
        ])
    func authorisedUser(facts: AccessFacts, denial: AccessDenial) throws {
        let outcome = try AppAccess.outcome(facts)
        #expect(outcome.version == nil)
        #expect(outcome.capabilities.isEmpty)
        #expect(outcome.denials == [denial])
        #expect(outcome.informationRight != nil)
    }

    @Test(
        "A contract parent without authority keeps version 1 until Partou terminates (App terms art. 2 sub a; I-301)"
    )
    func contractParentWithoutAuthority() throws {
        let decision = try AppAccess.decide(AccessFacts(hasAuthority: false))
        #expect(decision.outcome.version == .v1)
        #expect(decision.outcome.allows(.invoices) && decision.outcome.allows(.requestExtraCare))
        #expect(decision.citations.map(\.key).contains("TSO art. 8 lid 5 sub f"))
        #expect(decision.explanation.nl.contains("houdt de ouderapp"))
        let other = try AppAccess.outcome(AccessFacts(role: .otherParent, contractParentHasAccess: true))
        #expect(other.version == .v1)
    }

    @Test(
        "Blocking on each ground of App terms art. 8 withholds all access and cites its item",
        arguments: BlockReason.allCases)
    func blocked(reason: BlockReason) throws {
        for role in AppUserRole.allCases {
            let decision = try AppAccess.decide(AccessFacts(role: role, block: reason))
            #expect(decision.outcome.capabilities.isEmpty)
            #expect(decision.outcome.denials == [.blocked(reason)])
            #expect(decision.citations.map(\.key).first == "APP art. 8 lid \(reason.paragraph)")
            #expect(decision.citations.map(\.key).contains("APP art. 12"))
            #expect(decision.explanation.nl.contains("support@partou.nl"))
            #expect(decision.explanation.nl.contains("tot Partou haar opheft"))
        }
    }

    @Test(
        "A partial, temporary block withholds only its capabilities and says when it ends (App terms art. 8)")
    func partialBlock() throws {
        let facts = AccessFacts(
            role: .otherParent, block: .misuse, blockScope: .partial([.privateMessages, .photos]),
            blockDuration: .temporary(until: try LocalDate("2026-10-05")), photoConsent: true)
        let decision = try AppAccess.decide(facts)
        #expect(decision.outcome.version == .v1)
        #expect(!decision.outcome.allows(.privateMessages) && !decision.outcome.allows(.photos))
        #expect(decision.outcome.allows(.childInfo) && decision.outcome.allows(.invoices))
        #expect(decision.outcome.withheld == [.photos, .privateMessages])
        #expect(decision.outcome.informationRight != nil)
        #expect(decision.explanation.nl.contains("eindigt vanzelf op maandag 5 oktober 2026"))
        #expect(decision.explanation.en.contains("support@partou.nl"))
    }

    @Test("A safety claim upheld under the strict test refuses the other parent's version 2 access")
    func safetyRefused() throws {
        let refused = try AppAccess.decide(
            AccessFacts(role: .otherParent, isFamily: false, safetyRefused: true))
        #expect(refused.outcome.version == nil)
        #expect(Array(refused.citations.map(\.key).prefix(2)) == ["APP art. 3", "TSO art. 2 lid 3 sub d.4"])
        #expect(refused.explanation.nl.contains("Je houdt altijd recht op schriftelijke informatie"))
        let notUpheld = AppAccessMachine.apply(
            .safetyClaimDecided(upheld: false), to: AccessFacts(role: .otherParent))
        #expect(try AppAccess.outcome(notUpheld).version == .v1)
        // A safety refusal is about the other parent's access only (App terms art. 3).
        #expect(try AppAccess.outcome(AccessFacts(safetyRefused: true)).version == .v1)
    }

    @Test("Every refusal or reduction names the information right, in Dutch and English (I-304)")
    func informationRight() throws {
        let cases = [
            AccessFacts(role: .otherParent, hasAuthority: false), AccessFacts(block: .misuse),
            AccessFacts(role: .otherParent, safetyRefused: true),
            AccessFacts(role: .otherParent, contractParentHasAccess: false),
            AccessFacts(role: .otherParent, isFamily: false), AccessFacts(daysAfterEnd: 42),
        ]
        for facts in cases {
            let decision = try AppAccess.decide(facts)
            let right = try #require(decision.outcome.informationRight)
            #expect(right.withholdingGround == .childsInterest)
            #expect(decision.explanation.nl.contains("belang van het kind"))
            #expect(decision.explanation.en.contains("child's interest"))
            #expect(decision.citations.map(\.key).contains("TSO art. 2 lid 3 sub c"))
        }
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
            let usesApp = outcome.hasAccess && !outcome.visibleOnly
            #expect(usesApp == hasAccess)
            #expect(outcome.allows(.announcements) == hasAccess)
        }
        #expect(AppAccess.lastDayWithAccess == 41)
    }

    @Test(
        "Days 42 to 55 keep the child's data visible and downloadable, as the privacy statement promises (I-306)"
    )
    func eightWeeksVisible() throws {
        let day42 = try AppAccess.decide(
            AccessFacts(daysAfterEnd: 42, photoConsent: true, diaryConsent: true))
        #expect(day42.outcome.visibleOnly)
        #expect(day42.outcome.capabilities == [.childInfo, .diary, .photos])
        #expect(day42.explanation.nl.contains("8 weken zichtbaar voor jou en de medewerkers"))
        let day55 = try AppAccess.outcome(AccessFacts(daysAfterEnd: 55))
        #expect(day55.visibleOnly)
        let day56 = try AppAccess.decide(AccessFacts(daysAfterEnd: 56))
        #expect(!day56.outcome.hasAccess)
        #expect(day56.explanation.en.contains("Until archived data is destroyed"))
        let day10 = try AppAccess.decide(AccessFacts(daysAfterEnd: 10))
        #expect(day10.explanation.en.contains("use of the app ends on day 42, in 32 days"))
        let day41 = try AppAccess.decide(AccessFacts(daysAfterEnd: 41))
        #expect(day41.explanation.en.contains("in 1 day "))
    }

    @Test("A negative day count is rejected")
    func negativeDays() {
        #expect(throws: RulesError.self) { try AppAccess.outcome(AccessFacts(daysAfterEnd: -1)) }
    }

    @Test(
        "Refusing consent removes only photos and the diary, never a service of the contract (I-307)",
        arguments: AppUserRole.allCases)
    func withoutConsent(role: AppUserRole) throws {
        let outcome = try AppAccess.outcome(AccessFacts(role: role, photoConsent: false, diaryConsent: false))
        let with = try AppAccess.outcome(AccessFacts(role: role, photoConsent: true, diaryConsent: true))
        #expect(
            outcome.capabilities
                == with.capabilities.filter { !Capability.media.contains($0) })
        if role == .contractParent {
            #expect(outcome.allows(.invoices) && outcome.allows(.useSwapHours) && outcome.allows(.childInfo))
        }
    }

    @Test("Consent for only one of photos and the diary withholds only that one (I-307)")
    func partialConsent() throws {
        let noPhotos = try AppAccess.outcome(AccessFacts(diaryConsent: true))
        #expect(noPhotos.capabilities == Self.full.filter { $0 != .photos })
        let noDiary = try AppAccess.outcome(AccessFacts(photoConsent: true))
        #expect(noDiary.capabilities == Self.full.filter { $0 != .diary })
    }

    @Test("Absent consent means no: the default facts show no photos and no diary (I-308)")
    func absentMeansNo() throws {
        let decision = try AppAccess.decide(AccessFacts())
        #expect(!decision.outcome.allows(.photos) && !decision.outcome.allows(.diary))
        #expect(decision.explanation.nl.contains("zonder antwoord is het nee"))
    }

    @Test("A withdrawal keeps what was collected with consent, but adds nothing new (I-307)")
    func withdrawalKeepsEarlierData() throws {
        let withdrawn = AppAccessMachine.apply(
            [.photoConsent(true), .photoConsent(false)], to: AccessFacts())
        let outcome = try AppAccess.outcome(withdrawn)
        #expect(!outcome.allows(.photos))
        #expect(outcome.allows(.earlierPhotos))
        #expect(outcome.rule(for: .earlierPhotos) == .photosCollectedEarlier)
        let erased = AppAccessMachine.apply(.earlierPhotosErased, to: withdrawn)
        #expect(!(try AppAccess.outcome(erased).allows(.earlierPhotos)))
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
    }

    @Test("The BSN is never shown or stored; it is forwarded only with a change")
    func bsn() {
        #expect(!BSNPolicy.isShown && !BSNPolicy.isStored)
        #expect(Capability.allCases.filter(BSNPolicy.isForwarded(by:)) == [.submitChanges])
    }
}
