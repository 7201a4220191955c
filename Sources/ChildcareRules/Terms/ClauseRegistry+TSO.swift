extension ClauseRegistry {
    /// The clauses of the TSO terms (version 1 August 2024), in document order.
    static let tsoClauses: [Clause] = [
        Clause(
            TermsEdition.tso2024.cite(section: "Aanhef"),
            text: """
                Versie 1 augustus 2024 - voor overeenkomsten aangegaan met Smallsteps B.V. of Partou B.V., \
                hierna te noemen "Partou". Tussenschoolse opvang (tso) is een dienst die geleverd wordt \
                door Partou en niet valt onder de Wet Kinderopvang. De kinderen worden tijdens de \
                lunchperiode opgevangen op school of op een daarvoor aangewezen locatie.
                """,
            summary: """
                These terms (version 1 August 2024) govern contracts with Smallsteps B.V. or Partou B.V. \
                (together "Partou") for lunchtime care (tso), a service that is not childcare under the \
                Wet Kinderopvang. The caller supplies the contracting entity, the contract date and the \
                service kind.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("1", lid: 1),
            text: """
                Voor de communicatie met de ouders maken wij gebruik van de Partou ouderapp, hierna te \
                noemen: de ouderapp. Ga je een overeenkomst aan met Partou, dan gaan wij ervan uit dat je \
                gebruik maakt van de ouderapp. Wij vragen je dan een account aan te maken. Bij het \
                aanmaken van je account dien je akkoord te gaan met de privacyverklaring en \
                gebruikersvoorwaarden. Deze vind je in de ouderapp. Voor de wijze waarop de ouderapp \
                werkt, verwijzen we je naar de handleiding.
                """,
            summary: """
                Partou communicates with parents through the parent app; a parent who contracts is \
                expected to create an account and must accept the app privacy statement and terms when \
                doing so.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("1", lid: 2),
            text: """
                Indien je geen gebruik maakt van de ouderapp, heb je geen direct inzicht in je gegevens en \
                facturen en vervalt de mogelijkheid om services, zoals onder meer het aanvragen van extra \
                opvang en het verkrijgen van ruil- en inhaaluren, af te nemen.
                """,
            summary: """
                A parent who does not use the app has no direct view of their data and invoices and cannot \
                use app services such as requesting extra care or earning swap hours. The caller supplies \
                whether the parent uses the app.
                """,
            decidability: .decidable),
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
            TermsEdition.tso2024.cite("2", lid: 1),
            text: """
                De overeenkomst wordt getekend door één ouder, de zgn. "contractouder".
                """,
            summary: """
                One parent (including a carer) signs the contract and is the "contract parent".
                """,
            decidability: .decidable),
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
            TermsEdition.tso2024.cite("2", lid: 3),
            text: "Hierbij gaan we uit van het volgende:",
            summary: """
                Lead-in to the assumptions in sub a to d about parental authority and information; it is \
                applied through those points.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "a"),
            text: """
                Ouders zijn wettelijk verplicht elkaar te informeren over belangrijke zaken rond het kind. \
                De contractouder stemt daarom zaken rond de kinderopvang af met de andere ouder indien \
                beide ouders het ouderlijk gezag hebben. De contractouder tekent in dat geval de \
                overeenkomst namens de andere ouder en heeft expliciete toestemming van de andere ouder om \
                de overeenkomst te mogen aangaan of structurele wijzigingen hierin aan te brengen.
                """,
            summary: """
                Where both parents have parental authority, the contract parent consults the other parent, \
                signs on their behalf and has the other parent's explicit consent to enter into the \
                contract or make structural changes. The caller supplies who holds parental authority.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "b"),
            text: """
                Indien ouders het niet met elkaar eens zijn over de kinderopvang bij Partou, kan de \
                contractouder met het overleggen van een gerechtelijke uitspraak of \
                echtscheidingsconvenant aantonen, dat het verkrijgen van toestemming zoals omschreven in \
                sub a. niet nodig is.
                """,
            summary: """
                If the parents disagree about the care, the contract parent can show by a court ruling or \
                divorce covenant that the other parent's consent under sub a is not needed. The caller \
                supplies whether such a document was produced.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "c"),
            text: """
                Een andere ouder heeft volgens artikel 1:377c van het Burgerlijk Wetboek altijd recht op \
                informatie over “belangrijke feiten en omstandigheden die de persoon van het kind of diens \
                verzorging en opvoeding betreffen”, ook al heeft de andere ouder geen ouderlijk gezag over \
                het kind.
                """,
            summary: """
                Under art. 1:377c BW a parent without parental authority is still entitled to information \
                about important facts and circumstances concerning the child and its care and upbringing.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "d"),
            text: "Voor informatieverstrekking vanuit Partou geldt het volgende:",
            summary: """
                Lead-in to the rules in sub d.1 to d.4 on how Partou informs the other parent; it is \
                applied through those points.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "d.1"),
            text: """
                Als de andere ouder zonder ouderlijk gezag Partou verzoekt om informatie over het kind, \
                geeft Partou via de locatie de andere ouder periodiek schriftelijke informatie over \
                belangrijke feiten en omstandigheden rond (de ontwikkeling of opvang van) het kind.
                """,
            summary: """
                A parent without parental authority who asks for information receives periodic written \
                information from the location about important facts and circumstances concerning the \
                child.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "d.2"),
            text: """
                Als de andere ouder met ouderlijk gezag Partou verzoekt om informatie krijgt hij toegang \
                tot de ouderapp. Hierin wordt informatie gegeven over het kind en de contractuele gegevens \
                en privégegevens van de contractouder zijn niet zichtbaar. Aanvragen bij Partou zoals \
                ruildagen, extra opvang en dergelijke worden door de contractouder gedaan.
                """,
            summary: """
                A parent with parental authority who asks for information (and is not in the contract \
                parent's family; that case is sub d.3) gets app access that shows the child but not the \
                contract parent's contract or private data, which is version 2 in the app terms; only the \
                contract parent makes requests such as swap days and extra care.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "d.3"),
            text: """
                Als de andere ouder met ouderlijk gezag onderdeel vormt van het gezin met de contractouder \
                en verzoekt om informatie, krijgt hij toegang tot de ouderapp. Hierin wordt informatie \
                over het kind wordt gegeven en contractuele gegevens en privégegevens van de contractouder \
                zijn zichtbaar. Indien Partou geïnformeerd wordt dat ouders uit elkaar gaan, behoudt de \
                andere ouder in principe deze ouderapp tenzij de contractouder de toestemming voor het \
                gebruik intrekt. In dat geval verkrijgt de andere ouder automatisch toegang tot de \
                ouderapp zoals vermeld onder 2.
                """,
            summary: """
                A parent with parental authority in the contract parent's household gets app access that \
                shows the contract parent's data (app version 1). After a separation the other parent \
                keeps it unless the contract parent withdraws consent, in which case access switches \
                automatically to the access of sub d.2.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 3, sub: "d.4"),
            text: """
                Indien er aantoonbaar zorgen zijn dat de veiligheid of het belang van het kind in het \
                geding is door de toegang tot de ouderapp onder 2. kan Partou zelfstandig besluiten deze \
                toegang niet te verstrekken c.q. in te trekken. Partou hanteert een strenge toets voordat \
                zij hiertoe besluit.
                """,
            summary: """
                If there are demonstrable concerns that access under sub d.2 endangers the child's safety \
                or interests, Partou may on its own decide to refuse or withdraw that access, after a \
                strict test.
                """,
            decidability: .notDecidable(
                reason: """
                    whether the child's safety or interests are demonstrably at stake, and whether to \
                    refuse access, is Partou's own decision after a strict test whose standard the terms \
                    do not state; a library can record that decision but cannot make it
                    """)),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 4),
            text: """
                Afspraken tussen partijen zijn alleen rechtsgeldig als deze schriftelijk, per e-mail of \
                via de ouderapp tot stand komen.
                """,
            summary: """
                Agreements between the parties are legally valid only when made in writing, by e-mail or \
                through the app. The caller supplies the channel of the agreement.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 5),
            text: """
                Als blijkt dat de contractouder de overeenkomst ten tijde van het ondertekenen hiervan \
                niet met toestemming van de andere gezaghebbende ouder is aangegaan of een structurele \
                wijziging heeft aangevraagd zonder dat de andere gezaghebbende ouder op het moment van \
                aanvraag hiervan wist, geeft Partou de contractouder de mogelijkheid om alsnog met de \
                andere ouder tot overeenstemming te komen over de wijze van voortzetting van de \
                overeenkomst. Indien deze situatie optreedt:
                """,
            summary: """
                If the contract parent entered into the contract, or requested a structural change, \
                without the consent or knowledge of the other parent with authority, Partou first gives \
                the parents the chance to agree on how the contract continues; sub a and b set the \
                consequences. The caller supplies when the lack of consent came to light.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 5, sub: "a"),
            text: """
                na startdatum opvang c.q. ingangsdatum wijziging en ouders vervolgens niet binnen een \
                termijn van een maand tot overeenstemming komen, zal Partou vanwege het ontbreken van de \
                vereiste toestemming deze overeenkomst opzeggen c.q. wijziging annuleren met inachtneming \
                van de opzegtermijn van een maand.
                """,
            summary: """
                If this comes to light after care (or the change) has started and the parents do not agree \
                within one month, Partou terminates the contract (or cancels the change) with one month's \
                notice.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("2", lid: 5, sub: "b"),
            text: """
                in de periode tussen de datum ondertekening overeenkomst en startdatum opvang c.q. \
                ingangsdatum wijziging en ouders na een maand of – als er minder dan een maand voor \
                startdatum opvang c.q. ingangsdatum wijziging resteert – uiterlijk een week voor die \
                startdatum geen overeenstemming bereiken, zal Partou de contractouder schriftelijk \
                informeren dat de overeenkomst c.q. wijziging vanwege het ontbreken van de vereiste \
                toestemming niet in zal gaan. Indien lid b. het aangaan van een overeenkomst betreft, \
                zullen we dit opvatten als annulering in de zin van artikel 3 van deze voorwaarden.
                """,
            summary: """
                If it comes to light between signing and the start date and the parents have not agreed \
                after one month (or, with less than a month left, at the latest one week before the start \
                date), Partou informs the contract parent in writing that the contract or change will not \
                start; for a new contract this counts as a cancellation under art. 3.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("3"),
            text: """
                Heb je een overeenkomst met Partou afgesloten, maar wil je deze annuleren voor de \
                aanvangsdatum van de opvang? Dat kan. Je kunt de overeenkomst schriftelijk annuleren per \
                e-mail ter attentie van de afdeling customer support (support@partou.nl). Als \
                annuleringsdatum geldt de datum dat Partou de annulering ontvangt. Wij hanteren een \
                annuleringstermijn van één (1) maand.
                """,
            summary: """
                A contract can be cancelled before care starts by e-mail to customer support; the \
                cancellation date is the day Partou receives it, and the cancellation period is one month. \
                The caller supplies the receipt date.
                """,
            decidability: .decidable),
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
        Clause(
            TermsEdition.tso2024.cite("7"),
            text: """
                Periodiek herzien wij de tarieven voor onze producten en/of dienstverlening, waarbij geldt \
                dat elke locatie een eigen uurtarief en producten- en dienstenaanbod heeft. Wij kondigen \
                een dergelijke prijswijziging van te voren aan. De prijswijziging gaat niet eerder in dan \
                na één kalendermaand, vermeerderd met één week na de aankondiging.
                """,
            summary: """
                Partou periodically revises its rates, which differ per location, announces a price change \
                in advance, and the change takes effect no earlier than one calendar month plus one week \
                after the announcement. The caller supplies the announcement date.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 1),
            text: """
                Je kunt jouw overeenkomst uitsluitend opzeggen door middel van het online opzegformulier \
                dat je terug kunt vinden op www.mijnpartou.nl/service. Wij hanteren een opzegtermijn van \
                een maand.
                """,
            summary: """
                The parent can terminate only with the online termination form at \
                www.mijnpartou.nl/service; the notice period is one month. The caller supplies the channel \
                and the date.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 2),
            text: """
                Wijziging(en) kun je doorgeven via www.mijnpartou.nl/service. Wij hanteren een \
                wijzigingstermijn van een maand.
                """,
            summary: """
                Changes are submitted through www.mijnpartou.nl/service; the change period is one month.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 3),
            text: """
                We behouden ons het recht voor om de overeenkomst ten aanzien van per dag aangeboden \
                opvanguren, aantal per jaar geopende weken, openings- en sluitingstijden en uurtarieven \
                wegens ons moverende redenen – al dan niet per locatie – eenzijdig te wijzigen of te laten \
                eindigen gedurende de looptijd van de overeenkomst.
                """,
            summary: """
                Partou reserves the right, for reasons of its own and possibly per location, to change \
                unilaterally or end during the contract the hours offered per day, the number of weeks \
                open per year, the opening and closing times and the hourly rates.
                """,
            decidability: .notDecidable(
                reason: """
                    the change is at Partou's discretion ("wegens ons moverende redenen"); a library can \
                    apply the notice rules to a change once made but cannot decide whether or what to \
                    change
                    """)),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 4),
            text: """
                Zijn er veranderingen die leiden tot een wijziging in jouw opvangkosten of wijzigen \
                bijvoorbeeld de schooltijden, waardoor je opvanguren veranderen, dan kan Partou deze \
                wijzigingen bevestigen door middel van een aanhangsel op de overeenkomst.
                """,
            summary: """
                Changes that alter the care costs, or changed school times that alter the care hours, may \
                be confirmed by Partou in an addendum to the contract. The caller supplies the change.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5),
            text: """
                Partou is slechts bevoegd de overeenkomst op te zeggen op grond van een zwaarwegende \
                reden. Als zwaarwegende redenen worden in ieder geval aangemerkt:
                """,
            summary: """
                Partou may terminate the contract only for a weighty reason; sub a to h list reasons that \
                count as weighty in any case. The list is not exhaustive ("in ieder geval"); the library \
                checks that a stated reason is one of the listed ones.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "a"),
            text: """
                De situatie dat de ouder gedurende één maand in verzuim is ten aanzien van zijn \
                betalingsverplichting;
                """,
            summary: """
                Weighty reason: the parent has been in default of payment for one month. The caller \
                supplies the payment history.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "b"),
            text: """
                Je kind door ziekte of anderszins extra verzorgingsbehoefte is; Ouder en/of kind een \
                risico of bedreiging vormt voor de geestelijke en/of lichamelijke gezondheid of veiligheid \
                van anderen, na te zijn gewaarschuwd, tenzij een waarschuwing redelijkerwijs niet van \
                Partou mag worden verwacht;
                """,
            summary: """
                Weighty reason: the child needs extra care through illness or otherwise, or the parent or \
                child is a risk or threat to the mental or physical health or safety of others after a \
                warning (unless a warning cannot reasonably be expected). The caller supplies the ground; \
                the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "c"),
            text: """
                De opvang van je kind een normale opvang van de andere kinderen onevenredig verzwaart of \
                belemmert.
                """,
            summary: """
                Weighty reason: caring for the child disproportionately burdens or hinders normal care of \
                the other children. The caller supplies the ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "d"),
            text: """
                De omstandigheid dat Partou vanwege een niet aan ons toerekenbare oorzaak langdurig of \
                blijvend niet meer in staat is de overeenkomst uit te voeren;
                """,
            summary: """
                Weighty reason: for a cause not attributable to Partou, Partou is unable to perform the \
                contract for a long time or permanently. The caller supplies the ground; the library \
                checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "e"),
            text: """
                Een bedrijfseconomische noodzaak die de continuïteit van de locatie waar het kind is \
                geplaatst in gevaar brengt.
                """,
            summary: """
                Weighty reason: a business-economic necessity endangers the continuity of the child's \
                location. The caller supplies the ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "f"),
            text: "Als één of beide ouder(s) het gezag over het kind verliest/verliezen;",
            summary: """
                Weighty reason: one or both parents lose parental authority over the child. The caller \
                supplies the change of authority.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "g"),
            text: """
                Als naar het oordeel van Partou sprake is van een zorgbehoefte of van gedrag van jouw kind \
                dat voor de opvanggroep buitenproportioneel belastend is, waardoor voortzetting van de \
                dienstverlening niet van Partou verlangd kan worden;
                """,
            summary: """
                Weighty reason: in Partou's judgement the child's care needs or behaviour burden the group \
                so disproportionately that Partou cannot be expected to continue. The caller supplies the \
                ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("8", lid: 5, sub: "h"),
            text: """
                Indien een voortzetting van de dienstverlening in redelijkheid niet van Partou verlangd \
                kan worden vanwege een slechte verstandhouding tussen (medewerkers van) Partou en jouw \
                kind en/of jou, onder meer in de situatie waarin de ouders het meermaals niet eens zijn \
                over de zaken die de opvang van het kind betreffen en dit door ons als moeilijk werkbaar \
                wordt ervaren, dit uitsluitend ter beoordeling van Partou.
                """,
            summary: """
                Weighty reason: a poor relationship between Partou (or its staff) and the child or parent \
                means Partou cannot reasonably be expected to continue, including repeated parental \
                disagreement on care matters that Partou finds hard to work with, solely for Partou to \
                judge. The caller supplies the ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("9"),
            text: """
                Voor de gevallen dat Partou in verband met de opvang aansprakelijk gesteld kan worden, \
                hebben wij een verzekering voor wettelijke aansprakelijkheid en een ongevallenverzekering \
                afgesloten ten behoeve van de kinderen en het bij Partou werkzame personeel. Iedere \
                aansprakelijkheid van Partou is uitdrukkelijk beperkt tot het bedrag dat in het \
                desbetreffende geval uit hoofde van de aansprakelijkheidsverzekering van Partou \
                daadwerkelijk wordt uitbetaald.
                """,
            summary: """
                Partou has liability and accident insurance for the children and its staff, and any \
                liability of Partou is limited to the amount its liability insurer actually pays out in \
                the case.
                """,
            decidability: .notDecidable(
                reason: """
                    liability and insurance payouts are decided case by case by insurers and courts
                    """)),
        Clause(
            TermsEdition.tso2024.cite("10"),
            text: """
                Partou behoudt zich het recht voor de onderhavige voorwaarden eenzijdig te wijzigen, en is \
                ook gerechtigd de overeenkomst in die zin eenzijdig te wijzigen, dat daarop de meest \
                recente versie van de voorwaarden van toepassing worden verklaard. Jij verklaart je door \
                aanvaarding van deze voorwaarden met een dergelijke wijziging akkoord. De wijzigingen \
                treden eerst één maand en één week nadat wij je hebben geïnformeerd in werking, tenzij een \
                afwijkende wettelijke termijn is vereist, die dan wordt toegepast. In het geval dat de \
                wijziging van de voorwaarden leidt tot een wezenlijke wijziging van de overeenkomst, dan \
                ben je gerechtigd om tot de dag waarop de wijzigingen in werking treden de overeenkomst op \
                te zeggen tegen de dag waarop de wijziging in werking treedt.
                """,
            summary: """
                Partou may change these terms unilaterally and declare the latest version applicable to \
                the contract; changes take effect one month and one week after the parent is informed \
                (unless the law requires another period), and a material change lets the parent terminate \
                as of the day it takes effect. The caller supplies the date the parent was informed and \
                whether the change is material.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("10", lid: 1),
            text: """
                Partou behoudt zich het recht voor de onderhavige voorwaarden eenzijdig te wijzigen, en is \
                ook gerechtigd de overeenkomst in die zin eenzijdig te wijzigen, dat daarop de meest \
                recente versie van de voorwaarden van toepassing worden verklaard. Jij verklaart je door \
                aanvaarding van deze voorwaarden met een dergelijke wijziging akkoord.
                """,
            summary: """
                First paragraph: Partou may change these terms unilaterally and make the latest version \
                apply to the contract; by accepting these terms the parent agrees to such a change.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.tso2024.cite("10", lid: 2),
            text: """
                De wijzigingen treden eerst één maand en één week nadat wij je hebben geïnformeerd in \
                werking, tenzij een afwijkende wettelijke termijn is vereist, die dan wordt toegepast. In \
                het geval dat de wijziging van de voorwaarden leidt tot een wezenlijke wijziging van de \
                overeenkomst, dan ben je gerechtigd om tot de dag waarop de wijzigingen in werking treden \
                de overeenkomst op te zeggen tegen de dag waarop de wijziging in werking treedt.
                """,
            summary: """
                Second paragraph: changes take effect one month and one week after the parent is informed, \
                unless the law requires another period; if a change materially alters the contract, the \
                parent may terminate up to the day the change takes effect, as of that day. The caller \
                supplies the date the parent was informed and whether the change is material.
                """,
            decidability: .decidable),
    ]
}
