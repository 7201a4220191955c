/// A rule that grants capabilities to a user who has app access. Every capability in an
/// ``AccessOutcome`` names the rule that granted it; a capability no rule grants is denied.
public enum AccessGrantRule: String, Sendable, Hashable, CaseIterable {
    /// Uses open to every authorised user, with or without consent: announcements, private messages
    /// with the staff, location information, newsletters (App terms art. 4 sub a and b; App privacy
    /// statement, "Privacy en toestemming").
    case basicUse
    /// Reporting the child absent: a change to the care, so version 1 only (App terms art. 3, "geen
    /// mogelijkheden om wijzigingen aan te brengen in de opvang"; TSO terms art. 5 lid 1; I-311).
    case absenceReport
    /// Information about the child, the same in both versions (App terms art. 3), with or without consent
    /// for photos and the diary (AVG art. 7 lid 4; I-307).
    case childInformation
    /// Photos of the child, with consent in force (App terms art. 6; App privacy statement).
    case photoConsent
    /// The diary, with consent in force (App privacy statement).
    case diaryConsent
    /// Photos collected while consent was in force, after it was withdrawn: withdrawal "heeft geen gevolgen
    /// voor eerder verzamelde gegevens" (App privacy statement; I-307). No new photo is made or shown.
    case photosCollectedEarlier
    /// Diary entries collected while consent was in force, after it was withdrawn (I-307).
    case diaryCollectedEarlier
    /// After the use of the app ends (day 42), the child's data stays visible and downloadable for the
    /// 8 weeks of the privacy statement, through day 55 (App privacy statement, "Bewaren van
    /// persoonsgegevens"; I-306).
    case visibleAfterEnd
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
        case .basicUse: [.announcements, .locationInfo, .newsletters, .privateMessages]
        case .absenceReport: [.reportAbsence]
        case .childInformation: [.childInfo]
        case .photoConsent: [.photos]
        case .diaryConsent: [.diary]
        case .photosCollectedEarlier: [.earlierPhotos]
        case .diaryCollectedEarlier: [.earlierDiary]
        case .visibleAfterEnd: [.childInfo]
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
        case .absenceReport:
            [terms.app.cite("3"), terms.tso.cite("5", lid: 1)]
        case .childInformation:
            [terms.app.cite("3"), terms.privacy.cite(section: consentSection)]
        case .photoConsent:
            [terms.privacy.cite(section: consentSection), terms.app.cite("6")]
        case .diaryConsent:
            [terms.privacy.cite(section: consentSection)]
        case .photosCollectedEarlier:
            // Withdrawing consent is not retroactive: "Welke gegevens?" says so of photos, videos and day
            // reports (I-307).
            [
                terms.privacy.cite(section: consentSection),
                terms.privacy.cite(section: Self.dataSectionTitle),
                terms.app.cite("6"),
            ]
        case .diaryCollectedEarlier:
            [terms.privacy.cite(section: consentSection), terms.privacy.cite(section: Self.dataSectionTitle)]
        case .visibleAfterEnd:
            [terms.privacy.cite(section: Retention.sectionTitle), terms.app.cite("10")]
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

    /// The section of the app privacy statement that lists the data and says consent can be withdrawn, but
    /// not retroactively.
    static let dataSectionTitle = "Welke gegevens?"

    private var consentSection: String { Self.consentSectionTitle }
}

/// One capability and the rule that granted it.
public struct CapabilityGrant: Sendable, Hashable {
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

#if !hasFeature(Embedded)
    extension AccessGrantRule: Codable {}
    extension CapabilityGrant: Codable {}
#endif
