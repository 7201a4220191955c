extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the billing rules of `Billing/` (the instalments, the monthly invoice and refunds) decide first.
    ///
    /// From the TSO terms, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let billingClauses: [Clause] = [
        Clause(
            TermsEdition.tso2024.cite("2", lid: 2),
            text: """
                De contractouder is verantwoordelijk voor juiste en tijdige betaling van de opvangkosten, \
                zoals omschreven in artikel 6.
                """,
            summary: """
                The contract parent is responsible for correct and timely payment of the care costs under \
                art. 6.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("6", lid: 1),
            text: """
                Het contractueel overeengekomen jaarbedrag voor opvang (tso) wordt vooraf per maand in \
                gelijke bedragen over 10 kalendermaanden gefactureerd en is ook vooraf verschuldigd. In \
                juli en augustus wordt er niet gefactureerd.
                """,
            summary: """
                The agreed annual amount for tso is invoiced and payable in advance in 10 equal monthly \
                instalments; nothing is invoiced in July and August.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("6", lid: 2),
            text: """
                Partou maakt gebruik van automatische incasso om het verschuldigde maandbedrag, eventuele \
                andere afgenomen producten en/of diensten en overige kosten af te schrijven van jouw \
                rekening.
                """,
            summary: """
                Partou collects the monthly amount, other products or services and other costs by direct \
                debit.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("6", lid: 3),
            text: """
                Je geeft ons door middel van een doorlopende SEPA-machtiging toestemming om de \
                factuurbedragen van jouw rekening af te schrijven. Je geeft deze machtiging digitaal aan \
                ons af.
                """,
            summary: """
                The parent authorises the debits with a recurring SEPA mandate, given digitally.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("6", lid: 4),
            text: """
                Wil je geen gebruik maken van automatische incasso voor het incasseren van je reguliere \
                maandelijkse factuur voor opvang, dan behouden wij ons het recht voor om per digitale \
                factuur administratiekosten in rekening te brengen.
                """,
            summary: """
                A parent who does not pay the regular monthly invoice by direct debit may be charged \
                administration costs per digital invoice; the amount is not stated. The caller supplies \
                the payment method.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("6", lid: 6),
            text: """
                Indien wij jou tijdelijk niet de overeengekomen opvang kunnen leveren als gevolg van \
                overmacht (bijvoorbeeld brand, staking, epidemie/pandemie, misdrijf e.d.), dan zijn wij \
                niet gehouden tot restitutie in geld of in opvang van reeds voor deze opvang door jou \
                gedane betalingen, mits Partou binnen de grenzen van de wet- en regelgeving al het \
                mogelijke heeft gedaan om deze overmachtssituatie te voorkomen, dan wel ten spoedigste op \
                te heffen.
                """,
            summary: """
                If force majeure (such as fire, a strike, an epidemic or a crime) temporarily prevents \
                care, Partou need not refund payments for that care, provided it did everything legally \
                possible to prevent or quickly end the situation.
                """,
            decidability: .notDecidable(
                reason: """
                    whether an event is force majeure and whether Partou did everything possible to \
                    prevent or end it are judgements of fact for Partou and, in a dispute, a court
                    """)),
    ]
}
