extension ClauseRegistry {
    /// The sections of the app privacy statement (2024), in document order.
    static let appPrivacyClauses: [Clause] = [
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
    ]
}

extension ClauseRegistry {
    /// The sections of the earlier, undated portal privacy statement, in document order.
    static let portalPrivacyClauses: [Clause] = [
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
