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
/// Every refusal or reduction carries an ``InformationRight`` (I-304).
///
/// > App terms art. 2: "Het gebruik van de Ouderapp is alleen toegestaan voor geautoriseerde gebruikers
/// > van Partou. Onder geautoriseerde gebruiker wordt verstaan: a. de contractouder (en eventueel de
/// > andere ouder met gezag die om toegang tot de Ouderapp verzoekt) én; b. deze als gebruiker door
/// > Partou is geïdentificeerd én; c. de gebruiker heeft ingestemd met deze gebruiksvoorwaarden."
public enum AppAccess {
    /// The rule's identifier.
    public static let rule: RuleID = "access.appAccess"

    /// App terms art. 10: access ends 6 weeks after the user stops being a customer.
    public static var weeksAfterEnd: Int { AccessParameters.library.appUseAfterEnd.value }

    /// The last day after the end of the customer relationship with access: day 41. Day 0 is the first day
    /// without a customer relationship, so days 0 to 41 are the 6 weeks; from day 42 no one has access (I-305).
    public static var lastDayWithAccess: Int { weeksAfterEnd * 7 - 1 }

    /// The clause on the end of access, as the app terms write it.
    public static let endClause =
        "Zodra gebruiker geen klant meer is bij Partou, eindigt automatisch de toegang tot en het gebruik van de "
        + "Ouderapp na een termijn van 6 weken voor de gebruiker. […] De toegang tot de Ouderapp van de andere "
        + "ouder is afhankelijk van de toegang van de contractouder."

    /// Every ground of denial that applies to `facts`, in the order the reason names them.
    ///
    /// Authority and a safety refusal concern only the other parent: App terms art. 2 sub a names "de
    /// contractouder" without a condition, and art. 3 lets Partou refuse only "de toegang van de andere
    /// ouder" (I-301, I-312). A partial block is no denial: it withholds only its capabilities.
    public static func denials(_ facts: AccessFacts) -> [AccessDenial] {
        var denials: [AccessDenial] = []
        let other = facts.role == .otherParent
        if other && !facts.hasAuthority { denials.append(.noAuthority) }
        if other && !facts.requested { denials.append(.notRequested) }
        if !facts.identified { denials.append(.notIdentified) }
        if !facts.termsAccepted { denials.append(.termsNotAccepted) }
        if let block = facts.block, facts.blockScope == .full { denials.append(.blocked(block)) }
        if other && facts.safetyRefused { denials.append(.safetyRefused) }
        if !facts.contractParentHasAccess { denials.append(.contractParentHasNoAccess) }
        if let days = facts.daysAfterEnd, days > Retention.lastVisibleDay {
            denials.append(.relationshipEnded(daysAfterEnd: days))
        }
        return denials
    }

