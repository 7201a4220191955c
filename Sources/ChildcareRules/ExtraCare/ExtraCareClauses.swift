extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the extra-care rules of `ExtraCare/` (requests, approvals, cancellations and their invoicing) decide first.
    ///
    /// From the TSO terms, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let extraCareClauses: [Clause] = [
        Clause(
            TermsEdition.tso2024.cite("1", lid: 3),
            text: """
                Alle aanvragen voor extra opvang verlopen via de ouderapp. Bij het aanvragen van extra \
                opvang is het alleen mogelijk om je ruil- en inhaaluren van artikel 5 in te zetten als je \
                dit zelf via de ouderapp aanvraagt. Vraag je een medewerker om je aanvraag voor extra \
                opvang voor je in de ouderapp te zetten, dan ontvang je voor deze extra opvang automatisch \
                een factuur. De medewerker heeft namelijk niet de mogelijkheid om voor de extra opvang \
                jouw ruil- en inhaaluren in te zetten.
                """,
            summary: """
                All extra-care requests go through the app; swap hours can be used only when the parent \
                files the request in the app personally. A request a staff member enters for the parent is \
                always invoiced. The caller supplies who entered the request.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", lid: 4),
            text: """
                Jouw ruil- en inhaaluren kunnen alleen ingezet worden als er plek is op de groep. Dit is \
                uitsluitend ter beoordeling van Partou. Dit betekent dat wij jouw verzoek ook kunnen \
                afwijzen. In ieder geval geldt dat Partou hiervoor geen extra kosten zal maken; het \
                inzetten van een extra pedagogisch medewerker behoort dus niet tot de mogelijkheden.
                """,
            summary: """
                Swap hours can be used only if there is room on the group, which is solely for Partou to \
                judge, so a request may be refused; Partou incurs no extra costs for it, such as an extra \
                staff member.
                """,
            decidability: .notDecidable(
                reason: """
                    whether there is room on the group is at Partou's sole discretion; a library can take \
                    Partou's answer as input but cannot decide it
                    """)),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 1),
            text: """
                Je mag als ouder altijd extra opvang aanvragen. Dit kun je doen via de ouderapp. Indien je \
                extra opvang wilt op de dag zelf, kun je dit aanvragen vóór 11:00 uur in de ouderapp.
                """,
            summary: """
                A parent may always request extra care through the app; extra care for the same day must \
                be requested in the app before 11:00.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 2),
            text: """
                Voor extra opvang kun je ruil- en inhaaluren inzetten volgens de regels zoals eerder in \
                deze voorwaarden vermeld.
                """,
            summary: "Swap hours can be used for extra care under the swap-hours rules above.",
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 4),
            text: """
                Beschik je op het moment van aanvraag niet over (voldoende) ruil- en inhaaluren, dan \
                ontvang je in de desbetreffende maand een factuur voor extra opvang. Voor het afnemen van \
                extra opvang rekenen we hetzelfde tarief als in je overeenkomst staat.
                """,
            summary: """
                If the parent has no (or too few) swap hours at the time of the request, the extra care is \
                invoiced in that month at the contract rate.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 5),
            text: """
                Je bent pas zeker van je extra opvang, wanneer je van ons een bevestiging ontvangt via de \
                ouderapp.
                """,
            summary: "Extra care is certain only once Partou has confirmed it in the app.",
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6),
            text: "Heb je de extra opvang aangevraagd:",
            summary: """
                Lead-in to the cancellation rules for confirmed extra care in sub a and b; it is applied \
                through those points.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6, sub: "a"),
            text: """
                met ruil- en inhaaluren en je meldt je kind afwezig voor de aan jou bevestigde extra \
                opvang 4 dagen (96 uur) voor de start van de opvang: dan krijg je je ruil- en inhaaluren \
                terug.
                """,
            summary: """
                For extra care booked with swap hours, reporting the child absent 4 days (96 hours) before \
                care starts returns the swap hours. The caller supplies the report time.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6, sub: "b"),
            text: """
                met facturering achteraf, dan kunnen we daarvoor alleen inhaaluren teruggeven als je de \
                extra aangevraagde dag 7 dagen voorafgaand aan de opvangdag annuleert door een e-mail te \
                sturen naar support@partou.nl.
                """,
            summary: """
                For extra care to be invoiced afterwards, Partou can give back only make-up hours, and \
                only if the parent cancels the extra day 7 days before the care day by e-mail to \
                support@partou.nl. The caller supplies the e-mail time.
                """,
            decidability: .decidable),
    ]
}
