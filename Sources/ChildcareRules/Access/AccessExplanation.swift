/// The wording of an access decision, kept apart from the rule (see AppAccess.swift).
struct AccessExplanation {
    let facts: AccessFacts
    let outcome: AccessOutcome
    let terms: AccessTerms

    var text: Explanation {
        Explanation(
            nl: sentences(in: .nl).joined(separator: " "), en: sentences(in: .en).joined(separator: " "))
    }

    private func cite(_ citations: [Citation], in language: Language) -> String {
        "(" + citations.map { $0.rendered(in: language) }.joined(separator: "; ") + ")"
    }

    private func list(_ capabilities: [Capability], in language: Language) -> String {
        capabilities.map { $0.name(in: language) }.joined(separator: ", ")
    }

    private func sentences(in language: Language) -> [String] {
        outcome.hasAccess ? granted(in: language) : denied(in: language)
    }

    private func granted(in language: Language) -> [String] {
        let nl = language == .nl
        let version = AppAccess.version(for: facts)
        let versionCite = cite(AppAccess.versionCitations(facts, terms: terms), in: language)
        var lines: [String] = []
        switch outcome.visibleOnly ? nil : (facts.role, version) {
        case nil:
            break
        case (.contractParent, _)?:
            lines.append(
                nl
                    ? "De contractouder gebruikt de volledige ouderapp (versie 1) \(versionCite)."
                    : "The contract parent uses the full parent app (version 1) \(versionCite).")
        case (.otherParent, .v1)?:
            if facts.isFamily {
                lines.append(
                    nl
                        ? "De andere ouder met gezag vormt een gezin met de contractouder, die toestemming geeft: "
                            + "versie 1 \(versionCite)."
                        : "The other parent with authority forms a family with the contract parent, who consents: "
                            + "version 1 \(versionCite).")
            } else {
                lines.append(
                    nl
                        ? "De ouders zijn uit elkaar; de andere ouder behoudt versie 1 zolang de contractouder de "
                            + "toestemming niet intrekt \(versionCite)."
                        : "The parents separated; the other parent keeps version 1 until the contract parent "
                            + "withdraws consent \(versionCite).")
            }
        case (.otherParent, .v2)?:
            let why =
                facts.isFamily || facts.separated
                ? (nl
                    ? "de contractouder gaf geen toestemming (meer) voor versie 1"
                    : "the contract parent "
                        + "withdrew (or never gave) consent for version 1")
                : (nl
                    ? "de ouders vormen geen gezin (meer)"
                    : "the parents do not (or no longer) form a family")
            lines.append(
                nl
                    ? "De andere ouder met gezag krijgt op verzoek versie 2, want \(why) \(versionCite). Versie 2 "
                        + "toont nooit: \(list(Capability.versionOneOnly.sorted(), in: language))."
                    : "The other parent with authority gets version 2 on request, because \(why) \(versionCite). "
                        + "Version 2 never shows: \(list(Capability.versionOneOnly.sorted(), in: language)).")
        }
        if facts.role == .contractParent && !facts.hasAuthority {
            let subF = cite(
                [terms.tso.cite("8", lid: 5, sub: "f"), terms.app.cite("2", sub: "a")], in: language)
            lines.append(
                nl
                    ? "De contractouder heeft geen ouderlijk gezag (meer), maar houdt de ouderapp: de voorwaarden "
                        + "geven de contractouder toegang zonder voorwaarde van gezag. Partou mag de overeenkomst "
                        + "opzeggen; tot die eindigt, loopt de overeenkomst door en blijft de app nodig \(subF)."
                    : "The contract parent has no parental authority (any more) but keeps the parent app: the terms "
                        + "give the contract parent access without a condition of authority. Partou may terminate "
                        + "the contract; until it ends, the contract runs and the app is still needed \(subF)."
            )
        }
        if outcome.visibleOnly, let days = facts.daysAfterEnd {
            let both = cite(
                [terms.app.cite("10"), terms.privacy.cite(section: Retention.sectionTitle)], in: language)
            lines.append(
                nl
                    ? "De klantrelatie eindigde \(Self.days(days, .nl)) geleden. Het gebruik van de ouderapp is "
                        + "na \(AppAccess.weeksAfterEnd) weken geëindigd, maar de gegevens van je kind blijven \(Retention.visibleWeeks) weken zichtbaar voor jou en "
                        + "de medewerkers, tot en met dag \(Retention.lastVisibleDay), zodat je het dagboek en de "
                        + "foto's kunt downloaden \(both)."
                    : "The customer relationship ended \(Self.days(days, .en)) ago. Use of the parent app ended "
                        + "after \(AppAccess.weeksAfterEnd) weeks, but your child's data stays visible to you and the staff for \(Retention.visibleWeeks) weeks, "
                        + "through day \(Retention.lastVisibleDay), so that you can download the diary and the photos "
                        + "\(both).")
        }
        var rules: [AccessGrantRule] = []
        for grant in outcome.grants where !rules.contains(grant.rule) { rules.append(grant.rule) }
        for rule in rules {
            let granted = list(outcome.grants.filter { $0.rule == rule }.map { $0.capability }, in: language)
            lines.append(
                (nl ? "Toegestaan: " : "Granted: ") + granted + " "
                    + cite(rule.citations(in: terms), in: language) + ".")
        }
        if facts.role == .otherParent && version == .v2 && !outcome.visibleOnly {
            lines.append(
                nl
                    ? "Versie 2 kan het kind niet afmelden en geen wijzigingen in de opvang aanbrengen "
                        + "\(cite([terms.app.cite("3"), terms.app.cite("4", sub: "d")], in: language))."
                    : "Version 2 cannot report the child absent or make changes to the care "
                        + "\(cite([terms.app.cite("3"), terms.app.cite("4", sub: "d")], in: language)).")
        }
        if facts.role == .otherParent && facts.v1ConfirmationPending && version == .v1 {
            lines.append(
                nl
                    ? "Na de scheiding is de contractouder gevraagd versie 1 voor de andere ouder te bevestigen of in "
                        + "te trekken; tot dat antwoord er is, ziet de andere ouder geen privé- en contractgegevens "
                        + "van de contractouder \(cite([terms.app.cite("3")], in: language))."
                    : "After the separation the contract parent was asked to confirm or withdraw version 1 for the "
                        + "other parent; until that answer comes, the other parent sees none of the contract parent's "
                        + "private and contract data \(cite([terms.app.cite("3")], in: language)).")
        }
        if let block = facts.accessBlock, case .partial = block.scope {
            let withheld = list(block.scope.withheld, in: language)
            lines.append(
                (nl
                    ? "Partou heeft de toegang aangepast wegens \(block.reason.name(in: language)); niet zichtbaar: "
                        + "\(withheld) "
                    : "Partou adjusted access on the ground of \(block.reason.name(in: language)); not shown: "
                        + "\(withheld) ")
                    + cite([terms.app.cite("8", lid: block.reason.paragraph)], in: language)
                    + ". " + block.ending(in: language) + ".")
            lines.append(complaint(in: language))
        }
        lines += consentLines(in: language)
        if let days = facts.daysAfterEnd, !outcome.visibleOnly {
            let left = AppAccess.lastDayWithAccess - days + 1
            let art10 = cite([terms.app.cite("10")], in: language)
            lines.append(
                nl
                    ? "De klantrelatie eindigde \(Self.days(days, .nl)) geleden; het gebruik van de app eindigt op "
                        + "dag \(AppAccess.lastDayWithAccess + 1), over \(Self.days(left, .nl)) \(art10)."
                    : "The customer relationship ended \(Self.days(days, .en)) ago; use of the app ends on day \(AppAccess.lastDayWithAccess + 1), "
                        + "in \(Self.days(left, .en)) \(art10).")
        }
        if let right = outcome.informationRight { lines.append(right.sentence(in: language)) }
        return lines
    }

