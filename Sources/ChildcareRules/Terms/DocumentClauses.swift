extension ClauseRegistry {
    /// The clauses, quoted verbatim per edition, that sit with no rule of an area folder: the lead-in of a document, clauses a library cannot decide, and decidable clauses no rule implements yet.
    ///
    /// A clause lives in the folder of the first rule that cites it; when a rule comes to cite one of
    /// these, its text moves to that rule's folder. ``ClauseRegistry/all`` puts every clause back in the
    /// order of its document.
    static let documentClauses: [Clause] = [
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
            TermsEdition.appPrivacy2024.cite(section: "Inleiding"),
            text: """
                Via de Ouderapp van Partou (webportaal en app) kun je op eenvoudige wijze communiceren met \
                Partou over de verzorging, de opvang en het welzijn van jouw kind. Bij het gebruik van de \
                Ouderapp worden persoonsgegevens van jou en jouw kind verwerkt. Partou hecht veel waarde \
                aan jullie privacy. Partou waarborgt deze privacy onder meer door strikte naleving van de \
                Algemene Verordening Gegevensbescherming (AVG). Partou zal zorgvuldig en discreet met de \
                door jou verstrekte gegevens omgaan. In dit document legt Partou je graag uit hoe en voor \
                welk doel persoonsgegevens worden verwerkt in de Ouderapp.
                """,
            summary: """
                Introduction: personal data of the parent and child are processed when the app is used; \
                Partou values privacy, complies strictly with the GDPR (AVG) and explains how and why data \
                are processed.
                """,
            decidability: .notDecidable(
                reason: """
                    an introduction stating Partou's commitment to the GDPR; it sets no condition or \
                    consequence a rule could apply
                    """)),
        Clause(
            TermsEdition.appPrivacy2024.cite(
                section: "De doelstellingen van de verwerking van persoonsgegevens"),
            text: """
                De verwerking van persoonsgegevens door Partou vindt plaats ter uitvoering van de \
                opvangovereenkomst en het onderhouden van een directe (klant)relatie met jou. Hiermee \
                kunnen we de zorg voor jouw kind te verbeteren en faciliteren, door jou en de medewerkers \
                in staat te stellen op eenvoudige wijze informatie in te voeren en te delen. Door de \
                uitwisseling van informatie over jouw kind, de groep en het kinderverblijf kun je op ieder \
                gewenst moment op de hoogte blijven. Dankzij de foto’s en verslagen die je ontvangt kun je \
                de dag mee beleven. Hierdoor krijg je meer inzicht in de dagelijkse gang van zaken op de \
                locatie.
                """,
            summary: """
                Partou processes personal data to perform the care contract and maintain a direct customer \
                relationship, and to improve and facilitate the child's care by letting parents and staff \
                enter and share information, photos and reports.
                """,
            decidability: .notDecidable(
                reason: """
                    the purposes of processing are descriptive; whether a given processing serves them is \
                    a judgement for Partou and a supervisory authority, not a computation
                    """)),
        Clause(
            TermsEdition.appPrivacy2024.cite(section: "Beveiliging"),
            text: """
                Alle (persoons)gegevens, die via de Ouderapp worden verzameld, worden in een beveiligde \
                omgeving opgeslagen. Wij doen ons uiterste best om te voorkomen dat onbevoegden toegang \
                krijgen tot uw gegevens. Wij raden u aan bij gebruik van de Ouderapp voorzorgsmaatregelen \
                te nemen ter bescherming van de privacy van u en jouw kind, zoals het regelmatig wijzigen \
                van wachtwoorden en het gebruik van een beveiligde browser. Je bent zelf verantwoordelijk \
                voor het vertrouwelijk houden van jouw login gegevens.
                """,
            summary: """
                Data are stored in a secure environment and Partou does its utmost to prevent unauthorised \
                access; users are advised to take precautions such as changing passwords and are \
                responsible for keeping their login details confidential.
                """,
            decidability: .notDecidable(
                reason: """
                    security is a best-efforts commitment with no measurable standard; whether Partou did \
                    its utmost cannot be computed
                    """)),
        Clause(
            TermsEdition.appPrivacy2024.cite(section: "Instemming met privacyverklaring"),
            text: """
                Partou kan te allen tijde haar privacybeleid wijzigen. Wijzigingen in de privacyverklaring \
                zullen tijdig bekend worden gemaakt. Indien je je registreert voor het gebruik van de \
                Ouderapp, ga je daarmee akkoord met de toekomstige versies van de privacyverklaring en de \
                gebruikersvoorwaarden.
                """,
            summary: """
                Partou may change its privacy policy at any time and will announce changes in time; by \
                registering for the app the user agrees to future versions of the privacy statement and \
                the terms of use. The caller supplies the registration date and the versions.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.appPrivacy2024.cite(section: "Verzoeken en contact"),
            text: """
                Voor al jouw verzoeken en andere vragen of opmerkingen kun je terecht bij onze afdeling \
                Customer support (nu: klantenservice@partou.nl / vanaf 1 maart 2024: support@partou.nl). \
                Ten aanzien van overige rechten van de gebruikers zoals bijvoorbeeld het verzoek tot \
                verwijderen van je gegevens, verwijst Partou naar haar Privacystatement Partou.
                """,
            summary: """
                Requests and questions go to customer support (klantenservice@partou.nl, from 1 March 2024 \
                support@partou.nl); for other rights, such as erasure, the statement refers to Partou's \
                general privacy statement. The caller supplies the date of the request.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.portalPrivacy.cite(section: "Inleiding"),
            text: """
                Door Partou B.V (hierna: Partou) wordt het ouderportaal van Konnect (webportaal en app) \
                gebruikt (hierna: het ouderportaal). Hiermee kunt u op eenvoudige wijze communiceren met \
                Partou over de verzorging, de opvang en het welzijn van uw kind. Bij het gebruik van het \
                ouderportaal worden persoonsgegevens van u en uw kind verwerkt. Partou hecht veel waarde \
                aan de privacy van u en uw kind. Partou waarborgt deze privacy onder meer door strikte \
                naleving van de Algemene Verordening Gegevensbescherming (AVG). Partou zal zorgvuldig en \
                discreet met de door u verstrekte gegevens omgaan. In dit document legt Partou u graag uit \
                hoe en voor welk doel persoonsgegevens worden verwerkt in het ouderportaal.
                """,
            summary: """
                Introduction: Partou uses the Konnect parent portal (web portal and app) to communicate \
                about the child; personal data are processed, Partou complies strictly with the GDPR (AVG) \
                and explains how and why.
                """,
            decidability: .notDecidable(
                reason: """
                    an introduction stating Partou's commitment to the GDPR; it sets no condition or \
                    consequence a rule could apply
                    """)),
        Clause(
            TermsEdition.portalPrivacy.cite(section: "Privacy en toestemming"),
            text: """
                De eerste keer dat u in het systeem inlogt, kunt u toestemming geven voor het gebruik van \
                foto's en het gebruik van het dagboek (schriftelijke verslagen over uw kind) in het \
                ouderportaal. Het is daarom van belang dat u dit document aandachtig doorleest. Indien u \
                geen toestemming geeft voor het gebruik van foto's en/of het dagboek kunt u het systeem \
                alleen gebruiken voor het raadplegen van informatie over de vestiging, het ontvangen van \
                nieuwsbrieven en algemene nieuwsberichten van uw vestiging, het afmelden van uw kind en \
                het verzenden van digitale berichten aan de medewerkers van de groep van uw kind. Let op, \
                deze privacyverklaring heeft alleen betrekking op handelingen die door Partou worden \
                verricht. Indien u bijvoorbeeld met behulp van het ouderportaal persoonsgegevens aan \
                derden verstrekt, bent u daarvoor zelf verantwoordelijk. Partou heeft met Konnect een \
                verwerkerovereenkomst afgesloten teneinde ervoor zorg te dragen, dat Konnect als verwerker \
                zorgvuldig met uw persoonsgegevens omgaat. De privacyverklaring van Konnect vindt u hier.
                """,
            summary: """
                At first login the parent can consent to photos and the diary; without it the portal can \
                be used only to consult location information, receive newsletters and news, report the \
                child absent and message the group's staff. The statement covers only Partou's own acts; a \
                parent who shares data with others is responsible for that. Partou has a processor \
                agreement with Konnect. The caller supplies the consents given.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.portalPrivacy.cite(
                section: "De doelstellingen van de verwerking van persoonsgegevens"),
            text: """
                De verwerking van uw persoonsgegevens door Partou vindt plaats met het oog op het \
                verbeteren en faciliteren van de zorg voor uw kind, door u en de medewerkers in staat te \
                stellen op eenvoudige wijze informatie in te voeren en te delen. Door de uitwisseling van \
                informatie over uw kind, de groep en het kinderverblijf kunt u op ieder gewenst moment op \
                de hoogte blijven. Dankzij de foto's en verslagen die u ontvangt kunt u de dag mee \
                beleven. Hierdoor krijgt u meer inzicht in de dagelijkse gang van zaken op het \
                kinderverblijf. Als u daar toestemming voor hebt gegeven kan het ouderportaal ook worden \
                gebruikt om foto's van uw kind uit te wisselen. Het is in dat geval denkbaar dat uw kind \
                op een groepsfoto komt te staan en dat die groepsfoto ook aan andere ouders wordt \
                gezonden. Partou heeft natuurlijk geen zeggenschap op of controle over de wijze waarop u \
                of andere ouders met dergelijke foto's om gaan. U wordt verzocht groepsfoto's niet te \
                verspreiden of anderszins openbaar te maken. Als u het onwenselijk vindt dat foto's van uw \
                kind worden gemaakt en/of gedeeld, kunt u uw toestemming te allen tijde intrekken. In het \
                ouderportaal kunt u uw keuze op ieder moment wijzigen. Tot slot worden de door u opgegeven \
                contactgegevens door Partou verwerkt met het oog op het uitvoeren van de overeenkomst en \
                het onderhouden van een directe (klant)relatie met u.
                """,
            summary: """
                Partou processes personal data to improve and facilitate the child's care, to exchange \
                photos (including group photos) where consent is given, which can be withdrawn at any \
                time, and to perform the contract and maintain a customer relationship.
                """,
            decidability: .notDecidable(
                reason: """
                    the purposes of processing are descriptive; whether a given processing serves them, \
                    and how other parents handle group photos, are not computations (consent withdrawal is \
                    covered by 'Privacy en toestemming')
                    """)),
        Clause(
            TermsEdition.portalPrivacy.cite(section: "Beveiliging"),
            text: """
                Alle (persoons)gegevens, die via het ouderportaal worden verzameld, worden in een \
                beveiligde omgeving opgeslagen. Wij doen ons uiterste best om te voorkomen dat onbevoegden \
                toegang krijgen tot uw gegevens. Wij raden u aan bij gebruik van het ouderportaal \
                voorzorgsmaatregelen te nemen ter bescherming van de privacy van u en uw kind, zoals het \
                regelmatig wijzigen van wachtwoorden en het gebruik van een beveiligde browser. U bent \
                zelf verantwoordelijk voor het vertrouwelijk houden van uw login gegevens.
                """,
            summary: """
                Data are stored in a secure environment and Partou does its utmost to prevent unauthorised \
                access; users are advised to take precautions and are responsible for keeping their login \
                details confidential.
                """,
            decidability: .notDecidable(
                reason: """
                    security is a best-efforts commitment with no measurable standard; whether Partou did \
                    its utmost cannot be computed
                    """)),
        Clause(
            TermsEdition.portalPrivacy.cite(section: "Instemming met privacyverklaring"),
            text: """
                Partou kan te allen tijde haar privacybeleid wijzigen. Wijzigingen in de privacyverklaring \
                zullen tijdig bekend worden gemaakt. Indien u zich registreert voor het gebruik van het \
                ouderportaal, gaat u akkoord met de privacyverklaring zoals die op dat moment geldt.
                """,
            summary: """
                Partou may change its privacy policy at any time and will announce changes in time; by \
                registering for the portal the user agrees to the privacy statement as it stands at that \
                moment. The caller supplies the registration date.
                """,
            decidability: .decidable),
        Clause(
            TermsEdition.portalPrivacy.cite(section: "Contact"),
            text: """
                Voor al uw verzoeken en andere vragen of opmerkingen kunt u terecht bij onze \
                klantenservice.
                """,
            summary: """
                Requests, questions and remarks go to customer service (klantenservice); no address or \
                period is stated here. The caller supplies the channel of a request.
                """,
            decidability: .decidable),
    ]
}
