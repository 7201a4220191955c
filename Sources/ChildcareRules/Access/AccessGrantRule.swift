/// A rule that grants capabilities to a user who has app access. Every capability in an
/// ``AccessOutcome`` names the rule that granted it; a capability no rule grants is denied.
public enum AccessGrantRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Uses open to every authorised user, with or without consent: announcements, private messages
    /// with the staff, location information, newsletters, reporting the child absent (App terms art. 4
    /// sub a and b; App privacy statement, "Privacy en toestemming").
    case basicUse
    /// Information about the child, the same in both versions (App terms art. 3), shown once the user
    /// has consented to photos or the diary (App privacy statement; I-307).
    case childInformation
    /// Photos of the child, with consent in force (App terms art. 6; App privacy statement).
    case photoConsent
    /// The diary, with consent in force (App privacy statement).
    case diaryConsent
    /// The contract parent's own data and invoices (TSO terms art. 1 lid 2), or, for the other parent in
    /// version 1, the contract parent's private and contract data (App terms art. 3; TSO terms art. 2
    /// lid 3 sub d.3).
    case versionOneData
    /// Requests for extra care and swap hours, version 1 only (App terms art. 4 sub c; TSO terms art. 1
    /// lid 3).
    case versionOneRequests
    /// Changes, version 1 only (App terms art. 4 sub d).
    case versionOneChanges

    /// The capabilities this rule grants.
    public var capabilities: [Capability] {
        switch self {
        case .basicUse: Capability.withoutConsent.sorted()
        case .childInformation: [.childInfo]
        case .photoConsent: [.photos]
        case .diaryConsent: [.diary]
        case .versionOneData: [.contractParentData, .invoices]
        case .versionOneRequests: [.requestExtraCare, .useSwapHours]
        case .versionOneChanges: [.submitChanges]
        }
    }

    /// The clauses behind this rule, most specific first.
    public func citations(in terms: AccessTerms) -> [Citation] {
        switch self {
        case .basicUse:
            [
                terms.app.cite("4", sub: "a"), terms.app.cite("4", sub: "b"),
                terms.privacy.cite(section: consentSection),
            ]
        case .childInformation:
            [terms.app.cite("3"), terms.privacy.cite(section: consentSection)]
        case .photoConsent:
            [terms.privacy.cite(section: consentSection), terms.app.cite("6")]
        case .diaryConsent:
            [terms.privacy.cite(section: consentSection)]
        case .versionOneData:
            [terms.app.cite("3"), terms.tso.cite("2", lid: 3, sub: "d.3"), terms.tso.cite("1", lid: 2)]
        case .versionOneRequests:
            [terms.app.cite("4", sub: "c"), terms.tso.cite("1", lid: 3)]
        case .versionOneChanges:
            [terms.app.cite("4", sub: "d")]
        }
    }

    /// The section of the app privacy statement on consent.
    public static let consentSectionTitle = "Privacy en toestemming"

    private var consentSection: String { Self.consentSectionTitle }
}

/// One capability and the rule that granted it.
public struct CapabilityGrant: Sendable, Hashable, Codable {
    /// The capability granted.
    public let capability: Capability
    /// The rule that granted it.
    public let rule: AccessGrantRule

    /// Creates a grant.
    public init(capability: Capability, rule: AccessGrantRule) {
        self.capability = capability
        self.rule = rule
    }
}
