extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that the guardianship, app-access, capability, consent and liability rules of `Access/` decide first.
    ///
    /// From the TSO terms, app terms, app privacy statement, in the order of each document; ``ClauseRegistry/all`` merges them with the other
    /// areas' clauses into document order, and another rule that cites one of them reads it from there.
    static let accessClauses: [Clause] = [
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
        Clause(
            TermsEdition.appPrivacy2024.cite(section: "Privacy en toestemming"),
            text: """
                De eerste keer dat je in het systeem inlogt, kun je toestemming geven voor het gebruik van \
                foto’s en het gebruik van het dagboek (schriftelijke verslagen over jouw kind) in de \
                Ouderapp. Het is daarom van belang dat je dit document samen met de gebruiksvoorwaarden \
                aandachtig doorleest. Indien je geen toestemming geeft voor het gebruik van foto’s en/of \
                het dagboek kun je het systeem alleen gebruiken voor het raadplegen van informatie over de \
                locatie, het ontvangen van nieuwsbrieven en algemene nieuwsberichten van jouw locatie, het \
                afmelden van je kind en het verzenden van digitale berichten aan de medewerkers van de \
                groep van je kind. Let op: deze privacyverklaring heeft alleen betrekking op informatie \
                die Partou deelt. Indien je bijvoorbeeld via de Ouderapp persoonsgegevens aan derden \
                verstrekt, ben je daarvoor zelf verantwoordelijk.
                """,
            summary: """
                At first login the parent can consent to photos and the diary; without that consent the \
                app can be used only to consult location information, receive newsletters and news, report \
                the child absent and message the group's staff. The statement covers only information \
                Partou shares; a parent who shares personal data with others through the app is \
                responsible for that. The caller supplies the consents given.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.appPrivacy2024.cite(section: "Welke gegevens?"),
            text: """
                Partou maakt onderscheid tussen een tweetal betrokkenen van wie persoonsgegevens binnen de \
                Ouderapp verwerkt worden: kinderen en ouders/verzorgers: o Kinderen: Voornamen, roepnaam, \
                achternaam, geboortedatum, geslacht, BSN (wordt niet getoond of opgeslagen in de Ouderapp, \
                wordt uitsluitend bij wijzigingen verzonden naar administratie Partou), naam \
                ouders/verzorgers (zie ouders/verzorgers), school, noodnummers, kind-notities (zoals: \
                leerontwikkeling, medische gegevens, overige gegevens, kindkenmerken, mentoren, deelname \
                Rijksvaccinatieprogramma), toestemmingen, planningsinformatie en extra aanvragen opvang, \
                aanwezigheidsinformatie, foto’s, video’s, dagverslagen (inclusief dagritme), \
                ontwikkelingsgegevens (observaties, observatieformulieren, overdracht), deelname aan \
                activiteiten, tegoeden. o Ouders/verzorgers: voornaam, achternaam, debiteurnummer, BSN \
                (wordt niet getoond of opgeslagen in de Ouderapp, wordt uitsluitend bij wijzigingen \
                verzonden naar administratie Partou), e-mailadres, foto’s, adresgegevens, telefoonnummers, \
                audit informatie (zoals geslaagde en mislukte inlogpogingen, datum/tijd van mutaties, \
                gebruikt device, IP adres), systeemvoorkeuren (voorkeurstaal, notificatie instellingen), \
                verzonden notificaties en e-mailberichten, informatie (nieuwsbrieven / berichten), \
                facturen, jaaropgaves, documenten (waaronder overeenkomsten) en deelname aan activiteiten. \
                Voor het verwerken van specifieke kindgegevens (foto’s, video’s en dagverslagen) is jouw \
                uitdrukkelijke toestemming nodig. Je kunt deze toestemming indien gewenst intrekken. Dat \
                gebeurt niet met terugwerkende kracht. Het intrekken van de toestemming heeft daarmee geen \
                gevolgen voor eerder verzamelde gegevens gedurende de periode dat wel toestemming gegeven \
                was.
                """,
            summary: """
                Lists the personal data processed for children and for parents/carers (the BSN is never \
                shown or stored in the app); photos, videos and day reports of the child need explicit \
                consent, which can be withdrawn but not retroactively, so data collected while consent was \
                given are unaffected. The caller supplies the consent history.
                """,
            decidability: .decidable),
    ]
}
