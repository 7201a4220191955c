/// Something that happens to one user's app access. ``AppAccessMachine`` applies it to ``AccessFacts``.
public enum AccessEvent: Sendable, Hashable {
    /// The other parent asks Partou for access (App terms art. 2 sub a, art. 3).
    case accessRequested
    /// Partou establishes the user's identity (App terms art. 2 sub b).
    case identityEstablished
    /// The user accepts the app terms (App terms art. 2 sub c).
    case termsAccepted
    /// Partou is told that the parents separated (App terms art. 3; TSO terms art. 2 lid 3 sub d.3).
    case separationReported
    /// The contract parent withdraws consent for the other parent's version 1 (App terms art. 3).
    case v1ConsentWithdrawn
    /// The contract parent, asked after a separation, confirms version 1 for the other parent (App terms
    /// art. 3; I-303). Filed under the other parent.
    case v1ConsentConfirmed
    /// Partou decides the contract parent's safety claim under the strict test (App terms art. 3; TSO terms
    /// art. 2 lid 3 sub d.4): `upheld` refuses or withdraws the other parent's access; otherwise access stays.
    case safetyClaimDecided(upheld: Bool)
    /// Partou blocks the user's whole app, until lifted, on a ground of App terms art. 8.
    case blocked(BlockReason)
    /// Partou blocks or adjusts the user's access with a scope and a duration (App terms art. 8: "(al dan
    /// niet tijdelijk) te blokkeren, … aan te passen").
    case blockImposed(AccessBlock)
    /// Partou lifts a block.
    case unblocked
    /// The user loses parental authority (TSO terms art. 8 lid 5 sub f).
    case authorityLost
    /// The contract parent's own app access ends (App terms art. 10).
    case contractParentAccessEnded
    /// The customer relationship ends: day 0 (App terms art. 10).
    case customerRelationshipEnded
    /// Time passes: it is now `day` days after the end of the customer relationship. Time only moves
    /// forward, and only once the relationship has ended.
    case timePasses(toDay: Int)
    /// The user gives (`true`) or withdraws (`false`) consent for photos (App terms art. 6), explicitly.
    /// Only a parent with authority can give or withdraw it; for others it changes nothing (I-308).
    case photoConsent(Bool)
    /// The user gives (`true`) or withdraws (`false`) consent for the diary (App privacy statement).
    case diaryConsent(Bool)
    /// The user gives (`given: true`) or withdraws (`false`) consent for one purpose and one child only
    /// (App privacy statement: consent per child; I-316). ``photoConsent(_:)`` and ``diaryConsent(_:)``
    /// answer for every child of the case at once.
    case childConsent(ChildID, ConsentPurpose, given: Bool)
    /// Partou erased the photos collected earlier, on a request under art. 17 lid 1 sub b AVG after
    /// consent was withdrawn.
    case earlierPhotosErased
    /// Partou erased the diary entries collected earlier (art. 17 lid 1 sub b AVG).
    case earlierDiaryErased
}

#if !hasFeature(Embedded)
    extension AccessEvent: Codable {}
#endif
