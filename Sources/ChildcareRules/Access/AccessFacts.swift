/// The facts that decide one user's app access: who they are, the guardianship, the consents, and
/// where their access stands. It is also the state of ``AppAccessMachine``.
///
/// The defaults describe an active, identified contract parent who accepted the terms and gave every
/// consent. For the other parent, set ``role`` and the guardianship facts:
///
/// ```swift
/// var ex = AccessFacts(role: .otherParent)
/// ex.isFamily = false
/// ex.separated = true
/// ex.v1Consent = false          // the contract parent withdrew consent for version 1
/// try AppAccess.decide(ex).outcome.version   // .v2
/// ```
public struct AccessFacts: Sendable, Hashable, Codable {
    /// Whether the user is the contract parent or the other parent.
    public var role: AppUserRole
    /// Whether the user has parental authority (ouderlijk gezag). Without it there is no app access, only
    /// the right to information (TSO terms art. 2 lid 3 sub c and d.1; I-301).
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
    /// Whether Partou refused or withdrew access after the contract parent showed that access endangers
    /// the child or the contract parent, under the strict test (App terms art. 3; TSO terms art. 2 lid 3
    /// sub d.4).
    public var safetyRefused: Bool
    /// Whether the contract parent has app access. The other parent's access depends on it (App terms
    /// art. 10). For the contract parent, `false` means their own access ended for another reason.
    public var contractParentHasAccess: Bool
    /// The number of days since the customer relationship ended: day 0 is the first day the user is no
    /// longer a customer. `nil` while the relationship lasts. Access ends from day 42 (App terms art. 10;
    /// I-305).
    public var daysAfterEnd: Int?
    /// Whether consent for photos of the child is in force, after combining the parents' choices with
    /// ``MediaConsent/effective(_:)`` (App privacy statement; App terms art. 6; I-308).
    public var photoConsent: Bool
    /// Whether consent for the diary is in force, after combining the parents' choices (App privacy
    /// statement; I-308).
    public var diaryConsent: Bool

    /// Creates the facts. Every parameter has the default of an active, identified contract parent with
    /// every consent given.
    public init(
        role: AppUserRole = .contractParent, hasAuthority: Bool = true, isFamily: Bool = true,
        v1Consent: Bool = true, separated: Bool = false, requested: Bool = true, identified: Bool = true,
        termsAccepted: Bool = true, block: BlockReason? = nil, safetyRefused: Bool = false,
        contractParentHasAccess: Bool = true, daysAfterEnd: Int? = nil, photoConsent: Bool = true,
        diaryConsent: Bool = true
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
        self.safetyRefused = safetyRefused
        self.contractParentHasAccess = contractParentHasAccess
        self.daysAfterEnd = daysAfterEnd
        self.photoConsent = photoConsent
        self.diaryConsent = diaryConsent
    }
}