    /// "1 dag", "2 dagen"; "1 day", "2 days".
    static func days(_ count: Int, _ language: Language) -> String {
        switch language {
        case .nl: count == 1 ? "1 dag" : "\(count) dagen"
        case .en: count == 1 ? "1 day" : "\(count) days"
        }
    }

    /// Where to complain about a block or refusal (App terms art. 12).
    private func complaint(in language: Language) -> String {
        let art12 = cite([terms.app.cite("12")], in: language)
        return language == .nl
            ? "Ben je het er niet mee eens, dan kun je schriftelijk klagen bij support@partou.nl \(art12)."
            : "If you disagree, you can complain in writing to support@partou.nl \(art12)."
    }

    /// What consent allows: explicit, absent means no; refusing costs only photos and the diary.
    private func consentLines(in language: Language) -> [String] {
        let nl = language == .nl
        let privacy = cite([terms.privacy.cite(section: AccessGrantRule.consentSectionTitle)], in: language)
        if facts.children.count > 1 { return childConsentLines(in: language, privacy: privacy) }
        var lines: [String] = []
        var missing: [Capability] = []
        if !facts.photoConsent { missing.append(.photos) }
        if !facts.diaryConsent { missing.append(.diary) }
        guard !missing.isEmpty else { return [] }
        let names = missing.map { $0.name(in: language) }.joined(separator: nl ? " en " : " and ")
        let rest =
            outcome.visibleOnly
            ? ""
            : (nl
                ? "; al het andere in de app blijft, want dat hangt niet van toestemming af"
                : "; everything else in the app stays, because it does not depend on consent")
        lines.append(
            nl
                ? "Er is geen uitdrukkelijke toestemming voor \(names) (zonder antwoord is het nee, en een weigering "
                    + "van een ouder met gezag gaat voor), dus daarvan wordt niets nieuws gemaakt of getoond\(rest) "
                    + "\(privacy)."
                : "There is no explicit consent for \(names) (no answer means no, and a refusal by a parent with "
                    + "authority prevails), so nothing new of it is made or shown\(rest) \(privacy).")
        let earlier = missing.filter {
            ($0 == .photos && facts.earlierPhotos) || ($0 == .diary && facts.earlierDiary)
        }
        if !earlier.isEmpty {
            let names = earlier.map { $0.name(in: language) }.joined(separator: nl ? " en " : " and ")
            lines.append(
                nl
                    ? "Wat eerder met toestemming is verzameld (\(names)), blijft zichtbaar: het intrekken werkt niet "
                        + "terug. Je kunt vragen het te wissen \(privacy)."
                    : "What was collected earlier with consent (\(names)) stays visible: withdrawal does not reach "
                        + "back. You can ask for it to be erased \(privacy).")
        }
        return lines
    }

