extension InterpretationRegister {
    /// The foundation entries (I-001 – I-099), in the register's order.
    static let foundation: [Interpretation] = [
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .ninetySixHours, symbol: "ninetySixHours",
                impact: """
                    3 of the 87 bundled scenarios: the spring week's deadline is an hour earlier, and the report \
                    at 11:30 on Thursday 26 March 2026 no longer earns its 60 minutes; `same-clock-time` changes \
                    2, where the report at 12:30 on Thursday 22 October 2026 loses its 60 minutes the same way
                    """),
            clause: """
                TSO terms art. 5 lid 1: "Alleen als je dit meer dan 96 uur voor de start van de opvang zelf \
                aangeeft in de ouderapp, worden de opvanguren van die betreffende dag omgezet in ruil- en \
                inhaaluren."
                """,
            readingsConsidered: """
                1. 96 elapsed hours before the start of care. 2. Four calendar days before the start, at the \
                same Amsterdam clock time. They differ by one hour in the weeks of the clock changes: for \
                care on Monday 2026-03-30 12:00 reading 1 gives Thursday 26 March 11:00+01:00 and reading 2 \
                gives 12:00+01:00; for Monday 2026-10-26 12:00 reading 1 gives Thursday 22 October \
                13:00+02:00 and reading 2 gives 12:00+02:00.
                """,
            chosen: "the later of the two.",
            why: """
                a parent counts "four days" on a calendar and an app counts hours; the later deadline never \
                takes a right away that either reading gives, so it is the reading most favourable to the \
                parent (art. 6:238 lid 2 BW). The explanation says so whenever the readings differ.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/NinetySixHourRuleTests.swift",
                    ["The deadline is the later of 96 elapsed hours and 4 days at the same clock time"]),
                PinnedTests(
                    "Tests/CommandLineTests/CommandLineTests.swift",
                    ["deadline CARE_START --format json"], label: "CLI"),
                PinnedTests(
                    "Tests/CommandLineTests/ReadingCommandTests.swift",
                    [
                        "impact --reading I-001 on the casebook: a report between the two readings of 96 hours loses its 60 minutes under either reading alone"
                    ]),
            ]),
        Interpretation(
            id: "I-002",
            title: "\"Meer dan 96 uur\": is a report at exactly the deadline in time?",
            quote: "meer dan 96 uur voor de start van de opvang",
            alternatives: [
                Reading.Alternative(
                    id: "strictly-before",
                    summary: "More than 96 hours: the report must come strictly before the deadline"),
                Reading.Alternative(
                    id: "at-least", summary: "At least 96 hours: a report at exactly the deadline also counts"
                ),
            ],
            clause: "TSO terms art. 5 lid 1: \"meer dan 96 uur voor de start van de opvang\".",
            readingsConsidered: """
                1. At least 96 hours (a report at exactly the deadline counts). 2. More than 96 hours (the \
                report must be strictly before the deadline).
                """,
            chosen: "strictly before.",
            why: """
                the words are unambiguous ("meer dan", more than), so 6:238 lid 2 BW does not apply; the \
                favourable choice is already made in I-001, which moves the deadline itself. Contrast the \
                extra-care cancellation, "4 dagen (96 uur) voor de start" (art. 5, extra opvang lid 6 sub \
                a), which has no "meer dan" and is therefore inclusive (see the swap-hours entries).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/NinetySixHourRuleTests.swift",
                    ["A report earns hours only when strictly before the deadline"])
            ]),
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .noticeRounding, symbol: "noticeRounding",
                impact: "one scenario: the e-mailed termination ends a day later"),
            clause: """
                TSO terms art. 8 lid 1: "\(Reading.noticeRounding.quote)"; art. 8 lid 2: "Wij \
                hanteren een wijzigingstermijn van een maand."; art. 3: "Als annuleringsdatum geldt de datum \
                dat Partou de annulering ontvangt. Wij hanteren een annuleringstermijn van één (1) maand."
                """,
            readingsConsidered: """
                for a notice received on 31 January: 1. 28 February (clamp to the last day of the shorter \
                month, `.down`). 2. 1 March (overflow into the next month, `.up`).
                """,
            chosen: "`.down`.",
            why: """
                these notices come from the parent, and the month is a period during which the parent is \
                still bound (and pays). The earlier date ends the binding sooner, which favours the parent. \
                The month is always added to the date received in one step (31 January + 2 months is 31 \
                March, not 28 March). The date reached is a "per" date: for a termination or cancellation \
                the first day without a contract, the last day being the day before (I-202); for a change \
                the first day of the changed contract.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/NoticePeriodTests.swift",
                    ["Worked examples: the rounding always favours the parent"]),
                PinnedTests(
                    "Tests/DutchCalendarTests/MonthArithmeticTests.swift",
                    ["Worked examples of both roundings"]),
                PinnedTests(
                    "Tests/CommandLineTests/ReadingCommandTests.swift",
                    ["check --reading I-003=up fails the scenario the reading changes, and names the reading"]
                ),
            ]),
        Interpretation(
            id: "I-004",
            title: "One calendar month and one week for the provider's changes (price, terms)",
            quote:
                "De prijswijziging gaat niet eerder in dan na één kalendermaand, vermeerderd met één week na de aankondiging.",
            alternatives: [
                Reading.Alternative(
                    id: "month-up-then-week-per-date",
                    summary:
                        "The month first, rounded up, then the week; the date reached is the first day of the new price or terms"
                ),
                Reading.Alternative(
                    id: "month-down-then-week",
                    summary:
                        "The month first, clamped to the shorter month, then the week (31 January gives 7 March)"
                ),
                Reading.Alternative(
                    id: "week-then-month",
                    summary: "The week first, then the month (31 January gives 7 March)"),
                Reading.Alternative(
                    id: "same-rounding-as-parent",
                    summary: "Counted like the parent's own notice, with the same rounding down"),
            ],
            clause: """
                TSO terms art. 7: "De prijswijziging gaat niet eerder in dan na één kalendermaand, \
                vermeerderd met één week na de aankondiging."; art. 10: "De wijzigingen treden eerst één \
                maand en één week nadat wij je hebben geïnformeerd in werking".
                """,
            readingsConsidered: """
                for an announcement on 31 January 2026: 1. +1 month clamped, then +7 days (7 March). 2. +1 \
                month overflowing to 1 March, then +7 days (8 March). 3. +7 days first (7 February), then +1 \
                month (7 March). Counting "the same way as the parent's own notice periods" (I-003, I-202) \
                can mean 4. the same rounding (down) as well, or 5. the same way of counting: one step from \
                the day of the announcement, and the date reached read as a "per" date (the first day the \
                new price or terms apply; the old price and terms apply through the day before), keeping the \
                rounding that favours the parent.
                """,
            chosen: """
                2 with 5: the month first, rounded `.up`, then the week: 8 March is the first day of the new \
                price (or terms); the old ones apply through 7 March. A material terms change can be \
                terminated against per that same date (I-204).
                """,
            why: """
                these periods protect the parent from the provider's unilateral change; the latest of the \
                candidate dates gives the parent the longest warning. Counting the notice as the parent's is \
                counted (one step, a "per" date) gives one meaning to every date the library computes. The \
                parent's notice is rounded down because there the month is time the parent is bound; here \
                the month is time the parent is protected, so rounding down (reading 4) would take a day of \
                protection away and is not the reading most favourable to the parent (art. 6:238 lid 2 BW). \
                The date computed is the earliest date on which the change may take effect; an earlier \
                effective date is contrary to the article.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Foundation/NoticePeriodTests.swift",
                    ["Worked examples: the rounding always favours the parent"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractEndTests.swift",
                    [
                        "The provider's changes are per dates: the new price or terms apply from that day, the old through the day before (I-004)"
                    ]),
            ]),
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
        Interpretation(
            id: "I-008",
            title: "The order of events, and events after the contract ends",
            quote:
                "Na einddatum van de overeenkomst kan je niet de eventueel nog van voor de einddatum resterende ruil- en inhaaluren inzetten.",
            alternatives: [
                Reading.Alternative(
                    id: "time-order-refuse-after-end",
                    summary:
                        "Events in time order; contract events after the end refused, absences after it decided as after the end"
                ),
                Reading.Alternative(
                    id: "caller-order", summary: "Events decided in the order a caller lists them"),
                Reading.Alternative(
                    id: "as-if-running", summary: "Events after the end decided as if the contract ran on"),
            ],
            clause: """
                TSO terms art. 4 lid 1: "Het opvangpakket geldt voor een volledig schooljaar en loopt \
                standaard van 1 augustus tot en met 31 juli"; art. 5 lid 5: "Na einddatum van de \
                overeenkomst kan je niet de eventueel nog van voor de einddatum resterende ruil- en \
                inhaaluren inzetten."
                """,
            readingsConsidered: """
                for the engine: 1. decide events in the order a caller lists them; 2. decide them in time \
                order. For events after the contract's end date: 1. decide them as if the contract ran on; \
                2. refuse them; 3. decide them, but as days without care.
                """,
            chosen: """
                the engine applies events in time order, and events at one moment by their sequence numbers \
                when the caller gives them, otherwise in the order given; identifiers are never compared \
                (revised in issue 16: two events with random ids in one second were refused half of the \
                time). A case evaluated at once and event by event gives the same decisions; a live \
                `Engine.apply` refuses an event that goes back in time, or whose sequence number is not \
                after the last one applied, as `outOfOrder`, naming both events. The end is the one on the \
                contract's timeline: the facts' end date, or the end an event set (a termination, a \
                cancellation, the provider's termination, missing consent, a move). A contract event (a \
                notice, a second termination, a change, a price or terms change, a consent event) dated \
                after that end is refused with `invalidState`, naming the end and what set it: there is no \
                contract left to change. An absence, an extra-care request or a swap dated after the end is \
                refused as `afterContractEnd`, a decision that names the last day, the first day without a \
                contract and the source of the end (art. 4 lid 1, art. 5 lid 5).
                """,
            why: """
                the terms attach every right to a moment (96 hours before the care, one month after \
                receipt), so only time order gives the parent the rights the moments give; refusing a change \
                to an ended contract keeps a late announcement from reaching a parent who has left, while \
                the refusal tells a parent plainly why no hours follow and since when.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/EngineTests.swift",
                    ["The order in which independent events are listed does not matter"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/EngineSequenceTests.swift",
                    [
                        "Two events at one moment are applied in the order given, whatever their ids (issue 16)",
                        "A sequence number not after the last one applied is outOfOrder, naming both events",
                    ]),
                PinnedTests(
                    "Tests/ScenarioTests/BadInputCatalogueTests.swift",
                    [
                        "Events listed out of order are applied in time order; applied out of order they are refused",
                        "An absence after the contract end is decided: refused after the end, naming it, no hours",
                    ]),
            ]),
        Interpretation(
            id: "I-009",
            title: "The dates the rules are asked about: one supported range",
            quote: "Het gaat om de volgende algemeen erkende feestdagen",
            alternatives: [
                Reading.Alternative(
                    id: "one-range-1996-2199",
                    summary: "One range for dates, times, instants and holidays: 1996 to 2199"),
                Reading.Alternative(
                    id: "wide-dates-narrow-holidays",
                    summary:
                        "Dates 1900–2199 read, holidays only for 1990–2100, refused in the middle of a decision"
                ),
                Reading.Alternative(
                    id: "narrow-to-holidays", summary: "Every range narrowed to the holidays' 1990–2100"),
            ],
            clause: """
                TSO terms art. 4 lid 3: "Het gaat om de volgende algemeen erkende feestdagen: Nieuwjaarsdag, \
                Tweede Paasdag, Koningsdag, Bevrijdingsdag (eens per 5 jaar), Hemelvaartsdag, Tweede \
                Pinksterdag, Eerste en tweede Kerstdag."
                """,
            readingsConsidered: """
                1. keep the calendar's wide technical range (dates 1900–2199) and compute the holidays only \
                for 1990–2100, so that a date after 2100 reads but is refused later, in the middle of a \
                decision; 2. narrow every range to the holidays' 1990–2100; 3. one range for dates, \
                Amsterdam local times, instants and holidays: 1996 (the first year of the EU summer-time \
                rule the calendar builds in) to 2199, computing the holidays for all of it with the rules in \
                force today (Koningsdag on 27 April, or 26 April when the 27th is a Sunday; Bevrijdingsdag \
                in every fifth year).
                """,
            chosen: """
                3 (`SupportedRange`, 1 January 1996 to 31 December 2199). The holidays were extended to 2199 \
                and narrowed from 1990 to 1996; dates before 1996 are no longer read. A date or moment \
                outside the range is refused when it is read, with its JSON path, never decided without the \
                holidays that make it a day without care. Instants run from 1996-01-01T00:00:00Z to \
                2199-12-31T22:59:59Z, so the first local hour of 1996 is refused as well.
                """,
            why: """
                a parent must never lose hours because a date was decided as a care day for want of the \
                holiday list (art. 4 lid 3 says there is no TSO on those days); one range read up front \
                means that every date that is accepted is one on which all the rules can decide. The terms \
                start in 2024, so no case is lost by starting in 1996; the holidays after today follow the \
                rules in force, which is all the terms can mean.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ScenarioTests/UntrustedInputTests.swift",
                    [
                        "A date outside 1996–2199 is refused when it is read, with its path (SupportedRange, I-009)",
                        "TSO holidays exist for every supported year: Koningsdag 2150 is not a care day (art. 4 lid 3, I-009)",
                    ])
            ]),
    ]
}
