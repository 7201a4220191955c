extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the care calendar of `CareCalendar/` (the TSO holidays, school closures and care days) decide first.
    ///
    /// From the TSO terms, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let careCalendarClauses: [Clause] = [
        Clause(
            TermsEdition.tso2024.cite("4", lid: 2),
            text: """
                Partou biedt geen tso aan wanneer de scholen zijn gesloten. Dit is ook van toepassing op \
                schoolsluitingsdagen van scholen (dagen/dagdelen waarvan de school aan het begin van het \
                schooljaar heeft gecommuniceerd dat zij gesloten is) en op de algemeen erkende feestdagen.
                """,
            summary: """
                There is no tso when schools are closed, including school closing days announced at the \
                start of the school year and the recognised public holidays. The caller supplies the \
                school calendar.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("4", lid: 3),
            text: """
                Het gaat om de volgende algemeen erkende feestdagen: - Nieuwjaarsdag - Tweede Paasdag - \
                Koningsdag - Bevrijdingsdag (eens per 5 jaar) - Hemelvaartsdag - Tweede Pinksterdag - \
                Eerste en tweede Kerstdag
                """,
            summary: """
                The recognised public holidays are New Year's Day, Easter Monday, King's Day, Liberation \
                Day (once every 5 years), Ascension Day, Whit Monday, and Christmas Day and Boxing Day.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("4", lid: 4),
            text: """
                Voor opvangdagen die vallen op een algemeen erkende feestdag of schoolsluitingsdag, zoals \
                hierboven vermeld, krijg je geen ruil- en inhaal dagen of (financiële) restitutie.
                """,
            summary: """
                Care days that fall on a recognised public holiday or a school closing day earn no swap \
                days and no refund.
                """,
            decidability: .decidable),
    ]
}
