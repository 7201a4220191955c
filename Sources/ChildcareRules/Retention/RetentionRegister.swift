extension InterpretationRegister {
    /// The register entries that read the retention and data-request clauses (``retentionClauses``).
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let retentionEntries: [Interpretation] = [
        Interpretation(
            id: "I-309",
            title: "Data requests: answered within 4 weeks, inclusive",
            quote: "doch uiterlijk binnen 4 weken",
            alternatives: [
                Reading.Alternative(
                    id: "through-day-28-inclusive",
                    summary: "The answer must come by the end of the day 28 days after receipt, inclusive"),
                Reading.Alternative(
                    id: "before-day-28", summary: "The answer must come before the day 28 days after receipt"),
            ],
            clause: """
                Portal privacy statement: "Een dergelijk verzoek wordt op de kortst mogelijke termijn \
                behandeld, doch uiterlijk binnen 4 weken."
                """,
            readingsConsidered: """
                1. The answer must come by the end of the day 28 days after receipt. 2. It must come before \
                that day.
                """,
            chosen: "1. The deadline is end of day on received + 28 days, inclusive.",
            why: """
                this is the plain reading of "binnen 4 weken". It is still shorter than the one month of \
                art. 12(3) of the GDPR (AVG), so the parent keeps the shorter term. The app privacy \
                statement does not restate the term: it refers to the general privacy statement. So the \
                undated portal statement is cited.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    ["The answer is due by the end of the day 28 days after receipt, inclusive (I-309)"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/EngineDataRequestTests.swift",
                    [
                        "The answer is due by the end of received + 28 days, never later than the AVG's month",
                        "A termination on the timeline reaches the answer: in the app, archived, then destroyed (TSO art. 8 lid 1 with the retention)",
                    ],
                    label: "Engine",
                    note: "`Scenarios/casebook/15-data-requests-follow-the-contract-end.json`"),
            ]),
        Interpretation(
            id: "I-315",
            title: """
                The AVG rights as typed requests: the stricter deadline, the extension notice, the refusal \
                naming the Autoriteit Persoonsgegevens, archived data until destroyed
                """,
            quote:
                "U heeft een wettelijk recht om de persoonsgegevens van u of uw kind in te zien, te laten wijzigen of verwijderen.",
            alternatives: [
                Reading.Alternative(
                    id: "every-avg-right-stricter-deadline",
                    summary:
                        "Every AVG right, within the stricter of 4 weeks and a month; extension with notice; refusal names the AP; archived data covered"
                ),
                Reading.Alternative(
                    id: "three-named-rights-only",
                    summary:
                        "Only the three rights the statement names (inspection, rectification, erasure), within 4 weeks"
                ),
            ],
            clause: """
                Portal privacy statement: "U heeft een wettelijk recht om de persoonsgegevens van u of uw \
                kind in te zien, te laten wijzigen of verwijderen. Hiervoor kunt u een verzoek indienen via \
                de klantenservice. Een dergelijk verzoek wordt op de kortst mogelijke termijn behandeld, \
                doch uiterlijk binnen 4 weken."; art. 12 lid 3 AVG (one month, extendable by two months with \
                notice and reasons within the first month); art. 12 lid 4 AVG (a refusal names the complaint \
                to a supervisory authority and the remedy at court); art. 15–18, 20, 21 AVG
                """,
            readingsConsidered: """
                1. Only the three rights the statement names, within 4 weeks. 2. Every AVG right \
                (inspection, rectification, erasure, including art. 17 lid 1 sub b after consent is \
                withdrawn, restriction, portability, objection), answered within the stricter of the \
                statement's 4 weeks and the AVG's month; an extension only with a notice within that \
                deadline, giving reasons, adding at most the AVG's two months; a refusal within the same \
                deadline naming the Autoriteit Persoonsgegevens; the rights cover archived data until it is \
                destroyed.
                """,
            chosen: """
                2. `DataRequest.Kind` has all six rights with their article; `answerDeadline` is the earlier \
                of received + 28 days and received + 1 month (always the 28 days); `extensionNotice` is due \
                by that deadline and moves the answer to at most 2 months later; `refusalNotice` names the \
                Autoriteit Persoonsgegevens and the court; with `contractEnd`, the decision says whether the \
                data is archived (still covered) or destroyed.
                """,
            why: """
                the statement's 4 weeks are a promise on top of the law; the law's rights and notices apply \
                whatever the statement lists, and where both set a term the stricter one for Partou is the \
                one the parent can rely on (art. 6:238 lid 2 BW). Archived data is still personal data held \
                by Partou, so the rights apply to it until it is destroyed.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    [
                        "Every AVG right is a typed request answered within the stricter of 4 weeks and one month (I-315)",
                        "An extension needs a notice with reasons by the first deadline; a refusal names the Autoriteit Persoonsgegevens (I-315)",
                        "A request reaches archived data until it is destroyed (I-315)",
                    ])
            ]),
        Interpretation(
            id: "I-313",
            title: """
                Retention dates: visible through day 55, archived from day 56, destroyed on the end + 1 year \
                (29 Feb → 28 Feb)
                """,
            quote:
                "Eén jaar na beëindiging van het opvangcontract worden de gegevens van jouw kind(eren) vernietigd.",
            alternatives: [
                Reading.Alternative(
                    id: "days-0-55-round-down",
                    summary:
                        "8 weeks are days 0–55, archived on day 56; destruction on the end + 12 months rounded down (29 Feb → 28 Feb)"
                ),
                Reading.Alternative(
                    id: "visible-through-day-56", summary: "The data stays visible through day 56"),
                Reading.Alternative(
                    id: "round-up", summary: "Destruction on the end + 12 months, rounded up rather than down"
                ),
            ],
            clause: """
                App privacy statement, "Bewaren van persoonsgegevens" (I-306); "Eén jaar na beëindiging van \
                het opvangcontract worden de gegevens van jouw kind(eren) vernietigd."
                """,
            readingsConsidered: """
                1. 8 weeks = days 0–55 (the count of I-305), archived on day 56. 2. Visible through day 56. \
                For destruction: on the end + 12 months, rounded down or up.
                """,
            chosen: """
                1. Destruction on the end + 12 months with `.down`: a contract ending 29 February 2024 has \
                its data destroyed on 28 February 2025.
                """,
            why: """
                one way of counting weeks across access and retention avoids contradictory answers. Rounding \
                the year down keeps data no longer than the year promised, which favours the parent's \
                privacy. Ends before the 2024 app terms follow the portal statement, which sets the same \
                periods (I-314).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    [
                        "The schedule: access through day 41, visible through day 55, archived from day 56, destroyed after one year"
                    ])
            ]),
        Interpretation(
            id: "I-314",
            title: """
                Retention counts from the customer relationship, across all contracts; pre-2024 ends follow \
                the portal statement
                """,
            quote:
                "Na beëindiging van het opvangcontract zijn de gegevens van jouw kind(eren) nog 8 weken zichtbaar",
            alternatives: [
                Reading.Alternative(
                    id: "from-customer-relationship-end",
                    summary:
                        "Count from the first day without any of the parent's contracts; pre-2024 ends follow the portal statement; own data: no period"
                ),
                Reading.Alternative(
                    id: "per-contract-count", summary: "Each contract's end starts its own count"),
                Reading.Alternative(
                    id: "refuse-pre-2024",
                    summary: "Refuse ends before 2024, as no edition of the app statement was in force"),
                Reading.Alternative(
                    id: "own-data-child-periods",
                    summary:
                        "Assume the child's periods also apply to the parent's own data (invoices, annual statements, logs)"
                ),
            ],
            clause: """
                App privacy statement, "Bewaren van persoonsgegevens": "Na beëindiging van het \
                opvangcontract zijn de gegevens van jouw kind(eren) nog 8 weken zichtbaar […]. Eén jaar na \
                beëindiging van het opvangcontract worden de gegevens van jouw kind(eren) vernietigd."; the \
                portal statement says the same ("Na beëindiging van het opvangcontract zijn de gegevens van \
                uw kind(eren) nog 8 weken zichtbaar voor uzelf en onze medewerkers"); both: "De \
                persoonsgegevens van jou of je kind in de Ouderapp worden niet langer door Partou bewaard \
                dan nodig is"
                """,
            readingsConsidered: """
                1. Each contract's end starts its own count. 2. The count starts when the parent stops being \
                a customer: the first day without any of the parent's contracts. For ends before 2024: a. \
                refuse (no edition in force); b. apply the portal statement, which sets the same periods. \
                For the parent's own data (invoices, annual statements, logs): a. assume the child's \
                periods; b. say the documents state no period.
                """,
            chosen: """
                2, b and b. `Retention.customerRelationshipEnd(lastDays:)` and \
                `Retention.schedule(lastDaysOfContracts:)` count from the day after the last contract's last \
                day; an end before 1 January 2024 is decided under the portal statement (no app terms, so no \
                6-week app period); `Retention.ownDataPeriods` lists invoices, annual statements, audit logs \
                and contact data as "not stated".
                """,
            why: """
                the app's data of "jouw kind(eren)" is shown in one app for all of a parent's children and \
                the app ends only when the parent is "geen klant meer" (art. 10, I-305); counting per \
                contract would archive data while the parent still uses the app. The portal statement was \
                the statement in force before the app's and promises the same periods, so refusing the \
                question would leave a parent without an answer the documents give. The documents give no \
                period for the parent's own data; inventing one would be a promise nobody made.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    [
                        "The customer relationship ends with the parent's last contract, across all of them (I-305)",
                        "An end before 2024 follows the portal privacy statement's same periods (I-314)",
                        "The parent's own data: the documents state no period (I-314)",
                    ])
            ]),
    ]
}