    /// Consent per child, for a case with several children: one answer per child and purpose (I-316).
    private func childConsentLines(in language: Language, privacy: String) -> [String] {
        let nl = language == .nl
        let and = nl ? " en " : " and "
        func names(_ purposes: [ConsentPurpose]) -> String {
            purposes.map { ($0 == .photos ? Capability.photos : Capability.diary).name(in: language) }
                .joined(separator: and)
        }
        var lines: [String] = []
        for child in facts.children {
            let name = child.name ?? child.child.rawValue
            let given = ConsentPurpose.allCases.filter { child.isGiven($0) }
            let missing = ConsentPurpose.allCases.filter { !child.isGiven($0) }
            if !given.isEmpty {
                lines.append(
                    nl
                        ? "Voor \(names(given)) van \(name) is er uitdrukkelijke toestemming van een ouder met gezag, en "
                            + "geen ouder met gezag weigert die \(privacy)."
                        : "For \(names(given)) of \(name) there is explicit consent by a parent with authority, and no "
                            + "parent with authority refuses it \(privacy).")
            }
            if !missing.isEmpty {
                lines.append(
                    nl
                        ? "Voor \(names(missing)) van \(name) is er geen uitdrukkelijke toestemming (zonder antwoord is "
                            + "het nee, en een weigering van een ouder met gezag gaat voor), dus daarvan wordt niets "
                            + "nieuws gemaakt of getoond \(privacy)."
                        : "For \(names(missing)) of \(name) there is no explicit consent (no answer means no, and a "
                            + "refusal by a parent with authority prevails), so nothing new of it is made or shown "
                            + "\(privacy).")
            }
            let earlier = missing.filter { child.collectedEarlier($0) }
            if !earlier.isEmpty {
                lines.append(
                    nl
                        ? "Wat eerder met toestemming is verzameld (\(names(earlier)) van \(name)), blijft zichtbaar: "
                            + "het intrekken werkt niet terug. Je kunt vragen het te wissen \(privacy)."
                        : "What was collected earlier with consent (\(names(earlier)) of \(name)) stays visible: "
                            + "withdrawal does not reach back. You can ask for it to be erased \(privacy).")
            }
        }
        if facts.children.contains(where: { !$0.photos || !$0.diary }) && !outcome.visibleOnly {
            lines.append(
                nl
                    ? "Al het andere in de app blijft, want dat hangt niet van toestemming af \(privacy)."
                    : "Everything else in the app stays, because it does not depend on consent \(privacy).")
        }
        return lines
    }

