/// The facts that decide one user's app access: who they are, the guardianship, the consents, and
/// where their access stands. It is also the state of ``AppAccessMachine``.
///
/// The defaults describe an active, identified contract parent who accepted the terms and gave **no**
/// consent: consent must be explicit, so absent means no (App privacy statement, "uitdrukkelijke
/// toestemming"; I-308). For the other parent, set ``role`` and the guardianship facts:
///
/// ```swift
/// var ex = AccessFacts(role: .otherParent)
/// ex.isFamily = false
/// ex.separated = true
/// ex.v1Consent = false          // the contract parent withdrew consent for version 1
/// try AppAccess.decide(ex).outcome.version   // .v2
/// ```
public struct AccessFacts: Sendable, Hashable {
    /// Whether the user is the contract parent or the other parent.
    public var role: AppUserRole
    /// Whether the user has parental authority (ouderlijk gezag). An other parent without it has no app
    /// access, only the right to information (TSO terms art. 2 lid 3 sub c and d.1). The contract parent
    /// keeps the app without it until Partou terminates the contract (App terms art. 2 sub a; TSO terms
    /// art. 8 lid 5 sub f; I-301).
    public var hasAuthority: Bool
    /// Whether the other parent forms a family with the contract parent now (App terms art. 3, versie 1).
    public var isFamily: Bool
    /// Whether the contract parent consents to the other parent's use of version 1 (App terms art. 3;
    /// TSO terms art. 2 lid 3 sub d.3). Withdrawing it moves the other parent to version 2.
    public var v1Consent: Bool
    /// Whether Partou has been told that the parents separated after forming a family (App terms art. 3:
    /// "eerst een gezin vormden maar inmiddels niet meer"). The other parent then keeps version 1 until
    /// the contract parent withdraws consent.
    public var separated: Bool
    /// Whether the user asked Partou for access (App terms art. 2 sub a; TSO terms art. 2 lid 3 sub d.2
    /// and d.3). The contract parent is taken to use the app (TSO terms art. 1 lid 1).
    public var requested: Bool
    /// Whether Partou has identified the user (App terms art. 2 sub b).
    public var identified: Bool
    /// Whether the user accepted the app terms (App terms art. 2 sub c; TSO terms art. 1 lid 1).
    public var termsAccepted: Bool
    /// The ground on which Partou blocked the user, if any (App terms art. 8).
    public var block: BlockReason?
    /// How much the block takes away: the whole app, or some capabilities (App terms art. 8, "aanpassen";
    /// I-312). Read only while ``block`` is set.
    public var blockScope: BlockScope
    /// How long the block lasts (App terms art. 8, "al dan niet tijdelijk"). Read only while ``block`` is set.
    public var blockDuration: BlockDuration
    /// Whether Partou has asked the contract parent, after a reported separation, to confirm or withdraw
    /// version 1 for the other parent, and no answer came yet. Until then the other parent sees none of the
    /// contract parent's private data (I-303).
    public var v1ConfirmationPending: Bool
    /// Whether Partou refused or withdrew access after the contract parent showed that access endangers
    /// the child or the contract parent, under the strict test (App terms art. 3; TSO terms art. 2 lid 3
    /// sub d.4).
    public var safetyRefused: Bool
    /// Whether the contract parent has app access. The other parent's access depends on it (App terms
    /// art. 10). For the contract parent, `false` means their own access ended for another reason.
    public var contractParentHasAccess: Bool
    /// The number of days since the customer relationship ended: day 0 is the first day the user is no
    /// longer a customer, that is the first day without any of the parent's contracts (App terms art. 10:
    /// "geen klant meer"; I-305). `nil` while the relationship lasts. Use of the app ends from day 42; the
    /// child's data stays visible and downloadable through day 55 (I-306).
    public var daysAfterEnd: Int?
    /// Whether consent for photos of the child is in force, after combining the choices of the parents with
    /// authority with ``MediaConsent/effective(_:)`` (App privacy statement; App terms art. 6; I-308).
    /// Absent means no.
    public var photoConsent: Bool
    /// Whether consent for the diary is in force, after combining the parents' choices (App privacy
    /// statement; I-308). Absent means no.
    public var diaryConsent: Bool
    /// Whether photos were collected while consent was in force, and not erased since: a later withdrawal
    /// "heeft geen gevolgen voor eerder verzamelde gegevens" (App privacy statement; I-307).
    public var earlierPhotos: Bool
    /// Whether diary entries were collected while consent was in force, and not erased since (I-307).
    public var earlierDiary: Bool
    /// This user's own answer on photo consent, before combining with the other parent's (I-308).
    public var ownPhotoChoice: ConsentChoice
    /// This user's own answer on diary consent, before combining with the other parent's (I-308).
    public var ownDiaryChoice: ConsentChoice
    /// The consents per child, when the case has more than one child: for each child whether photos and
    /// the diary are in force and what was collected earlier (I-316). Empty when consent is one answer for
    /// the case's only child: then ``photoConsent``, ``diaryConsent``, ``earlierPhotos`` and
    /// ``earlierDiary`` say it all. When it is not empty, those four say whether it holds for **any** child,
    /// and each photo or diary entry is shown only for a child whose consent allows it.
    public var children: [ChildMedia]

