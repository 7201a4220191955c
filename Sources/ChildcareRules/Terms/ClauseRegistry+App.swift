extension ClauseRegistry {
    /// The clauses of the app terms (1 January 2024), in document order.
    static let appClauses: [Clause] = [
        Clause(
            TermsEdition.app2024.cite("1"),
            text: """
                Deze voorwaarden zijn van toepassing op elk gebruik van de Ouderapp van Partou (webportaal \
                en app), hierna ‘de Ouderapp’. De Ouderapp is het online communicatieplatform dat Partou, \
                statutair gevestigd te Amsterdam en kantoorhoudende te Vianen aan de Sportlaan 1, \
                kosteloos aanbiedt aan ouders om hen goed op de hoogte te houden over de opvang van hun \
                kind. Uitgangspunt van Partou bij het gebruik van de Ouderapp is gelijke \
                informatieverstrekking aan beide ouders met ouderlijk gezag.
                """,
            summary: """
                These terms apply to every use of Partou's parent app (web portal and app), a free \
                communication platform for parents; Partou's starting point is equal information for both \
                parents with parental authority.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("2"),
            text: """
                Het gebruik van de Ouderapp is alleen toegestaan voor geautoriseerde gebruikers van \
                Partou. Onder geautoriseerde gebruiker (hierna: de gebruiker) wordt verstaan: a. de \
                contractouder (en eventueel de andere ouder met gezag die om toegang tot de Ouderapp \
                verzoekt) én; b. deze als gebruiker door Partou is geïdentificeerd én; c. de gebruiker \
                heeft ingestemd met deze gebruiksvoorwaarden.
                """,
            summary: """
                Only authorised users may use the app: the contract parent (and any other parent with \
                authority who asks for access), identified by Partou as a user, who has accepted these \
                terms. All three conditions in sub a to c must hold.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("2", sub: "a"),
            text: """
                de contractouder (en eventueel de andere ouder met gezag die om toegang tot de Ouderapp \
                verzoekt) én;
                """,
            summary: """
                First condition for an authorised user: the person is the contract parent, or the other \
                parent with parental authority who has asked for access.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("2", sub: "b"),
            text: "deze als gebruiker door Partou is geïdentificeerd én;",
            summary: """
                Second condition: Partou has identified the person as a user. The caller supplies whether \
                identification took place.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("2", sub: "c"),
            text: "de gebruiker heeft ingestemd met deze gebruiksvoorwaarden.",
            summary: "Third condition: the user has accepted these terms.",
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("3"),
            text: """
                Er zijn twee versies van de Ouderapp voor de volgende situaties: Versie 1: Contractouder \
                en andere ouder met ouderlijk gezag vormen een gezin; Versie 2: Contractouder en andere \
                ouder met ouderlijk gezag vormen niet (meer) een gezin. Bij deze versies is de informatie \
                over het kind en de locatie hetzelfde. Alleen heeft de andere ouder bij versie 2. geen \
                inzicht in de persoonlijke (contract)gegevens van de contractouder en zijn er geen \
                mogelijkheden om wijzigingen aan te brengen in de opvang. Indien beide ouders versie 1 van \
                de Ouderapp hebben en eerst een gezin vormden maar inmiddels niet meer, behoudt de andere \
                ouder versie 1 van de Ouderapp tenzij de contractouder Partou informeert hiervoor geen \
                toestemming meer te geven. In dat geval eindigt de toegang tot versie 1 van de Ouderapp en \
                krijgt de andere ouder automatisch toegang tot versie 2 van de Ouderapp. De andere ouder \
                krijgt toegang krijgt tot versie 2 van de Ouderapp als hij/zij dit bij Partou verzoekt. \
                Alleen in de situatie dat de contractouder aantoont dat de veiligheid van het kind en/of \
                de contractouder in het geding komt door toegang van de andere ouder tot versie 2 van de \
                Ouderapp, kan Partou besluiten de toegang aan de andere ouder weigeren. Het besluit \
                hiertoe is geheel aan Partou voorbehouden op basis van de door de contractouder verstrekte \
                informatie. Nu de andere ouder ouderlijk gezag heeft en geen privégegevens van de \
                contractouder kan zien, hanteert Partou hierbij een zeer strenge toets. Het gebruik van de \
                Ouderapp is strikt persoonlijk. Je registreert je met je persoonlijke e-mailadres en \
                wachtwoord combinatie. Daarnaast ben je zelf verantwoordelijk voor het veilig bewaren van \
                deze inloggegevens en voor de internetverbinding, het randapparaat, de browser en \
                eventuele andere voorzieningen die noodzakelijk zijn om toegang te krijgen tot de \
                applicatie en hiervan gebruik te kunnen maken.
                """,
            summary: """
                There are two app versions: version 1 where the contract parent and the other parent with \
                authority form one family, version 2 where they do not (any longer); the article sets what \
                version 2 hides, the rules on separation, access on request and refusal for safety, and \
                that use is strictly personal. Its paragraphs are cited as lid 1 to 6.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("3", lid: 1),
            text: """
                Er zijn twee versies van de Ouderapp voor de volgende situaties: Versie 1: Contractouder \
                en andere ouder met ouderlijk gezag vormen een gezin; Versie 2: Contractouder en andere \
                ouder met ouderlijk gezag vormen niet (meer) een gezin.
                """,
            summary: """
                First paragraph (definitions): version 1 is for a contract parent and other parent with \
                authority who form one family; version 2 is for parents who do not (any longer) form one \
                family.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("3", lid: 2),
            text: """
                Bij deze versies is de informatie over het kind en de locatie hetzelfde. Alleen heeft de \
                andere ouder bij versie 2. geen inzicht in de persoonlijke (contract)gegevens van de \
                contractouder en zijn er geen mogelijkheden om wijzigingen aan te brengen in de opvang.
                """,
            summary: """
                Second paragraph (difference): both versions show the same information about the child and \
                the location, but in version 2 the other parent cannot see the contract parent's personal \
                (contract) data and cannot make changes to the care.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("3", lid: 3),
            text: """
                Indien beide ouders versie 1 van de Ouderapp hebben en eerst een gezin vormden maar \
                inmiddels niet meer, behoudt de andere ouder versie 1 van de Ouderapp tenzij de \
                contractouder Partou informeert hiervoor geen toestemming meer te geven. In dat geval \
                eindigt de toegang tot versie 1 van de Ouderapp en krijgt de andere ouder automatisch \
                toegang tot versie 2 van de Ouderapp.
                """,
            summary: """
                Third paragraph (separation rule): if both parents had version 1 and no longer form a \
                family, the other parent keeps version 1 unless the contract parent tells Partou they no \
                longer consent; access to version 1 then ends and the other parent automatically gets \
                version 2. The caller supplies whether consent was withdrawn.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("3", lid: 4),
            text: """
                De andere ouder krijgt toegang krijgt tot versie 2 van de Ouderapp als hij/zij dit bij \
                Partou verzoekt.
                """,
            summary: """
                Fourth paragraph (version 2 on request): the other parent gets access to version 2 on \
                request to Partou.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("3", lid: 5),
            text: """
                Alleen in de situatie dat de contractouder aantoont dat de veiligheid van het kind en/of \
                de contractouder in het geding komt door toegang van de andere ouder tot versie 2 van de \
                Ouderapp, kan Partou besluiten de toegang aan de andere ouder weigeren. Het besluit \
                hiertoe is geheel aan Partou voorbehouden op basis van de door de contractouder verstrekte \
                informatie. Nu de andere ouder ouderlijk gezag heeft en geen privégegevens van de \
                contractouder kan zien, hanteert Partou hierbij een zeer strenge toets.
                """,
            summary: """
                Fifth paragraph (refusal for safety): only if the contract parent shows that the other \
                parent's access to version 2 endangers the safety of the child or the contract parent may \
                Partou refuse it; the decision is entirely Partou's, on the information the contract \
                parent provides, under a very strict test.
                """,
            decidability: .notDecidable(
                reason: """
                    whether the safety of the child or the contract parent is at stake, and whether to \
                    refuse access, is entirely Partou's decision under a very strict test the terms do not \
                    define; a library can record that decision but cannot make it
                    """)),
        Clause(
            TermsEdition.app2024.cite("3", lid: 6),
            text: """
                Het gebruik van de Ouderapp is strikt persoonlijk. Je registreert je met je persoonlijke \
                e-mailadres en wachtwoord combinatie. Daarnaast ben je zelf verantwoordelijk voor het \
                veilig bewaren van deze inloggegevens en voor de internetverbinding, het randapparaat, de \
                browser en eventuele andere voorzieningen die noodzakelijk zijn om toegang te krijgen tot \
                de applicatie en hiervan gebruik te kunnen maken.
                """,
            summary: """
                Sixth paragraph (personal use): use of the app is strictly personal, with the user's own \
                e-mail address and password; the user is responsible for keeping the login details safe \
                and for their own connection, device and browser.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("4"),
            text: """
                Via de Ouderapp kunnen: a. (Algemene) mededelingen worden uitgewisseld tussen Partou en de \
                ouders; b. Privéberichten over de opvang en het kind worden uitgewisseld tussen Partou en \
                de ouders; c. Verzoeken voor extra opvang, inzet van ruil- en inhaaluren en dergelijke \
                gedaan worden; d. Wijzigingen doorgegeven worden. Let op: De mogelijkheden van c. en d. \
                staan alleen open voor versie 1 van de Ouderapp.
                """,
            summary: """
                The app is used to exchange general announcements and private messages about the care and \
                the child, to request extra care and the use of swap hours, and to submit changes; the \
                last two (sub c and d) are available only in version 1. The caller supplies the app \
                version.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("4", sub: "a"),
            text: "(Algemene) mededelingen worden uitgewisseld tussen Partou en de ouders;",
            summary: """
                Capability: exchanging (general) announcements between Partou and the parents, in both app \
                versions.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("4", sub: "b"),
            text: """
                Privéberichten over de opvang en het kind worden uitgewisseld tussen Partou en de ouders;
                """,
            summary: """
                Capability: exchanging private messages about the care and the child between Partou and \
                the parents, in both app versions.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("4", sub: "c"),
            text: """
                Verzoeken voor extra opvang, inzet van ruil- en inhaaluren en dergelijke gedaan worden;
                """,
            summary: """
                Capability: requesting extra care, the use of swap hours and the like; version 1 only (see \
                the "Let op" sentence of art. 4).
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("4", sub: "d"),
            text: "Wijzigingen doorgegeven worden.",
            summary: """
                Capability: submitting changes; version 1 only (see the "Let op" sentence of art. 4).
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("5"),
            text: """
                De Ouderapp biedt de mogelijkheid om (privé)berichten uit te wisselen tussen de gebruiker \
                en Partou. Het verzoek is om bij het schrijven van deze berichten de algemeen gangbare \
                normen en omgangsvormen te hanteren. Partou is gerechtigd om (privé)berichten te \
                verwijderen. Onze prioriteit ligt bij de goede opvang van de kinderen en pas daarna het \
                beantwoorden van berichten. Indien er een situatie speelt die dringend is, verzoeken wij \
                je te allen tijde telefonisch contact te zoeken met de pedagogische medewerkers van de \
                groep van jouw kind.
                """,
            summary: """
                Users and Partou can exchange (private) messages; users are asked to keep to common \
                standards of courtesy, and Partou may delete messages. Care of the children comes before \
                answering messages; urgent matters should be raised by telephone with the group's staff.
                """,
            decidability: .notDecidable(
                reason: """
                    courtesy norms for messages, Partou's power to delete them and the order in which \
                    staff answer are matters of conduct and judgement with no consequence a rule could \
                    compute
                    """)),
        Clause(
            TermsEdition.app2024.cite("6"),
            text: """
                In de Ouderapp kunnen door Partou ook groepsfoto’s worden geplaatst, waar naast jouw kind \
                ook andere kinderen op kunnen staan. Ouders wordt verzocht deze foto’s niet te verspreiden \
                of openbaar te maken en rekening te houden met de belangen van andere ouders en hun \
                kinderen. Partou kan niet verhinderen dat jij of andere ouders dergelijke foto’s openbaar \
                maken of anderszins verspreiden en is hiervoor ook niet aansprakelijk. Als je zelf \
                voornoemd risico op openbaarmaking wilt beperken, kun je jouw toestemming voor het gebruik \
                van foto’s intrekken waarmee je aangeeft dat van jouw kind geen foto’s gemaakt en/of \
                geüpload mogen worden.
                """,
            summary: """
                Partou may post group photos showing other children too; parents are asked not to spread \
                or publish them. Partou cannot prevent other parents from doing so and is not liable for \
                it; a parent can limit the risk by withdrawing consent for photos of their child.
                """,
            decidability: .notDecidable(
                reason: """
                    whether other parents spread photos is outside Partou's control and the clause \
                    disclaims liability for it; only the withdrawal of photo consent is mechanical, and \
                    the privacy statement's consent section covers that
                    """)),
        Clause(
            TermsEdition.app2024.cite("7"),
            text: """
                Partou gaat zorgvuldig om met jouw persoonsgegevens en die van jouw kind en hanteert \
                daartoe naast haar algemene privacystatement een aanvullende privacyverklaring voor de \
                Ouderapp. Beide tref je aan op de website van Partou. Partou gebruikt en registreert \
                uitsluitend die persoonsgegevens die door jou worden opgegeven dan wel zijn ingevoerd in \
                de Ouderapp. Partou zal persoonsgegevens uit de Ouderapp niet aan derden verstrekken, \
                tenzij Partou daartoe wettelijk verplicht is.
                """,
            summary: """
                Partou handles personal data with care under its general privacy statement and the app \
                privacy statement, uses only data the parent provides or enters in the app, and gives app \
                data to third parties only when required by law. The caller supplies whether a legal \
                obligation applies.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("8"),
            text: """
                Partou heeft het recht om de toegang tot de Ouderapp te weigeren, (al dan niet tijdelijk) \
                te blokkeren, te beëindigen, aan te passen of te verwijderen in het geval: 1. Partou \
                twijfelt aan de identiteit van de gebruiker; 2. Partou het vermoeden heeft van misbruik \
                van de Ouderapp; 3. De veiligheid van het kind en/of contractouder in het geding komt door \
                de in de Ouderapp verstrekte informatie; 4. De gebruiker in strijd handelt met deze \
                gebruiksvoorwaarden. Onder het in strijd handelen met deze gebruiksvoorwaarden wordt onder \
                meer verstaan: • het recht op gebruik van de Ouderapp overdragen aan derden; • de Ouderapp \
                en daarmee de werking hiervan kopiëren, wijzigen of daarvan afgeleide tools creëren; • de \
                Ouderapp gebruiken op een manier die in strijd is met de rechten en/of belangen van derden \
                en/of de goede naam van Partou schaadt.
                """,
            summary: """
                Partou may refuse, block (temporarily or not), end, adjust or remove app access in the \
                four listed cases: doubt about the user's identity, suspected misuse, danger to the child \
                or contract parent from the information in the app, and use contrary to these terms. The \
                caller supplies the ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("8", lid: 1),
            text: "Partou twijfelt aan de identiteit van de gebruiker;",
            summary: """
                Ground for blocking: Partou doubts the user's identity. The caller supplies the ground; \
                the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("8", lid: 2),
            text: "Partou het vermoeden heeft van misbruik van de Ouderapp;",
            summary: """
                Ground for blocking: Partou suspects misuse of the app. The caller supplies the ground; \
                the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("8", lid: 3),
            text: """
                De veiligheid van het kind en/of contractouder in het geding komt door de in de Ouderapp \
                verstrekte informatie;
                """,
            summary: """
                Ground for blocking: the information in the app endangers the safety of the child or the \
                contract parent. The caller supplies the ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("8", lid: 4),
            text: """
                De gebruiker in strijd handelt met deze gebruiksvoorwaarden. Onder het in strijd handelen \
                met deze gebruiksvoorwaarden wordt onder meer verstaan: • het recht op gebruik van de \
                Ouderapp overdragen aan derden; • de Ouderapp en daarmee de werking hiervan kopiëren, \
                wijzigen of daarvan afgeleide tools creëren; • de Ouderapp gebruiken op een manier die in \
                strijd is met de rechten en/of belangen van derden en/of de goede naam van Partou schaadt.
                """,
            summary: """
                Ground for blocking: the user acts contrary to these terms, including transferring the \
                right of use to others, copying or modifying the app or building derived tools, and using \
                it against the rights or interests of others or harming Partou's good name. The caller \
                supplies the ground; the library checks it is listed.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("9"),
            text: """
                De Ouderapp wordt “as is” ter beschikking gesteld. Hoewel Partou zich inspant voor \
                maximale beschikbaarheid van de Ouderapp, wordt er geen garantie gegeven voor het continu \
                beschikbaar zijn hiervan. De Ouderapp kan tijdelijk niet beschikbaar zijn door (geplande) \
                onderhoudswerkzaamheden of (onverwachte) storingen aan het systeem.
                """,
            summary: """
                The app is provided "as is"; Partou makes efforts towards maximum availability but gives \
                no guarantee of continuous availability, and planned maintenance or unexpected faults may \
                make it temporarily unavailable.
                """,
            decidability: .notDecidable(
                reason: """
                    availability is a best-efforts commitment with no measurable standard; whether an \
                    outage breaches it cannot be computed
                    """)),
        Clause(
            TermsEdition.app2024.cite("10"),
            text: """
                Partou behoudt zich het recht voor om de ter beschikkingstelling van de Ouderapp op ieder \
                moment te beëindigen, zonder gehouden te zijn tot enige vergoeding aan de gebruiker. Zodra \
                gebruiker geen klant meer is bij Partou, eindigt automatisch de toegang tot en het gebruik \
                van de Ouderapp na een termijn van 6 weken voor de gebruiker. De Ouderapp is een extra \
                service van Partou in aanvulling op het opvangcontract. De toegang tot de Ouderapp van de \
                andere ouder is afhankelijk van de toegang van de contractouder. Indien de contractouder \
                om welke reden dan ook geen gebruik (meer) maakt van de Ouderapp, eindigt daarmee ook de \
                toegang van de andere ouder. Als het gebruik van de Ouderapp eindigt, is het van belang je \
                ervan bewust te zijn dat daarmee de mogelijkheden die nodig zijn om de opvang optimaal te \
                laten verlopen, ook verminderen/eindigen.
                """,
            summary: """
                Partou may stop providing the app at any time without compensation; access ends \
                automatically 6 weeks after the user is no longer a customer; the other parent's access \
                depends on the contract parent's; and ending app use reduces or ends the services that \
                need it. Its paragraphs are cited as lid 1 to 3.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("10", lid: 1),
            text: """
                Partou behoudt zich het recht voor om de ter beschikkingstelling van de Ouderapp op ieder \
                moment te beëindigen, zonder gehouden te zijn tot enige vergoeding aan de gebruiker. Zodra \
                gebruiker geen klant meer is bij Partou, eindigt automatisch de toegang tot en het gebruik \
                van de Ouderapp na een termijn van 6 weken voor de gebruiker. De Ouderapp is een extra \
                service van Partou in aanvulling op het opvangcontract.
                """,
            summary: """
                First paragraph: Partou may end the app at any time without owing compensation; once the \
                user is no longer a customer, access and use end automatically after 6 weeks; the app is \
                an extra service on top of the care contract. The caller supplies the date the user \
                stopped being a customer.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("10", lid: 2),
            text: """
                De toegang tot de Ouderapp van de andere ouder is afhankelijk van de toegang van de \
                contractouder. Indien de contractouder om welke reden dan ook geen gebruik (meer) maakt \
                van de Ouderapp, eindigt daarmee ook de toegang van de andere ouder.
                """,
            summary: """
                Second paragraph: the other parent's access depends on the contract parent's; when the \
                contract parent no longer uses the app, for whatever reason, the other parent's access \
                ends too.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("10", lid: 3),
            text: """
                Als het gebruik van de Ouderapp eindigt, is het van belang je ervan bewust te zijn dat \
                daarmee de mogelijkheden die nodig zijn om de opvang optimaal te laten verlopen, ook \
                verminderen/eindigen.
                """,
            summary: """
                Third paragraph (warning): when app use ends, the possibilities needed for the care to run \
                well are reduced or end, such as the app-only services of TSO terms art. 1 lid 2. The \
                caller supplies whether app use has ended.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.app2024.cite("11"),
            text: """
                Partou is in geen enkel geval aansprakelijk voor enigerlei schade dat het gevolg is van, \
                of verband houdt met jouw gebruik van de Ouderapp, door welke oorzaak ook, ongeacht de \
                aansprakelijkheidsgrond die wordt aangevoerd (wanprestatie, onrechtmatige daad of \
                anderszins) Gebruiker vrijwaart Partou tegen alle aanspraken van derden die verband houden \
                met enig onrechtmatig gebruik door gebruiker van de Ouderapp. Mocht er toch sprake zijn \
                van eventuele aansprakelijkheid van Partou, dan is deze per gebeurtenis (waarbij een \
                samenhangende reeks gebeurtenissen als één gebeurtenis geldt) beperkt tot de totaal door \
                gebruiker in de betreffende maand waarin de gebeurtenis zich heeft voorgedaan aan Partou \
                betaalde vergoeding voor kinderopvang met een maximum van Euro 500,- exclusief BTW. \
                Aansprakelijkheid voor indirecte schade is geheel uitgesloten.
                """,
            summary: """
                Partou excludes liability for any damage connected with use of the app and the user \
                indemnifies Partou against third-party claims about unlawful use; any liability that \
                nonetheless exists is limited per event to the childcare fee paid in that month, at most \
                EUR 500 excluding VAT, and indirect damage is excluded.
                """,
            decidability: .notDecidable(
                reason: """
                    whether Partou is liable at all, and whether the cap holds, is for a court; the cap \
                    itself (the month's fee, at most EUR 500 excluding VAT) is computed
                    """)),
        Clause(
            TermsEdition.app2024.cite("12"),
            text: """
                Deze gebruiksvoorwaarden komen in de plaats van eerdere versies van de gebruiksvoorwaarden \
                of gebruikersovereenkomst van Partou (Smallsteps B.V. en/of Partou B.V.). Partou behoudt \
                zich het recht voor deze gebruiksvoorwaarden op elk moment eenzijdig te wijzigen. \
                Wijzigingen zullen tijdig bekend worden gemaakt en treden in werking op de in de \
                bekendmaking vermelde datum. Omdat je door het gebruik van de Ouderapp aan deze \
                wijzigingen gebonden bent, adviseren wij je deze pagina regelmatig te bezoeken om de dan \
                geldende gebruiksvoorwaarden te lezen. Indien je een wijziging in de gebruiksvoorwaarden \
                niet accepteert, kun je te allen tijde bij Partou via het onderstaande e-mailadres \
                aangeven dat je het gebruik van de Ouderapp wilt beëindigen. De gebruiksvoorwaarden worden \
                beheerst door Nederlands recht en eventuele geschillen worden uitsluitend voorgelegd aan \
                de rechtbank Midden-Nederland. Eventuele op- en/of aanmerkingen, suggesties en klachten \
                kun je schriftelijk richten aan: klantenservice@partou.nl en vanaf 1 maart 2024 aan: \
                support@partou.nl.
                """,
            summary: """
                These terms replace earlier versions; Partou may change them unilaterally at any time, \
                with changes announced in time and effective on the announced date; a user who does not \
                accept a change may end app use by e-mail. Dutch law applies, disputes go exclusively to \
                the rechtbank Midden-Nederland, and complaints go to klantenservice@partou.nl, from 1 \
                March 2024 to support@partou.nl. The caller supplies the announced effective date or the \
                date of a complaint.
                """,
            decidability: .decidable),
    ]
}
