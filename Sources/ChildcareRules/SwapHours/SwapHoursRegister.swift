extension InterpretationRegister {
    /// The register entries that read the swap-hours clauses (``swapHoursClauses``): the 96-hour rule, absences, expiry and the ledger.
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let swapHoursEntries: [Interpretation] = [
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
            id: "I-100",
            title: "Minutes earned are 0 when nothing is earned",
            quote: "worden de opvanguren van die betreffende dag omgezet in ruil- en inhaaluren",
            alternatives: [
                Reading.Alternative(
                    id: "minutes-earned",
                    summary:
                        "`minutes` reports the minutes actually converted, 0 when none; the day's care stays in `contractedMinutes`"
                ),
                Reading.Alternative(
                    id: "day-care-minutes",
                    summary: "`minutes` reports the day's care minutes whatever the result"),
            ],
            clause: """
                TSO terms art. 5 lid 1: "worden de opvanguren van die betreffende dag omgezet in ruil- en \
                inhaaluren"
                """,
            readingsConsidered: """
                1. report `minutes` as the day's care minutes whatever the result; 2. report the minutes \
                actually earned.
                """,
            chosen: """
                2. `minutes` (library `earnedMinutes`, CLI JSON `minutes`) is the minutes converted, 0 when \
                none; the day's care stays in `contractedMinutes`. The same holds for `cancel-extra` \
                (minutes that come back).
                """,
            why: """
                customer service reads the number as "what the parent gets"; a non-zero number beside \
                `false` would mislead (neutral for the parent).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/AbsenceRuleTests.swift",
                    ["A report earns the day's minutes only strictly before the 96-hour deadline"])
            ]),
        Interpretation(
            id: "I-104",
            title: "Withdrawing an absence before the care starts gives the hours back to the day",
            quote: "omgezet in ruil- en inhaaluren",
            alternatives: [
                Reading.Alternative(
                    id: "withdraw-before-start",
                    summary:
                        "The parent may withdraw before the care starts: the child comes and the converted minutes go back to the day"
                ),
                Reading.Alternative(
                    id: "conversion-final", summary: "The conversion is final: the child may not come"),
                Reading.Alternative(
                    id: "withdraw-and-keep-hours",
                    summary: "The parent may withdraw and also keep the converted hours"),
            ],
            clause: """
                TSO terms art. 5 lid 1: "worden de opvanguren van die betreffende dag omgezet in ruil- en \
                inhaaluren"
                """,
            readingsConsidered: """
                1. the conversion is final: the child may not come; 2. the parent may withdraw before the \
                care starts: the child comes and the converted minutes go back to the day; 3. withdraw and \
                keep the hours.
                """,
            chosen: """
                2. The day's minutes are booked `used` (cause `absenceWithdrawn`), from that day's own lot \
                first and then from other usable lots, earliest expiry first. If the hours are no longer \
                available (spent on extra care), the withdrawal is refused with `insufficientHours` until \
                that extra care is cancelled. At or after the care start it is refused. After a withdrawal \
                the day may be reported again.
                """,
            why: """
                the terms are silent; 2 keeps the parent's contracted care (favours the parent) without \
                creating care from nothing (3).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/AbsenceRuleTests.swift",
                    ["Withdrawing an absence before the care starts gives the hours back to the day (I-104)"])
            ]),
        Interpretation(
            id: "I-105",
            title: """
                Hours are usable on their expiry date; a request approved on or before it uses them for \
                later care
                """,
            quote: "Je ruil- en inhaaluren vervallen op 31 december van het lopende kalenderjaar",
            alternatives: [
                Reading.Alternative(
                    id: "usable-on-expiry-date-request-date-counts",
                    summary:
                        "Hours are usable on their expiry date and lapse after it; a request on or before it uses them, also for later care"
                ),
                Reading.Alternative(
                    id: "lapse-at-start-of-expiry-date",
                    summary: "Hours lapse at the start of 31 December (or of the contract end date)"),
                Reading.Alternative(
                    id: "care-on-or-before-expiry",
                    summary: "Hours pay only for care dated on or before their expiry date"),
                Reading.Alternative(
                    id: "approval-date-counts",
                    summary:
                        "Hours count as used on approval and the approval date counts, so a December request approved in January gets none"
                ),
            ],
            clause: """
                TSO terms art. 5 lid 5: "Je ruil- en inhaaluren vervallen op 31 december van het lopende \
                kalenderjaar of in het geval de overeenkomst op een eerdere datum eindigt in ieder geval bij \
                einddatum van de overeenkomst, zonder dat een restitutie in geld of in opvang plaatsvindt. \
                Na einddatum van de overeenkomst kan je niet de eventueel nog van voor de einddatum \
                resterende ruil- en inhaaluren inzetten."; extra opvang lid 3: "Je ruil- en inhaaluren \
                worden pas als ingezet beschouwd, wanneer je aanvraag door ons is goedgekeurd en bevestigd \
                via de ouderapp."
                """,
            readingsConsidered: """
                expiry: 1. hours lapse at the start of 31 December (or of the end date); 2. they can still \
                be used on 31 December (or on the end date) and lapse after it. Use: a. hours pay only for \
                care on or before their expiry date (the care date counts); b. hours count as used \
                ("ingezet") when the request is approved, so a request made and approved on or before the \
                expiry date uses them, also for care after it; c. as b, but the approval date counts, so a \
                request made in December and approved in January gets no hours.
                """,
            chosen: """
                2 and b. Expiry date = min(31 December of the year of the absent care day, contract end \
                date); `expire(asOf:)` lapses available lots whose expiry date is before `asOf`; "het \
                lopende kalenderjaar" is the year of the absent day. A request reserves hours from lots \
                whose expiry date is on or after the **request date** (the ledger's `reserve` carries \
                `requestedOn`); held hours do not lapse while the provider decides, and the approval uses \
                them, also when it comes after the expiry date. Lid 5's second sentence bars only use after \
                the contract's end: care dated after the contract's end never draws hours, whenever \
                requested (`reserve` carries `contractEnd`). Lapsing never pays out money or care.
                """,
            why: """
                lid 3 ties "inzetten" to the approval of the request, not to the day of the care, and lid 5 \
                limits use after the end of the contract only, so hours that have not lapsed when the parent \
                asks for care are hers to use; reading a, which also demands that the care fall before 31 \
                December, adds a condition the text does not state. Of b and c, b does not let the \
                provider's time to decide cost the parent her hours (favours the parent, art. 6:238 lid 2 \
                BW). "Op 31 december" and "bij einddatum" are days the parent still has.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "Hours lapse after 31 December: usable on 31 December at 23:59, not on 1 January at 00:00",
                        "A request made on or before the expiry date uses the hours for care after it: requested on 15 or 31 December 2026 for 8 January 2027, not on 1 January (I-105, extra opvang lid 3)",
                        "Care after the contract's end never draws hours, even when requested before the end (art. 5 lid 5, I-105)",
                        "The expiry decision takes the request date: requested 15 December 2026 for care on 13 January 2027 is usable, requested 2 January is not, care after the contract's end never (I-105)",
                        "Hours lapse at the contract's end date when it comes first, also in a leap year",
                    ])
            ]),
        Interpretation(
            id: "I-110",
            title: "Goodwill hours expire on 31 December of the year granted, capped at the contract's end",
            quote: "",
            alternatives: [
                Reading.Alternative(
                    id: "december-31-of-grant-year",
                    summary:
                        "31 December of the grant year, capped at the contract end, unless the manager sets an explicit expiry"
                ),
                Reading.Alternative(
                    id: "expiry-of-replaced-hours",
                    summary: "Goodwill hours take the expiry of the hours they replace"),
                Reading.Alternative(
                    id: "manager-sets-expiry",
                    summary: "Goodwill hours expire on whatever date the manager sets"),
            ],
            clause: "none: goodwill is outside the terms (Complaints report 2023, lines 11820, 8605).",
            readingsConsidered: """
                1. the expiry of the hours they replace; 2. 31 December of the grant year, capped at the \
                contract end; 3. whatever the manager sets.
                """,
            chosen: """
                2 by default, or an explicit expiry the manager sets. Goodwill is its own entry kind with \
                minutes, reason and grantor, never counted as `earned`; decisions show the formal answer and \
                the exception side by side (`DecisionWithGoodwill`).
                """,
            why: """
                mirrors art. 5 lid 5 for hours granted that year; a December grant may get a later date from \
                the manager (favours the parent).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift",
                    ["Complaints report line 8605: expiring credits, a one-time exception of 2 days"])
            ]),
        Interpretation(
            id: "I-111",
            title: "A request withdrawn before confirmation releases the hours whatever the timing",
            quote:
                "worden pas als ingezet beschouwd, wanneer je aanvraag door ons is goedgekeurd en bevestigd via de ouderapp",
            alternatives: [
                Reading.Alternative(
                    id: "release-unconfirmed-hours",
                    summary:
                        "Unconfirmed hours were never used, so a withdrawn request releases them whatever the timing; nothing is invoiced"
                ),
                Reading.Alternative(
                    id: "apply-96-hour-rule",
                    summary: "The 96-hour rule of lid 6a applies to unconfirmed requests too"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 3: "Je ruil- en inhaaluren worden pas als ingezet \
                beschouwd, wanneer je aanvraag door ons is goedgekeurd en bevestigd via de ouderapp."
                """,
            readingsConsidered: """
                1. apply the 96-hour rule of lid 6a to unconfirmed requests too; 2. unconfirmed hours were \
                never used, so they are released.
                """,
            chosen: "2; nothing is invoiced either.",
            why: "lid 6 speaks of \"bevestigde\" extra care only (favours the parent).",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "A request withdrawn before confirmation releases the hours and invoices nothing (lid 3)"
                    ])
            ]),
        Interpretation(
            id: "I-114",
            title: "Idempotency compares the command, not the moment it is retried",
            quote: "",
            alternatives: [
                Reading.Alternative(
                    id: "command-only-replay-under-own-id",
                    summary:
                        "Payload is the command only; a retry returns the original decisions, marked as a replay, under its own event id"
                ),
                Reading.Alternative(
                    id: "command-and-instant",
                    summary: "Payload is the command and its instant, so a later retry is a different payload"
                ),
                Reading.Alternative(id: "retry-no-decision", summary: "A retry returns no decision"),
                Reading.Alternative(
                    id: "retry-original-event-id",
                    summary: "A retry returns the original decisions under the original event id"),
            ],
            clause: "none (ledger and engine design).",
            readingsConsidered: """
                1. payload = command and instant; 2. payload = command. For a retry: a. no decision; b. the \
                original decisions under the original event id; c. the original decisions, marked as a \
                replay, under the retry's own event id.
                """,
            chosen: """
                2 and c, in the ledger and in the engine. A retry of the same event under its key, at any \
                later moment, changes nothing and returns the first decisions' rule, outcome and minutes \
                with `isReplay` and `replayOf` (the original event), the balance as it is now, and an \
                explanation that nothing changed; a sum over decisions counts a replay once, with its \
                original. The saved state keeps a text fingerprint of each command, not the command or its \
                decisions (issue 16: the full decisions made the state grow by kilobytes per event); the \
                caller keeps the full decisions. Another payload under the key is `idempotencyConflict`, and \
                the message names the first field that differs, with its new value ("date (now \
                2026-01-15)").
                """,
            why: """
                a retried request naturally arrives later; treating it as new could earn or reserve twice, \
                and answering it with nothing leaves the caller unable to tell a lost request from a done \
                one.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/LedgerPropertyTests.swift",
                    [
                        "Replaying a key with the same command changes nothing; with another command it is a conflict"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/ContractTimelineTests.swift",
                    [
                        "A retry with the same key and payload is a replay under its own id; the moment is not compared",
                        "The same key with another payload is idempotencyConflict, naming the field that differs",
                    ]),
            ]),
        Interpretation(
            id: "I-216",
            title: "What a contract's end does to the other rules",
            quote: "Na einddatum van de overeenkomst kan je niet de eventueel nog van",
            alternatives: [
                Reading.Alternative(
                    id: "release-lapse-after-end",
                    summary:
                        "Extra care booked for after the end does not take place; hours left lapse at the first event after the end"
                ),
                Reading.Alternative(
                    id: "reserved-until-year-end",
                    summary:
                        "As chosen, but hours reserved for extra care after the end stay reserved and lapse only on 31 December"
                ),
                Reading.Alternative(
                    id: "lapse-on-end-day",
                    summary: "As chosen, but the lapse is recorded on the end day itself"),
            ],
            clause: """
                TSO terms art. 5 lid 5: "Na einddatum van de overeenkomst kan je niet de eventueel nog van \
                voor de einddatum resterende ruil- en inhaaluren inzetten."; art. 6 lid 1 (instalments owed \
                in advance).
                """,
            readingsConsidered: """
                once an end is known: 1. hours reserved for extra care after it stay reserved, and the hours \
                lapse only on 31 December; 2. extra care booked for after the end does not take place: held \
                hours are released, used hours come back, its invoice is cancelled; the hours left lapse \
                when the end has passed. For when the lapse is recorded: a. on the end day itself; b. at the \
                first event after the end (or an expiry run with a later date).
                """,
            chosen: """
                2 and b. The lapse is a decision of its own (`lapsedAtContractEnd`, art. 5 lid 5) recorded \
                with the first event dated after the last day, or in the expiry run whose date is after it; \
                the hours are usable through the last day. Billing reads the same end: a month is billed \
                only when the contract is in force on its first day (I-210), so nothing after the end.
                """,
            why: """
                lid 5 bars only use after the end; hours held for care that cannot take place would be lost \
                to the parent twice (reserved and then lapsed), and an invoice for care after the end would \
                bill for nothing. Recording the lapse at the first event after the end keeps the engine free \
                of clocks: nothing happens between events.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/ContractTimelineTests.swift",
                    [
                        "Hours left after the end lapse at the end, citing art. 5 lid 5, at the first event after it"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/EngineSequenceTests.swift",
                    ["5,000 seeded sequences of 200 engine events keep every invariant after every event"]),
            ]),
        Interpretation(
            id: "I-217",
            title: "A move to another location keeps the hours, and ends the old contract the day before",
            quote: "Als je kind verhuist naar een andere locatie, blijven de ruil- en",
            alternatives: [
                Reading.Alternative(
                    id: "hours-follow-child",
                    summary:
                        "The hours follow the child to the new contract for the same service, and neither lapse nor count twice"
                ),
                Reading.Alternative(
                    id: "new-contract-lapse",
                    summary:
                        "The move is a new contract, and the old contract's hours lapse at its end (art. 5 lid 5)"
                ),
            ],
            clause: """
                TSO terms art. 5 lid 6: "Als je kind verhuist naar een andere locatie, blijven de ruil- en \
                inhaaluren behouden."
                """,
            readingsConsidered: """
                1. the move is a new contract, and the old one's hours lapse at its end (lid 5); 2. the \
                hours follow the child to the new contract for the same service, and neither lapse nor count \
                twice.
                """,
            chosen: """
                2. A `move` event names the old contract, the new one (same child, same service, in the \
                case's facts) and the first day at the new location. The old contract ends the day before; \
                its hours stay in the child's account for that service, keep their expiry dates (31 \
                December, or the end of the last contract of the chain), and are not lapsed at the old \
                contract's end. The decision `hoursMoved` says how many minutes moved. A move to another \
                service or child is refused: that is `hours-offered` (lid 2 and 3).
                """,
            why: """
                lid 6 says "blijven … behouden" without a condition; lapsing them at the old end would take \
                away what the clause keeps.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/ContractTimelineTests.swift",
                    [
                        "A move needs the same child and service; hours move once and the old contract ends the day before"
                    ])
            ]),
    ]
}