    /// Creates the facts. Every parameter has the default of an active, identified contract parent who has
    /// given no consent: absent means no. Giving `photoConsent` or `diaryConsent` as `true` records it as the
    /// user's own explicit answer too.
    public init(
        role: AppUserRole = .contractParent, hasAuthority: Bool = true, isFamily: Bool = true,
        v1Consent: Bool = true, separated: Bool = false, requested: Bool = true, identified: Bool = true,
        termsAccepted: Bool = true, block: BlockReason? = nil, blockScope: BlockScope = .full,
        blockDuration: BlockDuration = .untilLifted, v1ConfirmationPending: Bool = false,
        safetyRefused: Bool = false, contractParentHasAccess: Bool = true, daysAfterEnd: Int? = nil,
        photoConsent: Bool = false, diaryConsent: Bool = false, earlierPhotos: Bool? = nil,
        earlierDiary: Bool? = nil
    ) {
        self.role = role
        self.hasAuthority = hasAuthority
        self.isFamily = isFamily
        self.v1Consent = v1Consent
        self.separated = separated
        self.requested = requested
        self.identified = identified
        self.termsAccepted = termsAccepted
        self.block = block
        self.blockScope = blockScope
        self.blockDuration = blockDuration
        self.v1ConfirmationPending = v1ConfirmationPending
        self.safetyRefused = safetyRefused
        self.contractParentHasAccess = contractParentHasAccess
        self.daysAfterEnd = daysAfterEnd
        self.photoConsent = photoConsent
        self.diaryConsent = diaryConsent
        self.earlierPhotos = earlierPhotos ?? photoConsent
        self.earlierDiary = earlierDiary ?? diaryConsent
        self.ownPhotoChoice = photoConsent ? .given : .notExpressed
        self.ownDiaryChoice = diaryConsent ? .given : .notExpressed
        self.children = []
    }

    /// Sets the consents per child, and ``photoConsent``, ``diaryConsent``, ``earlierPhotos`` and
    /// ``earlierDiary`` to whether they hold for any child.
    public mutating func setChildren(_ media: [ChildMedia]) {
        children = media
        photoConsent = media.contains(where: { $0.photos })
        diaryConsent = media.contains(where: { $0.diary })
        earlierPhotos = media.contains(where: { $0.earlierPhotos })
        earlierDiary = media.contains(where: { $0.earlierDiary })
    }

    /// Whether photos collected earlier are shown on their own: for a child without consent now, but with
    /// photos collected while it held.
    var showsEarlierPhotos: Bool {
        children.isEmpty
            ? !photoConsent && earlierPhotos : children.contains { !$0.photos && $0.earlierPhotos }
    }

    /// Whether diary entries collected earlier are shown on their own (see ``showsEarlierPhotos``).
    var showsEarlierDiary: Bool {
        children.isEmpty
            ? !diaryConsent && earlierDiary : children.contains { !$0.diary && $0.earlierDiary }
    }

    /// The block in force, if any, with its scope and duration.
    public var accessBlock: AccessBlock? {
        block.map { AccessBlock(reason: $0, scope: blockScope, duration: blockDuration) }
    }

    /// The same user as if the customer relationship were still running: what the end of the app takes away.
    static func active(like facts: AccessFacts) -> AccessFacts {
        var copy = facts
        copy.daysAfterEnd = nil
        return copy
    }
}

#if !hasFeature(Embedded)
    extension AccessFacts: Codable {}
#endif
