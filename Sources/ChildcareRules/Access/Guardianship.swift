/// The contract parent, the other parent and parental authority (TSO terms art. 2 lid 1–3; art. 8 lid 5
/// sub f; art. 1:377c BW).
///
/// > art. 2 lid 3 sub c: "Een andere ouder heeft volgens artikel 1:377c van het Burgerlijk Wetboek altijd
/// > recht op informatie […], ook al heeft de andere ouder geen ouderlijk gezag over het kind."
/// > sub d.1: "Als de andere ouder zonder ouderlijk gezag Partou verzoekt om informatie over het kind,
/// > geeft Partou via de locatie de andere ouder periodiek schriftelijke informatie […]."
public enum Guardianship {
    /// The rule's identifier.
    public static let rule: RuleID = "access.guardianship"

    /// Whether the contract parent needs the other parent's explicit consent to sign or to make a
    /// structural change (TSO terms art. 2 lid 3 sub a), explained.
    ///
    /// Consent is needed when both parents have authority, unless the contract parent shows a court ruling
    /// or a divorce settlement (sub b).
    public static func otherParentConsentNeeded(
        otherParentHasAuthority: Bool, courtRulingOrSettlement: Bool, terms: AccessTerms = .latest
    ) -> Decision<Bool> {
        let needed = otherParentHasAuthority && !courtRulingOrSettlement
        let subA = terms.tso.cite("2", lid: 3, sub: "a")
        let subB = terms.tso.cite("2", lid: 3, sub: "b")
        let explanation: Explanation
        let citations: [Citation]
        if !otherParentHasAuthority {
            citations = [subA]
            explanation = Explanation(
                nl: "De andere ouder heeft geen gezag, dus de contractouder tekent zonder diens toestemming "
                    + "(\(subA.rendered(in: .nl))).",
                en: "The other parent has no authority, so the contract parent signs without their consent "
                    + "(\(subA.rendered(in: .en))).")
        } else if courtRulingOrSettlement {
            citations = [subB, subA]
            explanation = Explanation(
                nl:
                    "Beide ouders hebben gezag, maar een gerechtelijke uitspraak of echtscheidingsconvenant toont "
                    + "aan dat toestemming van de andere ouder niet nodig is (\(subB.rendered(in: .nl))).",
                en:
                    "Both parents have authority, but a court ruling or divorce settlement shows that the other "
                    + "parent's consent is not needed (\(subB.rendered(in: .en))).")
        } else {
            citations = [subA]
            explanation = Explanation(
                nl:
                    "Beide ouders hebben gezag: de contractouder tekent namens de andere ouder en heeft diens "
                    + "uitdrukkelijke toestemming nodig (\(subA.rendered(in: .nl))).",
                en:
                    "Both parents have authority: the contract parent signs on behalf of the other parent and "
                    + "needs their explicit consent (\(subA.rendered(in: .en))).")
        }
        return Decision(
            rule: rule, outcome: needed, deadlines: [], citations: citations, explanation: explanation)
    }

    /// How the other parent gets information about the child, explained.
    ///
    /// With app access: through the app. Without app access but after a request: periodic written
    /// information through the location, because the right to information of art. 1:377c BW holds
    /// "altijd" (I-304). Without a request: nothing is sent.
    ///
    /// - Throws: ``RulesError`` `invalidArgument` when `facts` are not about the other parent, or when
    ///   ``AccessFacts/daysAfterEnd`` is negative.
    public static func information(
        for facts: AccessFacts, terms: AccessTerms = .latest
    ) throws(RulesError) -> Decision<InformationChannel> {
        guard facts.role == .otherParent else {
            throw RulesError(
                code: .invalidArgument, value: facts.role.rawValue,
                context:
                    "the information rule of TSO terms art. 2 lid 3 sub c and d is about the other parent")
        }
        let access = try AppAccess.outcome(facts)
        let subC = terms.tso.cite("2", lid: 3, sub: "c")
        let subD1 = terms.tso.cite("2", lid: 3, sub: "d.1")
        let bw = terms.civilCode.cite("1:377c")
        if let version = access.version {
            let citations = AppAccess.versionCitations(facts, terms: terms)
            let cite = citations.map { $0.rendered(in: .nl) }.joined(separator: "; ")
            let citeEn = citations.map { $0.rendered(in: .en) }.joined(separator: "; ")
            return Decision(
                rule: rule, outcome: .app(version), deadlines: [], citations: citations,
                explanation: Explanation(
                    nl:
                        "De andere ouder krijgt informatie via de ouderapp, versie \(version.rawValue) (\(cite)).",
                    en:
                        "The other parent gets information through the parent app, version \(version.rawValue) "
                        + "(\(citeEn))."))
        }
        guard facts.requested else {
            return Decision(
                rule: rule, outcome: .notRequested, deadlines: [], citations: [subD1, subC, bw],
                explanation: Explanation(
                    nl: "De andere ouder heeft recht op informatie, maar heeft er niet om gevraagd "
                        + "(\(subD1.rendered(in: .nl)); \(bw.rendered(in: .nl))).",
                    en: "The other parent has a right to information but has not asked for it "
                        + "(\(subD1.rendered(in: .en)); \(bw.rendered(in: .en)))."))
        }
        return Decision(
            rule: rule, outcome: .periodicWrittenInformation, deadlines: [], citations: [subD1, subC, bw],
            explanation: Explanation(
                nl:
                    "De andere ouder heeft geen toegang tot de ouderapp, maar wel altijd recht op informatie: de "
                    + "locatie geeft periodiek schriftelijke informatie over belangrijke feiten en omstandigheden "
                    + "rond het kind (\(subD1.rendered(in: .nl)); \(subC.rendered(in: .nl)); \(bw.rendered(in: .nl))).",
                en:
                    "The other parent has no app access, but always has a right to information: the location gives "
                    + "periodic written information about important facts and circumstances concerning the child "
                    + "(\(subD1.rendered(in: .en)); \(subC.rendered(in: .en)); \(bw.rendered(in: .en)))."))
    }

