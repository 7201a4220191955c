extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the contract rules of `Contracts/` (signing, consent, cancelling, changing, price and terms changes, notice and termination) decide first.
    ///
    /// From the TSO terms, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let contractsClauses: [Clause] = [
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
