extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the swap-hours rules of `SwapHours/` (the 96-hour rule, absences, swaps and expiry) decide first.
    ///
    /// From the TSO terms, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let swapHoursClauses: [Clause] = [
        Clause(
            TermsEdition.tso2024.cite("4", lid: 1),
            text: """
                Het opvangpakket geldt voor een volledig schooljaar en loopt standaard van 1 augustus tot \
                en met 31 juli van het jaar daarop, ongeacht de regio-indeling voor de schoolvakantie, \
                waarna deze telkens stilzwijgend voor de duur van een schooljaar wordt verlengd.
                """,
            summary: """
                The care package runs for a full school year, 1 August to 31 July regardless of the \
                holiday region, and is tacitly renewed for a school year each time.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", lid: 1),
            text: """
                Het kan voorkomen dat je een enkele dag geen gebruik kunt maken van de opvang. Alleen als \
                je dit meer dan 96 uur voor de start van de opvang zelf aangeeft in de ouderapp, worden de \
                opvanguren van die betreffende dag omgezet in ruil- en inhaaluren. Verzoek je een \
                medewerker van de locatie om je kind af te melden, dan ontvang je over deze afgemelde dag \
                geen ruil- en inhaaluren.
                """,
            summary: """
                A parent who reports a single day's absence in the app personally more than 96 hours \
                before care starts has that day's hours converted into swap hours; an absence reported \
                through a staff member earns none. The caller supplies the report time and channel.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", lid: 2),
            text: """
                De ruil- en inhaaluren die verkregen zijn voor tso, zijn alleen inzetbaar voor tso en niet \
                voor andere diensten van Partou.
                """,
            summary: """
                Swap hours earned for tso can be used only for tso, not for Partou's other services.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", lid: 3),
            text: """
                De ruil- en inhaaluren zijn kindgebonden. Je kunt deze niet inzetten voor één van je \
                andere kinderen.
                """,
            summary: "Swap hours belong to the child and cannot be used for a sibling.",
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", lid: 5),
            text: """
                Je ruil- en inhaaluren vervallen op 31 december van het lopende kalenderjaar of in het \
                geval de overeenkomst op een eerdere datum eindigt in ieder geval bij einddatum van de \
                overeenkomst, zonder dat een restitutie in geld of in opvang plaatsvindt. Na einddatum van \
                de overeenkomst kan je niet de eventueel nog van voor de einddatum resterende ruil- en \
                inhaaluren inzetten.
                """,
            summary: """
                Swap hours expire on 31 December of the current calendar year, or earlier when the \
                contract ends, without a refund in money or care; they cannot be used after the contract \
                ends.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", lid: 6),
            text: """
                Stap je gedurende je overeenkomst over naar een van onze andere locaties (bijvoorbeeld bij \
                verhuizing) en neem je daar tso af, dan behoud je je ruil- en inhaaluren.
                """,
            summary: """
                A parent who moves to another Partou location during the contract and takes tso there \
                keeps their swap hours.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 3),
            text: """
                Je ruil- en inhaaluren worden pas als ingezet beschouwd, wanneer je aanvraag door ons is \
                goedgekeurd en bevestigd via de ouderapp.
                """,
            summary: """
                Swap hours count as used only once Partou has approved the request and confirmed it in the \
                app. The caller supplies the approval status.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("6", lid: 5),
            text: """
                Wijzig je jouw overeenkomst of zeg je deze op en heb je juist minder opvanguren gebruikt \
                dan waar je volgens jouw overeenkomst recht op hebt? Dan vindt geen restitutie in geld of \
                in opvang van reeds betaalde opvanguren plaats.
                """,
            summary: """
                On a change or termination, care hours paid for but not used are not refunded in money or \
                care.
                """,
            decidability: .decidable),
    ]
}
