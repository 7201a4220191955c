extension InterpretationRegister {
    /// The register entries that read the guardianship and app-access clauses (``accessClauses``).
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let accessEntries: [Interpretation] = [
        Interpretation(
            id: "I-301",
            title: """
                No parental authority: the other parent has no app access; the contract parent keeps it \
                until Partou terminates
                """,
            quote:
                "de contractouder (en eventueel de andere ouder met gezag die om toegang tot de Ouderapp verzoekt)",
            alternatives: [
                Reading.Alternative(
                    id: "contract-parent-keeps-app",
                    summary:
                        "Authority matters only for the other parent; a contract parent without authority keeps version 1 until Partou terminates"
                ),
                Reading.Alternative(
                    id: "no-authority-no-access",
                    summary:
                        "Any parent without authority has no app access; losing authority ends it, and Partou may terminate (art. 8 lid 5 sub f)"
                ),
            ],
            clause: """
                App terms art. 2: "Onder geautoriseerde gebruiker wordt verstaan: a. de contractouder (en \
                eventueel de andere ouder met gezag die om toegang tot de Ouderapp verzoekt)"; TSO terms \
                art. 2 lid 3 sub d.1: "Als de andere ouder zonder ouderlijk gezag Partou verzoekt om \
                informatie over het kind, geeft Partou via de locatie de andere ouder periodiek \
                schriftelijke informatie"; art. 8 lid 5 sub f: "Als één of beide ouder(s) het gezag over het \
                kind verliest/verliezen"
                """,
            readingsConsidered: """
                1. Authority matters only for the other parent; a contract parent without authority keeps \
                the app. 2. Any parent without authority has no app access; losing authority ends it, and \
                Partou may (not must) terminate under art. 8 lid 5 sub f.
                """,
            chosen: """
                1 (changed from 2 in issue 14). The contract parent keeps version 1 without authority; the \
                other parent keeps the access that depends on it (App terms art. 10), so the other parent, \
                who may now hold sole authority, is not cut off. The decision cites art. 8 lid 5 sub f: \
                Partou may terminate with notice.
                """,
            why: """
                art. 2 sub a names "de contractouder" without a condition and attaches "met gezag" only to \
                "de andere ouder". Art. 8 lid 5 sub f gives Partou a right to terminate, with notice, not an \
                automatic end: until the contract ends the parent still pays, and TSO art. 1 lid 2–3 make \
                the app the only channel for invoices, swap hours and extra care. Reading 2 took those away \
                from a paying parent and, through art. 10, from the other parent. Reading 1 is the literal \
                one and the one most favourable to the parents (art. 6:238 lid 2 BW).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "A contract parent without authority keeps version 1 until Partou terminates (App terms art. 2 sub a; I-301)",
                        "Each ground of App terms art. 2 withholds all access (default deny)",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/GuardianshipAndConsentTests.swift",
                    [
                        "Losing authority ends app access and lets Partou terminate (art. 8 lid 5 sub f), but does not end the contract itself"
                    ]),
            ]),
        Interpretation(
            id: "I-302",
            title: "The contract parent uses the full app, reported as version 1",
            quote:
                "Alleen heeft de andere ouder bij versie 2. geen inzicht in de persoonlijke (contract)gegevens van de contractouder",
            alternatives: [
                Reading.Alternative(
                    id: "contract-parent-version-1",
                    summary: "The contract parent always has the full app, reported as version 1"),
                Reading.Alternative(
                    id: "no-version-for-contract-parent",
                    summary:
                        "The versions describe only the other parent's app, so the contract parent has no version"
                ),
            ],
            clause: """
                App terms art. 3: "Alleen heeft de andere ouder bij versie 2. geen inzicht in de \
                persoonlijke (contract)gegevens van de contractouder"
                """,
            readingsConsidered: """
                1. The versions describe only the other parent's app, so the contract parent has no version. \
                2. The contract parent always has the full app, which is version 1.
                """,
            chosen: """
                2. `version` is "1" for the contract parent, who has all 13 capabilities (subject to \
                consent, I-307).
                """,
            why: """
                the limits of version 2 are written only for "de andere ouder". The contract parent's access \
                to their own contract, requests and changes is what TSO terms art. 1 lid 2–3 promises. This \
                favours the parent.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "An active, identified contract parent with every consent sees all 13 capabilities in version 1"
                    ])
            ]),
        Interpretation(
            id: "I-303",
            title: """
                Version 1 after a separation; the contract parent is asked, and until they answer, none of \
                their data
                """,
            quote:
                "behoudt de andere ouder versie 1 van de Ouderapp tenzij de contractouder Partou informeert hiervoor geen toestemming meer te geven",
            alternatives: [
                Reading.Alternative(
                    id: "ask-on-separation",
                    summary:
                        "As reading 2, and on a recorded separation Partou asks the contract parent; until they answer, none of their data is shown"
                ),
                Reading.Alternative(
                    id: "family-status-only", summary: "Version 1 follows the current family status only"),
                Reading.Alternative(
                    id: "consent-while-family-or-separated",
                    summary:
                        "Version 1 holds while the parents form or formed a family, as long as the contract parent consents; withdrawal any time"
                ),
                Reading.Alternative(
                    id: "withdrawal-after-reported-separation",
                    summary: "As reading 2, but a withdrawal only counts after a reported separation"),
            ],
            clause: """
                App terms art. 3: "Indien beide ouders versie 1 van de Ouderapp hebben en eerst een gezin \
                vormden maar inmiddels niet meer, behoudt de andere ouder versie 1 van de Ouderapp tenzij de \
                contractouder Partou informeert hiervoor geen toestemming meer te geven"; TSO terms art. 2 \
                lid 3 sub d.3
                """,
            readingsConsidered: """
                1. Version 1 follows the current family status only. 2. Version 1 holds while the parents \
                form a family, or formed one and separated ("niet (meer)"), as long as the contract parent \
                consents. A withdrawal works at any time. 3. As 2, but a withdrawal only counts after a \
                reported separation. 4. As 2, and when a separation is recorded Partou asks the contract \
                parent to confirm or withdraw; until the answer, the other parent keeps version 1 but sees \
                none of the contract parent's private and contract data (deny by default).
                """,
            chosen: """
                4 (issue 14 adds the prompt to reading 2). `family=no, separated=no` gives version 2. A \
                reported separation (`separation-reported`) sets `v1ConfirmationPending`, addresses \
                `v1ConfirmationAsked` to the contract parent, and withholds `contractParentData` and \
                `invoices` from the other parent until `v1-consent-confirmed` (all back) or \
                `v1-consent-withdrawn` (version 2). A separation given as a fact (`separated: true`) is \
                taken as already answered.
                """,
            why: """
                art. 3 keeps version 1 "tenzij de contractouder Partou informeert": the contract parent can \
                only inform Partou once they know the question is open. The data at stake is the contract \
                parent's own (address, contract, invoices) and after a separation it would reach an \
                ex-partner; the AVG requires data protection by default (art. 25 lid 2 AVG), so in the gap \
                the contract parent's new data is not shown. The other parent keeps everything about the \
                child ("gelijke informatieverstrekking", TSO art. 2 lid 3 sub c), so they lose nothing the \
                terms give them.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "The other parent's version follows family, separation and the contract parent's consent"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessMachineTests.swift",
                    [
                        "The other parent in a family: request, identity, terms → version 1; separation keeps it; withdrawal → version 2"
                    ]),
            ]),
        Interpretation(
            id: "I-304",
            title: "The right to information is never silent: every refusal or reduction names it",
            quote:
                "altijd recht op informatie over “belangrijke feiten en omstandigheden die de persoon van het kind of diens verzorging en opvoeding betreffen”, ook al heeft de andere ouder geen ouderlijk gezag over het kind",
            alternatives: [
                Reading.Alternative(
                    id: "every-refusal-names-right",
                    summary:
                        "Any parent whose app access is refused or reduced keeps the right to written information, and every such decision says so"
                ),
                Reading.Alternative(
                    id: "only-parent-without-authority",
                    summary:
                        "Only a parent without authority gets the periodic written information of sub d.1, and only the information rule says so"
                ),
            ],
            clause: """
                TSO terms art. 2 lid 3 sub c: "Een andere ouder heeft volgens artikel 1:377c van het \
                Burgerlijk Wetboek altijd recht op informatie over “belangrijke feiten en omstandigheden die \
                de persoon van het kind of diens verzorging en opvoeding betreffen”, ook al heeft de andere \
                ouder geen ouderlijk gezag over het kind."; sub d.1: "geeft Partou via de locatie de andere \
                ouder periodiek schriftelijke informatie"
                """,
            readingsConsidered: """
                1. Only a parent without authority gets the periodic written information of sub d.1, and \
                only the information rule says so. 2. Any parent whose app access is refused or reduced \
                (without authority, refused on safety grounds, blocked in full or in part, on version 2, \
                after the end of the app) keeps the right to written information, and every such decision \
                says so: what to ask for, from whom (the location), and the only lawful ground for \
                withholding it.
                """,
            chosen: """
                2. `AccessOutcome.informationRight` (typed: `information`, `from`, `withholdingGround: \
                .childsInterest`) is set on every refusal or reduction, rendered in Dutch and English in the \
                reason and in the command's JSON.
                """,
            why: """
                sub c says "altijd" (always) and holds "ook al heeft de andere ouder geen ouderlijk gezag", \
                so it holds a fortiori for a parent with authority. Art. 1:377c BW lets the holder of the \
                information refuse it only where "het belang van het kind zich tegen het verstrekken van de \
                informatie verzet" (or where it would not give it to the parent with authority either); a \
                block of the app, a safety refusal or the end of the customer relationship is not such a \
                ground by itself. A right the parent is not told of is of little use to them; naming it \
                costs no one anything.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    ["Every refusal or reduction names the information right, in Dutch and English (I-304)"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/GuardianshipAndConsentTests.swift",
                    [
                        "An other parent refused the app on safety grounds keeps the right to written information (I-304)"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AccessStateSearchTests.swift",
                    [
                        "Always: every safety property holds in every reachable state (failures print their trace)"
                    ]),
            ]),
        Interpretation(
            id: "I-305",
            title: """
                Counting the 6 weeks: from the day the parent is no longer a customer of any contract; day \
                42 ends the use of the app
                """,
            quote:
                "Zodra gebruiker geen klant meer is bij Partou, eindigt automatisch de toegang tot en het gebruik van de Ouderapp na een termijn van 6 weken",
            alternatives: [
                Reading.Alternative(
                    id: "days-0-to-41-from-last-contract",
                    summary:
                        "Use on days 0–41 (the 42 days of 6 weeks), day 0 being the first day the parent has no contract at all with Partou"
                ),
                Reading.Alternative(id: "through-day-42", summary: "Access lasts through day 42 inclusive"),
                Reading.Alternative(
                    id: "day-0-per-contract",
                    summary:
                        "Day 0 is the first day without the contract at hand, even while another of the parent's contracts runs"
                ),
            ],
            clause: """
                App terms art. 10: "Zodra gebruiker geen klant meer is bij Partou, eindigt automatisch de \
                toegang tot en het gebruik van de Ouderapp na een termijn van 6 weken"
                """,
            readingsConsidered: """
                1. Access through day 42 inclusive. 2. Use on days 0–41, the 42 days of 6 weeks. None from \
                day 42. For day 0: a. the first day without the contract at hand; b. the first day on which \
                the parent has no contract at all with Partou ("geen klant meer").
                """,
            chosen: """
                2 and b (b added in issue 14). `--days-after-end N` counts from day 0, the first day the \
                user is no longer a customer: the day after the last day of the parent's last contract \
                (I-202). In the engine, `customer-relationship-ended` changes nothing while one of the \
                parent's contracts (for the other parent, one of the family's) still runs, and says so; \
                `Retention.customerRelationshipEnd(lastDays:)` gives day 0 for a set of contracts. \
                `AppAccess.lastDayWithAccess == 41`.
                """,
            why: """
                "geen klant meer" is about the person, not about one contract; a parent with a sibling still \
                in care is still a customer and still needs the app for that child (TSO art. 1 lid 2–3). \
                Counting from the first day without a contract gives the parent 6 full weeks.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "Access ends 6 weeks after the customer relationship: days 0 to 41 have access, day 42 does not"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractEndTests.swift",
                    ["Retention counts day 0 from the first day without a contract: the last day + 1 (I-305)"]
                ),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    [
                        "The customer relationship ends with the parent's last contract, across all of them (I-305)"
                    ]),
            ]),
        Interpretation(
            id: "I-306",
            title: """
                The 8 weeks of visibility hold: use of the app ends at 6 weeks, the child's data stays \
                visible and downloadable through day 55
                """,
            quote:
                "Na beëindiging van het opvangcontract zijn de gegevens van jouw kind(eren) nog 8 weken zichtbaar voor jou en onze medewerkers.",
            alternatives: [
                Reading.Alternative(
                    id: "use-6-weeks-data-visible-8",
                    summary:
                        "Use of the app ends at 6 weeks; the child's data stays visible and downloadable for the parent through day 55"
                ),
                Reading.Alternative(
                    id: "app-lasts-8-weeks",
                    summary: "All of the app lasts 8 weeks; the privacy statement wins"),
                Reading.Alternative(
                    id: "staff-visible-on-request",
                    summary:
                        "App access ends at 6 weeks; through day 55 the data is visible to staff and the parent can ask customer support for it"
                ),
                Reading.Alternative(
                    id: "access-ends-6-weeks", summary: "App access ends at 6 weeks and nothing more"),
            ],
            clause: """
                App terms art. 10 (6 weeks, above) against the App privacy statement, "Bewaren van \
                persoonsgegevens": "Na beëindiging van het opvangcontract zijn de gegevens van jouw \
                kind(eren) nog 8 weken zichtbaar voor jou en onze medewerkers. Zo ben je bijvoorbeeld in de \
                gelegenheid om het dagboek en/of foto's van jouw kind te downloaden."
                """,
            readingsConsidered: """
                1. All of the app lasts 8 weeks (the privacy statement wins). 2. App access ends at 6 weeks; \
                through day 55 the data is visible to the staff and the parent can ask customer support for \
                it. 3. The use of the app (messages, requests, absence, changes, invoices) ends at 6 weeks \
                (art. 10); the child's data (child information, photos and the diary, as consent allows) \
                stays visible to the parent in the app, for download, through day 55; nothing from day 56 \
                (archived). 4. App access ends at 6 weeks and nothing more.
                """,
            chosen: """
                3 (changed from 2 in issue 14). Days 42–55 give the outcome `visibleOnly` \
                (`AccessGrantRule.visibleAfterEnd`); from day 56 no access, and the reason says that \
                archived data can still be inspected, corrected or erased on request until it is destroyed \
                (I-315).
                """,
            why: """
                the statement promises visibility "voor jou", with a download, not a request; reading 2 \
                replaced that promise by a channel the statement does not name and that did not work (a \
                request received on day 42 was due after archiving began). Both documents are Partou's own; \
                read together, art. 10 ends the use of the app and the statement keeps the child's data in \
                view for the two weeks after, which gives each text a meaning and is the reading most \
                favourable to the parent (art. 6:238 lid 2 BW).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "Days 42 to 55 keep the child's data visible and downloadable, as the privacy statement promises (I-306)"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    [
                        "The retention phases agree with app access: use of the app to day 41, the data visible to day 55"
                    ]),
            ]),
        Interpretation(
            id: "I-307",
            title: """
                "Geen toestemming voor foto's en/of het dagboek": refusing consent costs only photos and the \
                diary; earlier data stays
                """,
            quote:
                "Indien je geen toestemming geeft voor het gebruik van foto's en/of het dagboek kun je het systeem alleen gebruiken voor het raadplegen van informatie over de locatie",
            alternatives: [
                Reading.Alternative(
                    id: "each-consent-own-feature",
                    summary:
                        "Each consent gates only its own feature; after a withdrawal, what was collected with consent stays visible until erased"
                ),
                Reading.Alternative(
                    id: "basic-uses-only", summary: "Missing either consent leaves only the four basic uses"),
                Reading.Alternative(
                    id: "no-consent-basic-uses",
                    summary:
                        "With no consent at all only the basic uses; with one consent, everything except the other"
                ),
                Reading.Alternative(
                    id: "withdrawal-removes-earlier",
                    summary: "On withdrawal, earlier photos and diary entries disappear with the consent"),
            ],
            clause: """
                App privacy statement, "Privacy en toestemming": "Indien je geen toestemming geeft voor het \
                gebruik van foto's en/of het dagboek kun je het systeem alleen gebruiken voor het raadplegen \
                van informatie over de locatie, het ontvangen van nieuwsbrieven en algemene nieuwsberichten \
                van jouw locatie, het afmelden van je kind en het verzenden van digitale berichten aan de \
                medewerkers"; "Het intrekken van de toestemming heeft daarmee geen gevolgen voor eerder \
                verzamelde gegevens gedurende de periode dat wel toestemming gegeven was."; TSO terms art. 1 \
                lid 2: "Indien je geen gebruik maakt van de ouderapp, heb je geen direct inzicht in je \
                gegevens en facturen en vervalt de mogelijkheid om services, zoals onder meer het aanvragen \
                van extra opvang en het verkrijgen van ruil- en inhaaluren, af te nemen."
                """,
            readingsConsidered: """
                1. Missing either consent leaves only the four basic uses. 2. Each consent gates only its \
                own feature. 3. With no consent at all, only the basic uses; with one consent, everything \
                except the other. For withdrawal: a. earlier photos disappear with the consent; b. photos \
                and entries collected while consent held stay visible (no new ones), until erased on \
                request.
                """,
            chosen: """
                2 and b (changed from 3 and a in issue 14). Without photo consent there are no (new) photos, \
                without diary consent no diary; invoices, contract data, child information, requests, swap \
                hours and changes never depend on consent (`Capability.withoutConsent`). After a withdrawal \
                `earlierPhotos` / `earlierDiary` show what was collected while consent held, until \
                `earlier-photos-erased` (art. 17 lid 1 sub b AVG). An erasure removes the child's data \
                itself, so it reaches every parent of the case, whoever asked for it, with a decision for each \
                parent whose access changes (before issue 15 the other parent still saw the erased photos).
                """,
            why: """
                consent is not freely given when the performance of a contract is made conditional on \
                consent that the contract does not need (art. 7 lid 4 AVG), and TSO art. 1 lid 2–3 make the \
                app the only channel for invoices, extra care and swap hours, so reading 1 or 3 would make \
                refusing consent cost the contract's services. The statement's list describes what the \
                system offers without media, not a sanction. The statement itself says a withdrawal has \
                "geen gevolgen voor eerder verzamelde gegevens" and the AVG agrees (art. 7 lid 3); the \
                parent who wants them gone can ask for erasure.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "Refusing consent removes only photos and the diary, never a service of the contract (I-307)",
                        "Consent for only one of photos and the diary withholds only that one (I-307)",
                        "A withdrawal keeps what was collected with consent, but adds nothing new (I-307)",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/EngineErasureTests.swift",
                    [
                        "Photos erased at one parent's request are gone for the other parent too, with a decision addressed to them (I-307)"
                    ]),
            ]),
        Interpretation(
            id: "I-308",
            title: """
                Consent is explicit, given by a parent with authority, and one answer per child: a refusal \
                wins
                """,
            quote:
                "Voor het verwerken van specifieke kindgegevens (foto's, video's en dagverslagen) is jouw uitdrukkelijke toestemming nodig.",
            alternatives: [
                Reading.Alternative(
                    id: "one-answer-per-child-refusal-wins",
                    summary:
                        "One answer for the child: holds only if a parent with authority gave it and none refused or withdrew; silence is no consent"
                ),
                Reading.Alternative(
                    id: "each-parent-own-view",
                    summary: "Each parent's own choice decides only what that parent sees"),
                Reading.Alternative(
                    id: "contract-parent-decides", summary: "The contract parent decides on consent"),
                Reading.Alternative(
                    id: "silence-is-consent", summary: "Silence is consent (the former default yes)"),
            ],
            clause: """
                App privacy statement: "Voor het verwerken van specifieke kindgegevens (foto's, video's en \
                dagverslagen) is jouw uitdrukkelijke toestemming nodig. Je kunt deze toestemming indien \
                gewenst intrekken."; App terms art. 6
                """,
            readingsConsidered: """
                1. Each parent's own choice decides only what that parent sees. 2. The contract parent \
                decides. 3. One answer for the child: it holds only when at least one parent with authority \
                gave it and none refused or withdrew it. For silence: a. silence is consent (the former \
                default "yes"); b. silence is no consent.
                """,
            chosen: """
                3 and b. `ConsentChoice` is each parent's own answer (`given`, `withdrawn`, `notExpressed`); \
                `MediaConsent.effective` combines the answers of the parents with authority, and the engine \
                applies the result to every parent of the case, with a follow-on decision for each parent \
                whose access changes. A parent without authority cannot give or withdraw it. `ChildConsent` \
                records each answer per child and purpose with its moment, and the engine keeps it per child \
                (`EngineState.consent`, I-316). There is no default "yes" anywhere: `AccessFacts`, the \
                `access` command (`--photo-consent`, `--diary-consent` default to no) and the scenario \
                format (absent `photoConsent` is no answer; `photo-consent` needs `given`).
                """,
            why: """
                "uitdrukkelijke toestemming" is explicit consent, which silence or a default cannot give \
                (art. 4 sub 11 and art. 7 AVG). A photo is made or uploaded once for both parents (art. 6: \
                "geen foto's gemaakt en/of geüpload"), so reading 1 cannot be carried out; the protective \
                reading favours the child and the parent who objects and costs the other parent only the \
                media (I-307). Art. 6:238 BW cannot favour both consumers at once, so privacy decides.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/GuardianshipAndConsentTests.swift",
                    [
                        "Parents who disagree: consent holds only if someone gave it and no parent with authority withdrew it (I-308)",
                        "Withdrawing consent does not reach back: photos taken while consent held stay, none may be taken after",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    ["Absent consent means no: the default facts show no photos and no diary (I-308)"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessMachineTests.swift",
                    [
                        "Only a parent with authority gives or withdraws consent; a withdrawal keeps earlier data (I-308)"
                    ]),
            ]),
        Interpretation(
            id: "I-316",
            title: "Consent per child in the engine: one answer per child and purpose, from its moment on",
            quote: "specifieke kindgegevens (foto's, video's en dagverslagen)",
            alternatives: [
                Reading.Alternative(
                    id: "per-child-and-purpose-from-moment",
                    summary:
                        "One consent per child and purpose, from the moment of the answer; an answer without a child covers every child"
                ),
                Reading.Alternative(
                    id: "one-consent-per-case",
                    summary:
                        "One consent per case: a parent's answer covers every child, and a refusal for one child removes the photos of all"
                ),
                Reading.Alternative(
                    id: "from-day-of-answer",
                    summary: "An answer takes effect from the day of the answer rather than its moment"),
            ],
            clause: """
                App privacy statement: "Voor het verwerken van specifieke kindgegevens (foto's, video's en \
                dagverslagen) is jouw uitdrukkelijke toestemming nodig. Je kunt deze toestemming indien \
                gewenst intrekken. Dat gebeurt niet met terugwerkende kracht."; App terms art. 6
                """,
            readingsConsidered: """
                1. One consent per case: an answer by a parent covers every child of the case, and a refusal \
                for one child removes the photos of all. 2. One consent per child and purpose: each child's \
                photos and diary follow the answers given for that child; an answer without a child is an \
                answer for every child. For the moment: a. the day of the answer; b. the moment of the \
                answer.
                """,
            chosen: """
                2 and b. `EngineState.consent` (a `ChildConsent`) records each answer of a parent with \
                authority per child and purpose at the event's moment; every parent of the case sees, per \
                child, consent when at least one parent with authority gave it and none refused it (I-308), \
                shown in `AccessFacts.children` and `AccessOutcome.media`. A `photo-consent`/`diary-consent` \
                event or parent fact without `child` answers for every child, so a case with one child works \
                as before. What was collected while consent held stays (I-307).
                """,
            why: """
                the statement asks consent for "specifieke kindgegevens": the data of a child, so the answer \
                is about that child, and a parent may consent for one child and not for the other; reading 1 \
                would either show photos of a child whose parent refused or withhold photos the parents \
                agreed to. Withdrawal "niet met terugwerkende kracht" works from the moment it is given, so \
                photos taken earlier that day with consent stay, and none may be taken after it.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/ChildConsentSearchTests.swift",
                    [
                        "Always: no photo of a child reaches a parent while any authority parent refuses it; refusing never removes a non-media capability; a refusal names the information right",
                        "Sometimes: photos of one child shown while the other's are refused, and earlier photos kept",
                    ])
            ]),
        Interpretation(
            id: "I-317",
            title: "The liability cap of App art. 11: \"exclusief BTW\" on a fee without VAT",
            quote: "met een maximum van Euro 500,- exclusief BTW",
            alternatives: [
                Reading.Alternative(
                    id: "fee-as-paid",
                    summary:
                        "Compare the fee paid (childcare carries no VAT) with the € 500 as it is: the month's fee, at most € 500"
                ),
                Reading.Alternative(
                    id: "fee-as-if-including-vat",
                    summary:
                        "Treat the fee as including 21% VAT and cap the part without it (fee / 1.21), a lower cap"
                ),
            ],
            clause: """
                App terms art. 11: "… beperkt tot de totaal door gebruiker in de betreffende maand waarin de \
                gebeurtenis zich heeft voorgedaan aan Partou betaalde vergoeding voor kinderopvang met een \
                maximum van Euro 500,- exclusief BTW."
                """,
            readingsConsidered: """
                childcare is exempt from VAT, so the fee paid carries none. 1. Compare the fee paid with the \
                € 500 as it is. 2. Treat the fee as if it included 21% VAT and cap the part without it (fee \
                / 1.21), a lower cap.
                """,
            chosen: """
                1: the cap is the fee paid in the month of the event, at most € 500 (`LiabilityCapRule`).
                """,
            why: """
                there is no VAT in the fee to take out, and reading 2 would lower the cap by a tax that was \
                never charged; reading 1 favours the parent.
                """,
            forLegal: """
                whether the cap, and the full exclusion before it, hold at all (art. 6:237 sub f BW presumes \
                a clause that limits liability unreasonably onerous; intent and gross negligence cannot be \
                excluded) is for a court; the library computes the cap only.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/LiabilityCapTests.swift",
                    ["The cap is the fee paid in the month of the event, at most € 500 (I-317)"])
            ]),
        Interpretation(
            id: "I-310",
            title: "\"Sorted\" capabilities: alphabetical by key",
            quote: "`capabilities` is sorted",
            alternatives: [
                Reading.Alternative(
                    id: "alphabetical-by-key",
                    summary: "Alphabetical (Unicode scalar) order of the capability keys"),
                Reading.Alternative(
                    id: "issue-list-order", summary: "The order of the capability list in the issue"),
            ],
            clause: "The issue: \"`capabilities` is sorted\".",
            readingsConsidered: """
                1. Alphabetical order of the keys. 2. The order of the capability list in the issue.
                """,
            chosen: "1. Unicode scalar order of the raw values, `announcements` … `useSwapHours`.",
            why: "it is the natural reading, and any consumer can reproduce it.",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    ["Capabilities sort alphabetically by key"])
            ]),
        Interpretation(
            id: "I-311",
            title: "Version 2 cannot report the child absent",
            quote: "zijn er geen mogelijkheden om wijzigingen aan te brengen in de opvang",
            alternatives: [
                Reading.Alternative(
                    id: "absence-is-a-change",
                    summary: "Reporting a day's absence is a change to the care, so version 1 only"),
                Reading.Alternative(
                    id: "absence-is-basic-use",
                    summary:
                        "Absence is neither an art. 4 c request nor a d change and is a basic use, so version 2 has it"
                ),
            ],
            clause: """
                App terms art. 3: "[…] zijn er geen mogelijkheden om wijzigingen aan te brengen in de \
                opvang"; art. 4: "Let op: De mogelijkheden van c. en d. staan alleen open voor versie 1"
                """,
            readingsConsidered: """
                1. Reporting a day's absence (afmelden) is a change to the care, so version 1 only. 2. \
                Absence is not one of art. 4 c (requests) or d (changes), and the privacy statement names it \
                among the basic uses, so version 2 has it.
                """,
            chosen: """
                1 (changed from 2 in issue 14). `reportAbsence` is a version-1 capability \
                (`AccessGrantRule.absenceReport`), in agreement with the absence rule, which refuses a \
                version-2 report (`appVersionCannotRequest`).
                """,
            why: """
                art. 3 denies version 2 any "mogelijkheden om wijzigingen aan te brengen in de opvang"; \
                deregistering a child for a day changes the care of that day and moves the contract parent's \
                swap hours (TSO art. 5 lid 1). The privacy statement's list is about what is possible \
                without consent, not about versions. The complaints report shows the harm of reading 2 (line \
                2958: a separated father deregistering the children). The two parts of the library had \
                answered differently; now they agree.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AccessComplaintScenarioTests.swift",
                    [
                        "Complaints report line 2958: father deregisters the children; on version 2 he can no longer make changes or requests"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "Version 2 cannot report the child absent, in agreement with the absence rule (App terms art. 3; I-311)"
                    ]),
            ]),
        Interpretation(
            id: "I-312",
            title: "A safety refusal is about the other parent; a block has a scope, a duration and an end",
            quote:
                "Partou heeft het recht om de toegang tot de Ouderapp te weigeren, (al dan niet tijdelijk) te blokkeren, te beëindigen, aan te passen of te verwijderen",
            alternatives: [
                Reading.Alternative(
                    id: "scoped-block-other-parent-refusal",
                    summary:
                        "The art. 3 refusal concerns only the other parent; an art. 8 block may be full or partial, temporary or until lifted"
                ),
                Reading.Alternative(
                    id: "full-block-until-lifted",
                    summary: "A refusal or block removes all app access of whoever it names, until lifted"),
            ],
            clause: """
                App terms art. 3: "Alleen in de situatie dat de contractouder aantoont dat de veiligheid van \
                het kind en/of de contractouder in het geding komt door toegang van de andere ouder tot \
                versie 2 […] kan Partou besluiten de toegang aan de andere ouder weigeren"; art. 8: "Partou \
                heeft het recht om de toegang tot de Ouderapp te weigeren, (al dan niet tijdelijk) te \
                blokkeren, te beëindigen, aan te passen of te verwijderen"; art. 12: "Eventuele op- en/of \
                aanmerkingen, suggesties en klachten kun je schriftelijk richten aan: […] support@partou.nl"
                """,
            readingsConsidered: """
                1. A refusal or block removes all app access of whoever it names, until lifted. 2. The art. \
                3 refusal concerns only the other parent; an art. 8 block may be full or partial \
                ("aanpassen") and temporary or until lifted ("al dan niet tijdelijk"), and withholds only \
                what it names, for its time.
                """,
            chosen: """
                2 (changed from 1 in issue 14). `safetyRefused` denies only the other parent. `AccessBlock` \
                has a `reason` (art. 8 items 1–4), a `scope` (`.full` or `.partial(capabilities)`), a \
                `duration` (`.temporary(until:)`, ending by itself at the start of that day, or \
                `.untilLifted`) and says how it ends. Every block names where to complain (App terms art. \
                12) and carries the information right (I-304). A claim not upheld leaves access as it was; \
                the user's wish alone (complaint line 528) is never enough.
                """,
            why: """
                art. 3 speaks only of "de toegang van de andere ouder"; nothing in it lets Partou refuse the \
                contract parent on a claim about the other. Art. 8 itself lists temporary blocks and \
                adjustment next to refusal and removal, so the full, permanent block is one option among \
                several; the narrower measure that meets the ground favours the parent (art. 6:238 lid 2 \
                BW).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/AppAccessTests.swift",
                    [
                        "A safety claim upheld under the strict test refuses the other parent's version 2 access",
                        "Blocking on each ground of App terms art. 8 withholds all access and cites its item",
                        "A partial, temporary block withholds only its capabilities and says when it ends (App terms art. 8)",
                    ])
            ]),
    ]
}
