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
        switch (facts.role, version) {
        case (.contractParent, _):
            lines.append(
                nl
                    ? "De contractouder gebruikt de volledige ouderapp (versie 1) \(versionCite)."
                    : "The contract parent uses the full parent app (version 1) \(versionCite).")
        case (.otherParent, .v1):
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
        case (.otherParent, .v2):
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
        for rule in AppAccess.grantRules(for: facts, version: version) {
            let granted = list(rule.capabilities, in: language)
            lines.append(
                (nl ? "Toegestaan: " : "Granted: ") + granted + " "
                    + cite(rule.citations(in: terms), in: language) + ".")
        }
        if !facts.photoConsent || !facts.diaryConsent {
            let privacy = cite(
                [terms.privacy.cite(section: AccessGrantRule.consentSectionTitle)], in: language)
            if !facts.photoConsent && !facts.diaryConsent {
                lines.append(
                    nl
                        ? "Zonder toestemming voor foto's en dagboek alleen: locatie-informatie, nieuwsbrieven en "
                            + "algemene berichten, afmelden en berichten aan de medewerkers \(privacy)."
                        : "Without consent for photos and the diary, only: location information, newsletters and "
                            + "general news, reporting absence and messages to the staff \(privacy).")
            } else {
                let missing = facts.photoConsent ? Capability.diary : .photos
                lines.append(
                    nl
                        ? "Geen toestemming voor \(missing.name(in: language)), dus die zijn niet zichtbaar \(privacy)."
                        : "No consent for \(missing.name(in: language)), so they are not shown \(privacy).")
            }
        }
        if let days = facts.daysAfterEnd {
            let left = AppAccess.lastDayWithAccess - days + 1
            let art10 = cite([terms.app.cite("10")], in: language)
            lines.append(
                nl
                    ? "De klantrelatie eindigde \(days) dagen geleden; de toegang eindigt op dag 42, over \(left) "
                        + "dagen \(art10)."
                    : "The customer relationship ended \(days) days ago; access ends on day 42, in \(left) days \(art10)."
            )
        }
        return lines
    }

    private func denied(in language: Language) -> [String] {
        let nl = language == .nl
        var lines = [nl ? "Geen toegang tot de ouderapp." : "No access to the parent app."]
        for denial in outcome.denials {
            let citations = cite(denial.citations(in: terms, role: facts.role), in: language)
            lines.append(ground(denial, in: language) + " " + citations + ".")
            if let note = retentionNote(denial, in: language) { lines.append(note) }
        }
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
                ? "De contractouder heeft geen ouderlijk gezag (meer): de toegang eindigt, en Partou mag de "
                    + "overeenkomst opzeggen (For legal, I-301)"
                : "The contract parent has no parental authority (any more): access ends, and Partou may terminate the "
                    + "contract (For legal, I-301)"
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
                ? "De klantrelatie eindigde \(days) dagen geleden; de toegang eindigt na 6 weken, vanaf dag 42"
                : "The customer relationship ended \(days) days ago; access ends after 6 weeks, from day 42"
        }
    }

    /// After the app access ends, the privacy statement still promises 8 weeks of visibility (I-306).
    private func retentionNote(_ denial: AccessDenial, in language: Language) -> String? {
        guard case .relationshipEnded(let days) = denial, days <= Retention.lastVisibleDay else { return nil }
        let privacy = cite([terms.privacy.cite(section: Retention.sectionTitle)], in: language)
        let last = Retention.lastVisibleDay
        return language == .nl
            ? "De gegevens van het kind blijven tot en met dag \(last) zichtbaar voor de medewerkers en zijn op "
                + "verzoek te downloaden via customer support \(privacy); For legal, I-306."
            : "The child's data stays visible to the staff and can be downloaded on request through customer "
                + "support until day \(last) \(privacy); For legal, I-306."
    }
}
