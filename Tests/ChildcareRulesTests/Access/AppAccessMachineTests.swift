import ChildcareRules
import Testing

@Suite("App access state machine — App terms art. 2, 3, 8, 10")
struct AppAccessMachineTests {
    static let fresh = AccessFacts(
        role: .otherParent, requested: false, identified: false, termsAccepted: false, photoConsent: false,
        diaryConsent: false)

    @Test(
        "The other parent in a family: request, identity, terms → version 1; separation keeps it; withdrawal → version 2"
    )
    func separationThenWithdrawal() throws {
        var state = Self.fresh
        #expect(try AppAccess.outcome(state).version == nil)
        state = AppAccessMachine.apply([.accessRequested, .identityEstablished], to: state)
        #expect(try AppAccess.outcome(state).denials == [.termsNotAccepted])
        state = AppAccessMachine.apply([.termsAccepted, .photoConsent(true)], to: state)
        #expect(try AppAccess.outcome(state).version == .v1)
        state = AppAccessMachine.apply(.separationReported, to: state)
        #expect(state.separated && !state.isFamily && state.v1ConfirmationPending)
        // Until the contract parent answers, version 1 without the contract parent's data (I-303).
        let pending = try AppAccess.outcome(state)
        #expect(pending.version == .v1 && !pending.allows(.contractParentData) && !pending.allows(.invoices))
        #expect(pending.informationRight != nil)
        let confirmed = AppAccessMachine.apply(.v1ConsentConfirmed, to: state)
        #expect(try AppAccess.outcome(confirmed).allows(.contractParentData))
        #expect(try AppAccess.decide(confirmed).explanation.en.contains("keeps version 1"))
        state = AppAccessMachine.apply(.v1ConsentWithdrawn, to: state)
        let outcome = try AppAccess.outcome(state)
        #expect(outcome.version == .v2)
        #expect(!outcome.allows(.contractParentData) && outcome.allows(.childInfo))
    }

    @Test("Block then unblock restores access; losing authority ends it for good")
    func blockUnblockAuthority() throws {
        let active = AccessFacts(role: .otherParent)
        let blocked = AppAccessMachine.apply(.blocked(.misuse), to: active)
        #expect(try AppAccess.outcome(blocked).capabilities.isEmpty)
        #expect(try AppAccess.outcome(AppAccessMachine.apply(.unblocked, to: blocked)).version == .v1)
        let lost = AppAccessMachine.apply([.authorityLost, .unblocked], to: active)
        #expect(try AppAccess.outcome(lost).denials == [.noAuthority])
    }

    @Test("Time passes only forward and only after the relationship ended; day 42 ends use of the app")
    func time() throws {
        let active = AccessFacts()
        #expect(AppAccessMachine.apply(.timePasses(toDay: 42), to: active).daysAfterEnd == nil)
        let ended = AppAccessMachine.apply(.customerRelationshipEnded, to: active)
        #expect(ended.daysAfterEnd == 0)
        let day41 = AppAccessMachine.apply(.timePasses(toDay: 41), to: ended)
        #expect(try AppAccess.outcome(day41).hasAccess)
        let day42 = AppAccessMachine.apply(.timePasses(toDay: 42), to: day41)
        #expect(try AppAccess.outcome(day42).visibleOnly)
        #expect(try !AppAccess.outcome(AppAccessMachine.apply(.timePasses(toDay: 56), to: day42)).hasAccess)
        #expect(
            AppAccessMachine.apply([.timePasses(toDay: 41), .customerRelationshipEnded], to: day42) == day42)
    }

    @Test("A safety claim is about the other parent; it leaves the contract parent unchanged")
    func safetyClaimRole() {
        let contractParent = AccessFacts()
        #expect(
            AppAccessMachine.apply(.safetyClaimDecided(upheld: true), to: contractParent) == contractParent)
    }

    @Test("Only a parent with authority gives or withdraws consent; a withdrawal keeps earlier data (I-308)")
    func consentByAuthority() throws {
        let without = AccessFacts(role: .otherParent, hasAuthority: false)
        #expect(AppAccessMachine.apply(.photoConsent(true), to: without) == without)
        let given = AppAccessMachine.apply(.photoConsent(true), to: AccessFacts())
        #expect(given.ownPhotoChoice == .given && given.photoConsent && given.earlierPhotos)
        let withdrawn = AppAccessMachine.apply(.photoConsent(false), to: given)
        #expect(withdrawn.ownPhotoChoice == .withdrawn && !withdrawn.photoConsent && withdrawn.earlierPhotos)
    }
}
