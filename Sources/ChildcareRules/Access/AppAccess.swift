/// Who sees what in the parent app: the security-critical rule of the library.
///
/// A wrong answer shows one parent's private data to an ex-partner, so the rule **denies by default**:
/// a user gets app access only when no ground of ``AccessDenial`` applies, and then only the
/// capabilities that an ``AccessGrantRule`` grants. Every capability names the rule that granted it.
///
/// | user | version | never |
/// |---|---|---|
/// | contract parent | 1 | — |
/// | other parent with authority, family, contract parent consents | 1 | — |
/// | other parent with authority, separated, consent not withdrawn | 1 | — |
/// | other parent with authority, not (or no longer) family | 2 | contract parent's data, invoices, requests, changes |
/// | other parent without authority | none | everything: periodic written information only |
///
/// > App terms art. 2: "Het gebruik van de Ouderapp is alleen toegestaan voor geautoriseerde gebruikers
/// > van Partou. Onder geautoriseerde gebruiker wordt verstaan: a. de contractouder (en eventueel de
/// > andere ouder met gezag die om toegang tot de Ouderapp verzoekt) én; b. deze als gebruiker door
/// > Partou is geïdentificeerd én; c. de gebruiker heeft ingestemd met deze gebruiksvoorwaarden."
public enum AppAccess {
    /// The rule's identifier.
    public static let rule: RuleID = "access.appAccess"

    /// App terms art. 10: access ends 6 weeks after the user stops being a customer.
    public static let weeksAfterEnd = 6

    /// The last day after the end of the customer relationship with access: day 41. Day 0 is the first day
    /// without a customer relationship, so days 0 to 41 are the 6 weeks; from day 42 no one has access (I-305).
    public static var lastDayWithAccess: Int { weeksAfterEnd * 7 - 1 }

    /// The clause on the end of access, as the app terms write it.
    public static let endClause =
        "Zodra gebruiker geen klant meer is bij Partou, eindigt automatisch de toegang tot en het gebruik van de "
        + "Ouderapp na een termijn van 6 weken voor de gebruiker. […] De toegang tot de Ouderapp van de andere "
        + "ouder is afhankelijk van de toegang van de contractouder."

    /// Every ground of denial that applies to `facts`, in the order the reason names them.
    public static func denials(_ facts: AccessFacts) -> [AccessDenial] {
        var denials: [AccessDenial] = []
        if !facts.hasAuthority { denials.append(.noAuthority) }
        if facts.role == .otherParent && !facts.requested { denials.append(.notRequested) }
        if !facts.identified { denials.append(.notIdentified) }
        if !facts.termsAccepted { denials.append(.termsNotAccepted) }
        if let block = facts.block { denials.append(.blocked(block)) }
        if facts.safetyRefused { denials.append(.safetyRefused) }
        if !facts.contractParentHasAccess { denials.append(.contractParentHasNoAccess) }
        if let days = facts.daysAfterEnd, days > lastDayWithAccess {
            denials.append(.relationshipEnded(daysAfterEnd: days))
        }
        return denials
    }

    /// The version a user with access gets.
    ///
    /// The contract parent uses the full app, reported as version 1 (I-302). The other parent gets
    /// version 1 when the parents form a family, or formed one and separated, and the contract parent
    /// has not withdrawn consent; otherwise version 2 (App terms art. 3; TSO terms art. 2 lid 3 sub d.2
    /// and d.3; I-303).
    public static func version(for facts: AccessFacts) -> AppVersion {
        switch facts.role {
        case .contractParent: return .v1
        case .otherParent: return facts.v1Consent && (facts.isFamily || facts.separated) ? .v1 : .v2
        }
    }

    /// The rules that grant capabilities to a user with access in `version`.
    ///
    /// Without consent for photos or the diary a user has only the ``AccessGrantRule/basicUse`` (App
    /// privacy statement; I-307). Version 2 never gets the version-1 rules.
    public static func grantRules(for facts: AccessFacts, version: AppVersion) -> [AccessGrantRule] {
        var rules: [AccessGrantRule] = [.basicUse]
        guard facts.photoConsent || facts.diaryConsent else { return rules }
        rules.append(.childInformation)
        if facts.photoConsent { rules.append(.photoConsent) }
        if facts.diaryConsent { rules.append(.diaryConsent) }
        if version.canMakeRequests {
            rules += [.versionOneData, .versionOneRequests, .versionOneChanges]
        }
        return rules
    }

    /// The outcome for `facts`, without the explanation: fast enough for an exhaustive state search.
    ///
    /// - Throws: ``RulesError`` `invalidArgument` when ``AccessFacts/daysAfterEnd`` is negative.
    public static func outcome(_ facts: AccessFacts) throws(RulesError) -> AccessOutcome {
        if let days = facts.daysAfterEnd, days < 0 {
            throw RulesError(
                code: .invalidArgument, value: "daysAfterEnd \(days)",
                context: "the customer relationship cannot end in the future; give 0 or more days")
        }
        let denials = denials(facts)
        guard denials.isEmpty else { return AccessOutcome(version: nil, grants: [], denials: denials) }
        let version = version(for: facts)
        let grants = grantRules(for: facts, version: version).flatMap { rule in
            rule.capabilities.map { CapabilityGrant(capability: $0, rule: rule) }
        }
        return AccessOutcome(version: version, grants: grants, denials: [])
    }

    /// Who sees what, explained, with the rule for every capability and the clauses applied.
    ///
    /// - Parameters:
    ///   - facts: the user, the guardianship, the consents and the state of access.
    ///   - terms: the editions to cite; ``AccessTerms/latest`` by default.
    /// - Throws: ``RulesError`` `invalidArgument` when ``AccessFacts/daysAfterEnd`` is negative.
    public static func decide(
        _ facts: AccessFacts, terms: AccessTerms = .latest
    ) throws(RulesError) -> Decision<AccessOutcome> {
        let outcome = try outcome(facts)
        var citations: [Citation] = []
        func add(_ more: [Citation]) {
            for citation in more where !citations.contains(citation) { citations.append(citation) }
        }
        if outcome.hasAccess {
            add(versionCitations(facts, terms: terms))
            for rule in grantRules(for: facts, version: version(for: facts)) {
                add(rule.citations(in: terms))
            }
        } else {
            for denial in outcome.denials { add(denial.citations(in: terms, role: facts.role)) }
        }
        let explanation = AccessExplanation(facts: facts, outcome: outcome, terms: terms).text
        return Decision(
            rule: rule, outcome: outcome, deadlines: [], citations: citations, explanation: explanation)
    }

    /// The clauses that fix the version of a user with access.
    static func versionCitations(_ facts: AccessFacts, terms: AccessTerms) -> [Citation] {
        switch (facts.role, version(for: facts)) {
        case (.contractParent, _): [terms.app.cite("2", sub: "a"), terms.tso.cite("1", lid: 2)]
        case (.otherParent, .v1): [terms.app.cite("3"), terms.tso.cite("2", lid: 3, sub: "d.3")]
        case (.otherParent, .v2): [terms.app.cite("3"), terms.tso.cite("2", lid: 3, sub: "d.2")]
        }
    }
}