    /// Whether the use of the app has ended but the child's data is still visible: days 42 to 55 after the
    /// customer relationship (App terms art. 10; App privacy statement; I-306).
    public static func isVisibleOnly(_ facts: AccessFacts) -> Bool {
        guard let days = facts.daysAfterEnd else { return false }
        return days > lastDayWithAccess && days <= Retention.lastVisibleDay
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
    /// Consent gates only photos and the diary; refusing it never removes another capability (AVG art. 7
    /// lid 4; I-307). Photos and diary entries collected while consent held stay visible after a
    /// withdrawal, but no new ones are shown (I-307). Version 2 never gets the version-1 rules, and cannot
    /// report the child absent (I-311). From day 42 to day 55 only the child's data stays visible (I-306).
    public static func grantRules(for facts: AccessFacts, version: AppVersion) -> [AccessGrantRule] {
        var rules: [AccessGrantRule] = []
        if isVisibleOnly(facts) {
            rules.append(.visibleAfterEnd)
        } else {
            rules.append(.basicUse)
            if version.canMakeRequests { rules.append(.absenceReport) }
            rules.append(.childInformation)
            if version.canMakeRequests {
                rules += [.versionOneData, .versionOneRequests, .versionOneChanges]
            }
        }
        if facts.photoConsent { rules.append(.photoConsent) }
        if facts.showsEarlierPhotos { rules.append(.photosCollectedEarlier) }
        if facts.diaryConsent { rules.append(.diaryConsent) }
        if facts.showsEarlierDiary { rules.append(.diaryCollectedEarlier) }
        return rules
    }

    /// The capabilities withheld from what `rules` grant: those of a partial block, and, while the
    /// contract parent has not answered the separation prompt, the contract parent's data (I-303).
    static func withheld(_ facts: AccessFacts) -> Set<Capability> {
        var withheld: Set<Capability> = []
        if facts.block != nil, case .partial(let capabilities) = facts.blockScope {
            withheld.formUnion(capabilities)
        }
        if facts.role == .otherParent && facts.v1ConfirmationPending {
            withheld.formUnion([.contractParentData, .invoices])
        }
        return withheld
    }

    /// The outcome for `facts`, without the explanation: fast enough for an exhaustive state search.
    ///
    /// - Throws: ``RulesError`` `invalidArgument` when ``AccessFacts/daysAfterEnd`` is negative.
    public static func outcome(
        _ facts: AccessFacts, terms: AccessTerms = .latest
    ) throws(RulesError) -> AccessOutcome {
        if let days = facts.daysAfterEnd, days < 0 {
            throw RulesError(
                code: .invalidArgument, value: "daysAfterEnd \(days)",
                context: "the customer relationship cannot end in the future; give 0 or more days")
        }
        let denials = denials(facts)
        let right = InformationRight(terms: terms)
        guard denials.isEmpty else {
            return AccessOutcome(version: nil, grants: [], denials: denials, informationRight: right)
        }
        let version = version(for: facts)
        let withheld = withheld(facts)
        var removed: Set<Capability> = []
        var grants: [CapabilityGrant] = []
        for rule in grantRules(for: facts, version: version) {
            for capability in rule.capabilities {
                if withheld.contains(capability) {
                    removed.insert(capability)
                } else if !grants.contains(where: { $0.capability == capability }) {
                    grants.append(CapabilityGrant(capability: capability, rule: rule))
                }
            }
        }
        let visibleOnly = isVisibleOnly(facts)
        if visibleOnly {
            let shown = Set(grants.map { $0.capability })
            let full = Set(
                grantRules(for: AccessFacts.active(like: facts), version: version).flatMap { $0.capabilities }
            )
            removed.formUnion(full.subtracting(shown).subtracting(Capability.media))
        }
        let reduced = version != .v1 || visibleOnly || !removed.isEmpty
        let shown = Set(grants.map { $0.capability })
        let media = facts.children.map { child in
            ChildMedia(
                child: child.child, name: child.name, photos: child.photos && shown.contains(.photos),
                diary: child.diary && shown.contains(.diary),
                earlierPhotos: child.earlierPhotos
                    && (child.photos ? shown.contains(.photos) : shown.contains(.earlierPhotos)),
                earlierDiary: child.earlierDiary
                    && (child.diary ? shown.contains(.diary) : shown.contains(.earlierDiary)))
        }
        return AccessOutcome(
            version: version, grants: grants, denials: [], visibleOnly: visibleOnly, withheld: Array(removed),
            informationRight: reduced ? right : nil, media: media)
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
        let outcome = try outcome(facts, terms: terms)
        var citations: [Citation] = []
        func add(_ more: [Citation]) {
            for citation in more where !citations.contains(citation) { citations.append(citation) }
        }
        if outcome.hasAccess {
            add(versionCitations(facts, terms: terms))
            for rule in grantRules(for: facts, version: version(for: facts)) {
                add(rule.citations(in: terms))
            }
            if let block = facts.accessBlock { add([terms.app.cite("8", lid: block.reason.paragraph)]) }
            if facts.role == .contractParent && !facts.hasAuthority {
                add([terms.tso.cite("8", lid: 5, sub: "f"), terms.app.cite("2", sub: "a")])
            }
        } else {
            for denial in outcome.denials { add(denial.citations(in: terms, role: facts.role)) }
        }
        if let right = outcome.informationRight { add(right.citations) }
        if facts.block != nil { add([terms.app.cite("12")]) }
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