    private func denied(in language: Language) -> [String] {
        let nl = language == .nl
        var lines = [nl ? "Geen toegang tot de ouderapp." : "No access to the parent app."]
        for denial in outcome.denials {
            let citations = cite(denial.citations(in: terms, role: facts.role), in: language)
            lines.append(ground(denial, in: language) + " " + citations + ".")
            if case .blocked = denial, let block = facts.accessBlock {
                lines.append(block.ending(in: language) + ".")
                lines.append(complaint(in: language))
            }
        }
        if let right = outcome.informationRight { lines.append(right.sentence(in: language)) }
        return lines
    }

    private func ground(_ denial: AccessDenial, in language: Language) -> String {
        let nl = language == .nl
        switch denial {
        case .noAuthority where facts.role == .otherParent:
            return nl
                ? "De andere ouder heeft geen ouderlijk gezag: nooit toegang tot de ouderapp, wel recht op "
                    + "informatie; op verzoek geeft de locatie periodiek schriftelijke informatie over het kind"
                : "The other parent has no parental authority: never app access, but a right to information; on "
                    + "request the location gives periodic written information about the child"
        case .noAuthority:
            return nl
                ? "De contractouder heeft geen ouderlijk gezag (meer)"
                : "The contract parent has no parental authority (any more)"
        case .notRequested:
            return nl
                ? "De andere ouder heeft niet om toegang verzocht"
                : "The other parent has not asked for access"
        case .notIdentified:
            return nl
                ? "Partou heeft de gebruiker niet geïdentificeerd" : "Partou has not identified the user"
        case .termsNotAccepted:
            return nl
                ? "De gebruiker heeft niet ingestemd met de gebruiksvoorwaarden"
                : "The user has not accepted the app terms"
        case .blocked(let reason):
            return nl
                ? "Partou heeft de toegang geblokkeerd wegens \(reason.name(in: language))"
                : "Partou blocked access on the ground of \(reason.name(in: language))"
        case .safetyRefused:
            return nl
                ? "De contractouder heeft aangetoond dat de veiligheid van het kind of de contractouder in het "
                    + "geding is; na een strenge toets weigert Partou de toegang"
                : "The contract parent showed that access endangers the child or the contract parent; after the "
                    + "strict test Partou refuses access"
        case .contractParentHasNoAccess where facts.role == .otherParent:
            return nl
                ? "De contractouder heeft geen toegang (meer), dus de andere ouder ook niet"
                : "The contract parent has no access (any more), so neither has the other parent"
        case .contractParentHasNoAccess:
            return nl
                ? "De toegang van de contractouder is beëindigd" : "The contract parent's access has ended"
        case .relationshipEnded(let days):
            return nl
                ? "De klantrelatie eindigde \(Self.days(days, .nl)) geleden; het gebruik van de app eindigde na \(AppAccess.weeksAfterEnd) weken "
                    + "en de gegevens van je kind waren daarna nog tot en met dag \(Retention.lastVisibleDay) zichtbaar. "
                    + "Gearchiveerde gegevens kun je tot ze vernietigd zijn nog inzien, laten verbeteren of laten "
                    + "wissen via customer support"
                : "The customer relationship ended \(Self.days(days, .en)) ago; use of the app ended after \(AppAccess.weeksAfterEnd) weeks and "
                    + "your child's data stayed visible through day \(Retention.lastVisibleDay). Until archived data is "
                    + "destroyed you can still ask customer support to inspect, correct or erase it"
        }
    }
}