    /// What follows when a parent loses parental authority, explained: app access ends (I-301), the right
    /// to information stays (art. 1:377c BW), and Partou **may** terminate the contract for a weighty
    /// reason (TSO terms art. 8 lid 5 sub f); it does not end by itself.
    public static func authorityLost(
        by role: AppUserRole, terms: AccessTerms = .latest
    ) -> Decision<AuthorityLoss> {
        let subF = terms.tso.cite("8", lid: 5, sub: "f")
        let subD1 = terms.tso.cite("2", lid: 3, sub: "d.1")
        let bw = terms.civilCode.cite("1:377c")
        return Decision(
            rule: rule,
            outcome: AuthorityLoss(
                appAccessEnds: role == .otherParent, informationRightRemains: true, providerMayTerminate: true
            ),
            deadlines: [], citations: [subF, subD1, bw],
            explanation: Explanation(
                nl: (role == .otherParent
                    ? "Als de andere ouder het gezag verliest, eindigt de toegang tot de ouderapp; "
                    : "Als de contractouder het gezag verliest, houdt de contractouder de ouderapp tot de overeenkomst "
                        + "eindigt; ") + "het recht op "
                    + "informatie blijft (\(subD1.rendered(in: .nl)); \(bw.rendered(in: .nl))). Partou mag de "
                    + "overeenkomst dan opzeggen met inachtneming van de opzegtermijn, maar hoeft dat niet "
                    + "(\(subF.rendered(in: .nl))).",
                en: (role == .otherParent
                    ? "When the other parent loses authority, access to the parent app ends; "
                    : "When the contract parent loses authority, they keep the parent app until the contract ends; ")
                    + "the right to "
                    + "information stays (\(subD1.rendered(in: .en)); \(bw.rendered(in: .en))). Partou may then "
                    + "terminate the contract, with notice, but need not (\(subF.rendered(in: .en)))."))
    }
}

/// How the other parent receives information about the child (TSO terms art. 2 lid 3 sub c and d).
public enum InformationChannel: Sendable, Hashable {
    /// Through the parent app, in the given version (sub d.2, d.3).
    case app(AppVersion)
    /// Periodic written information through the location, on request (sub d.1; art. 1:377c BW).
    case periodicWrittenInformation
    /// Nothing is sent: the parent has not asked.
    case notRequested
}

/// The consequences of losing parental authority.
public struct AuthorityLoss: Sendable, Hashable {
    /// App access ends.
    public let appAccessEnds: Bool
    /// The right to information of art. 1:377c BW remains.
    public let informationRightRemains: Bool
    /// Partou may terminate the contract (TSO terms art. 8 lid 5 sub f); it is a right, not automatic.
    public let providerMayTerminate: Bool

    /// Creates the consequences.
    public init(appAccessEnds: Bool, informationRightRemains: Bool, providerMayTerminate: Bool) {
        self.appAccessEnds = appAccessEnds
        self.informationRightRemains = informationRightRemains
        self.providerMayTerminate = providerMayTerminate
    }
}

#if !hasFeature(Embedded)
    extension InformationChannel: Codable {}
    extension AuthorityLoss: Codable {}
#endif
