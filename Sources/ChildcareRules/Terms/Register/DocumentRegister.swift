extension InterpretationRegister {
    /// The register entries that read no one area's clause: which edition applies, the clock change, and which privacy statement governs the app (the clauses in ``documentClauses`` and across documents).
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let documentEntries: [Interpretation] = [
        Interpretation(
            id: "I-005",
            title: "Which edition of the terms applies, and before the first edition",
            quote: "Versie 1 augustus 2024",
            alternatives: [
                Reading.Alternative(
                    id: "edition-on-the-date",
                    summary:
                        "The edition in force on the date decided about; a date before the first edition is refused"
                ),
                Reading.Alternative(
                    id: "current-edition", summary: "The current edition applies to every date"),
            ],
            clause: "TSO terms, heading: \"Versie 1 augustus 2024\"; App terms: \"per 1 januari 2024\".",
            readingsConsidered: """
                1. Apply the current edition to every date. 2. Apply the edition in force on the date the \
                rule decides about (the care day for an absence; the date received for a notice), and refuse \
                a date before the first edition known.
                """,
            chosen: "reading 2.",
            why: """
                a parent is bound by the terms agreed, not by later ones (art. 10 itself delays changes by a \
                month and a week). Applying the 2024 terms to 2023 events — as the 2023 complaints would \
                tempt one to — could deny rights that earlier terms gave, so the library says it does not \
                know rather than guess. Decisions about 2023 complaints are therefore made "as if under the \
                2024 terms", on dates moved into the terms' period, and say so.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/CitationTests.swift",
                    ["The edition in force is looked up by date; before the first edition is an error"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/NinetySixHourRuleTests.swift",
                    ["Care before the first edition of the terms (1 August 2024) is an error, not a default"]),
            ]),
        Interpretation(
            id: "I-006",
            title: "Times that a person typed versus times the rules computed",
            quote: "",
            alternatives: [
                Reading.Alternative(
                    id: "strict-typed-lenient-computed",
                    summary:
                        "Typed times in a gap or repeated hour are refused; computed ones move forward or take the earlier hour"
                ),
                Reading.Alternative(
                    id: "reject-all", summary: "Every gap or repeated time is refused, typed or computed"),
                Reading.Alternative(
                    id: "shift-silently", summary: "Every gap or repeated time is shifted or picked silently"),
            ],
            clause: "none; a consequence of the clock change in Europe/Amsterdam.",
            readingsConsidered: """
                for a wall-clock time in the spring gap (02:00–02:59 on the last Sunday of March) or the \
                repeated autumn hour: 1. reject; 2. shift or pick one occurrence silently.
                """,
            chosen: """
                times a person typed (a care start, a report, a cancellation) are resolved strictly: an \
                impossible or ambiguous time is an error naming it. Times the rules compute (four days \
                earlier at the same clock time) are resolved leniently: a gap time moves forward by the hour \
                (a later deadline, which favours the parent), a repeated time takes the earlier occurrence.
                """,
            why: """
                a silent guess on input could move a deadline by an hour against the parent; a computed \
                reading is only ever compared with the other reading, and the later one wins (I-001).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/DutchCalendarTests/AmsterdamTests.swift",
                    ["Spring gap and autumn overlap follow the stated policy"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/NinetySixHourRuleTests.swift",
                    ["A care start in the spring gap is rejected rather than guessed"]),
            ]),
        Interpretation(
            id: "I-007",
            title: "The undated portal privacy statement",
            quote:
                "Een dergelijk verzoek wordt op de kortst mogelijke termijn behandeld, doch uiterlijk binnen 4 weken.",
            alternatives: [
                Reading.Alternative(
                    id: "still-promised",
                    summary:
                        "The undated statement still states the four-week promise and applies to any date"),
                Reading.Alternative(
                    id: "replaced",
                    summary:
                        "The statement was replaced by the 2024 app privacy statement and no longer applies"),
            ],
            clause: """
                Privacyverklaring ouderportaal (no date): "Een dergelijk verzoek wordt op de kortst \
                mogelijke termijn behandeld, doch uiterlijk binnen 4 weken."
                """,
            readingsConsidered: """
                1. The statement was replaced by the app privacy statement of 2024 and no longer applies. 2. \
                It still states the provider's promise on data requests, which the 2024 statement does not \
                restate (it refers to the general privacy statement, which is not among the sources).
                """,
            chosen: """
                reading 2: the portal statement is modelled as an undated edition that applies to any date, \
                cited only for the four-week answer period.
                """,
            why: """
                the promise gives the parent a firm deadline; dropping it would leave the parent with less.
                """,
            forLegal: "confirm that the four weeks still apply under the general privacy statement.",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Access/RetentionTests.swift",
                    ["The answer is due by the end of the day 28 days after receipt, inclusive (I-309)"])
            ]),
    ]
}
