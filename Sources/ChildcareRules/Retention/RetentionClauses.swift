extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the retention schedule of `Retention/` decide first.
    ///
    /// From the app privacy statement, portal privacy statement, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let retentionClauses: [Clause] = [
        Clause(
            TermsEdition.appPrivacy2024.cite(section: "Bewaren van persoonsgegevens"),
            text: """
                De persoonsgegevens van jou of je kind in de Ouderapp worden niet langer door Partou \
                bewaard dan nodig is in het kader van de hierboven genoemde doelstellingen. Na beëindiging \
                van het opvangcontract zijn de gegevens van jouw kind(eren) nog 8 weken zichtbaar voor jou \
                en onze medewerkers. Zo ben je bijvoorbeeld in de gelegenheid om het dagboek en/of foto’s \
                van jouw kind te downloaden. Na 8 weken worden de gegevens digitaal gearchiveerd. Eén jaar \
                na beëindiging van het opvangcontract worden de gegevens van jouw kind(eren) vernietigd.
                """,
            summary: """
                Data are kept no longer than the purposes require: after the care contract ends the \
                child's data stay visible to the parent and staff for 8 weeks (for example to download the \
                diary and photos), are then archived digitally, and are destroyed one year after the \
                contract ends. The caller supplies the contract end date.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.portalPrivacy.cite(section: "Bewaren van persoonsgegevens"),
            text: """
                De persoonsgegevens van uw of uw kind worden niet langer door Partou bewaard dan nodig is \
                in het kader van de hierboven genoemde doelstellingen. Na beëindiging van het \
                opvangcontract zijn de gegevens van uw kind(eren) nog 8 weken zichtbaar voor uzelf en onze \
                medewerkers. Zo bent u bijvoorbeeld in de gelegenheid om het dagboek en/of foto's van uw \
                kind te downloaden. Na 8 weken worden de gegevens digitaal gearchiveerd. Eén jaar na \
                beëindiging van het opvangcontract worden de gegevens van uw kind(eren) vernietigd. U \
                heeft een wettelijk recht om de persoonsgegevens van u of uw kind in te zien, te laten \
                wijzigen of verwijderen. Hiervoor kunt u een verzoek indienen via de klantenservice. Een \
                dergelijk verzoek wordt op de kortst mogelijke termijn behandeld, doch uiterlijk binnen 4 \
                weken. Meer informatie over hoe Partou omgaat met privacygevoelige gegevens kunt u lezen \
                op onze website (www.partou.nl) in ons algemene Privacyreglement.
                """,
            summary: """
                Data are kept no longer than needed: after the contract ends the child's data stay visible \
                for 8 weeks, are then archived digitally and destroyed one year after the contract ends. \
                The parent may inspect, correct or erase data through customer service; requests are \
                handled as soon as possible and at the latest within 4 weeks. The caller supplies the \
                contract end date or the request date.
                """,
            decidability: .decidable),
    ]
}
