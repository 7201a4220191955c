extension InterpretationRegister {
    /// The swap-hours and extra-care entries (I-100 – I-199), in the register's order.
    static let swapHours: [Interpretation] = [
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
            id: "I-101",
            title: "\"4 dagen (96 uur)\" for cancelling extra care paid with hours is inclusive",
            quote: "4 dagen (96 uur) voor de start van de opvang",
            alternatives: [
                Reading.Alternative(
                    id: "at-or-before-96-hours",
                    summary:
                        "A cancellation at or before 96 hours before the start returns the hours (inclusive), later-of-two moment as I-001"
                ),
                Reading.Alternative(
                    id: "strictly-more-than-96-hours",
                    summary:
                        "Only a cancellation strictly more than 96 hours before returns the hours, as in ruil lid 1"
                ),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 6 sub a: "je meldt je kind afwezig voor de aan jou \
                bevestigde extra opvang 4 dagen (96 uur) voor de start van de opvang: dan krijg je je ruil- \
                en inhaaluren terug"
                """,
            readingsConsidered: """
                1. strictly more than 96 hours, as in ruil lid 1 ("meer dan 96 uur"); 2. at or before 96 \
                hours.
                """,
            chosen: """
                2, with the same later-of-two-readings moment as I-001 (elapsed hours or same clock time \
                four days earlier).
                """,
            why: """
                lid 6a says "4 dagen (96 uur) voor", not "meer dan"; at exactly 96 hours the parent has met \
                it (favours the parent).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "A cancellation at exactly 96 hours before returns the hours (extra opvang lid 6 sub a: inclusive)"
                    ])
            ]),
        Interpretation(
            id: "I-102",
            title: "A 6a cancellation counts by app, e-mail, letter or online form",
            quote: "je meldt je kind afwezig",
            alternatives: [
                Reading.Alternative(
                    id: "any-art-2-lid-4-channel",
                    summary:
                        "Any channel art. 2 lid 4 accepts counts: app, e-mail, letter, online form; not phone, oral or staff-entered"
                ),
                Reading.Alternative(
                    id: "app-only", summary: "Only a report in the app counts, as in ruil lid 1"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 6 sub a: "je meldt je kind afwezig"; art. 2 lid 4: \
                "alleen rechtsgeldig als deze schriftelijk, per e-mail of via de ouderapp tot stand komen"
                """,
            readingsConsidered: "1. only in the app (as ruil lid 1); 2. any channel art. 2 lid 4 accepts.",
            chosen: """
                2. App, e-mail, letter and the online form count; phone, oral and staff-entered messages do \
                not.
                """,
            why: "lid 6a names no channel, unlike ruil lid 1 and lid 6b (favours the parent).",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "A cancellation at exactly 96 hours before returns the hours (extra opvang lid 6 sub a: inclusive)"
                    ])
            ]),
        Interpretation(
            id: "I-103",
            title: "\"7 dagen voorafgaand aan de opvangdag\" is a calendar date, inclusive to 23:59:59",
            quote: "7 dagen voorafgaand aan de opvangdag",
            alternatives: [
                Reading.Alternative(
                    id: "on-or-before-calendar-date",
                    summary:
                        "On or before the calendar date 7 days before the care day, until 23:59:59 Amsterdam time, by e-mail only"
                ),
                Reading.Alternative(
                    id: "168-hours-before-start", summary: "At least 168 hours before the start of care"),
                Reading.Alternative(
                    id: "seven-whole-days-between",
                    summary: "At least 7 whole days between the cancellation and the care day"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 6 sub b: "als je de extra aangevraagde dag 7 dagen \
                voorafgaand aan de opvangdag annuleert door een e-mail te sturen naar support@partou.nl"
                """,
            readingsConsidered: """
                1. 168 hours before the start of care; 2. at least 7 whole days between; 3. on or before the \
                calendar date 7 days before the care day.
                """,
            chosen: """
                3, deadline 23:59:59 Amsterdam time on that date; only e-mail counts; the makeup hours equal \
                the booked minutes and the invoice stands.
                """,
            why: """
                the clause counts days to the "opvangdag", not hours to the start; 3 is the latest moment \
                any reading allows (favours the parent).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "Invoiced extra care gives makeup hours only by e-mail on or before the date 7 days before (lid 6 sub b)"
                    ])
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
            id: "I-106",
            title: "Hours are used earliest expiry first",
            quote: "Voor extra opvang kun je ruil- en inhaaluren inzetten",
            alternatives: [
                Reading.Alternative(
                    id: "earliest-expiry-first",
                    summary:
                        "Hours are used earliest expiry first (goodwill and rule lots alike), ties by age"),
                Reading.Alternative(id: "oldest-earned-first", summary: "Hours are used oldest earned first"),
                Reading.Alternative(id: "parent-chooses", summary: "The parent chooses which hours are used"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 2: "Voor extra opvang kun je ruil- en inhaaluren inzetten \
                volgens de regels zoals eerder in deze voorwaarden vermeld."
                """,
            readingsConsidered: """
                1. oldest earned first; 2. earliest expiry first (goodwill and rule lots alike); 3. the \
                parent chooses.
                """,
            chosen: "2, ties by age.",
            why: "it leaves the parent the hours that last longest (favours the parent).",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    ["Hours are consumed earliest expiry first (I-106)"])
            ]),
        Interpretation(
            id: "I-107",
            title: "Not enough hours: use what there is, invoice the rest",
            quote: "Beschik je op het moment van aanvraag niet over (voldoende) ruil- en inhaaluren",
            alternatives: [
                Reading.Alternative(
                    id: "use-hours-invoice-shortfall",
                    summary:
                        "The available hours are used and only the shortfall is invoiced at the contract's hourly rate"
                ),
                Reading.Alternative(
                    id: "invoice-whole-request",
                    summary: "The whole request is invoiced when the hours do not cover it"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 4: "Beschik je op het moment van aanvraag niet over \
                (voldoende) ruil- en inhaaluren, dan ontvang je in de desbetreffende maand een factuur voor \
                extra opvang."
                """,
            readingsConsidered: """
                1. the whole request is invoiced; 2. the available hours are used and only the shortfall is \
                invoiced.
                """,
            chosen: """
                2. Hours usable on the care day are reserved at the request (two-phase) and used only on \
                approval and confirmation (lid 3); the shortfall is invoiced at the contract's hourly rate. \
                TSO hours never pay for BSO (lid 2) and staff-entered requests never use hours (art. 1 lid \
                3).
                """,
            why: "the parent keeps the benefit of the hours they have (favours the parent).",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "Full flow: reserve on request, use on confirmation, shortfall invoiced, rounding down (lid 3, 4)"
                    ])
            ]),
        Interpretation(
            id: "I-108",
            title: "The extra-care invoice is rounded down to the cent, in the month of the care",
            quote: "in de desbetreffende maand een factuur",
            alternatives: [
                Reading.Alternative(
                    id: "care-month-rounded-down",
                    summary:
                        "Invoiced in the month of the care; minutes × hourly rate ÷ 60, rounded down to the cent"
                ),
                Reading.Alternative(id: "request-month", summary: "Invoiced in the month of the request"),
                Reading.Alternative(
                    id: "rounded-half-up", summary: "The amount is rounded half-up to the cent"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 4: "in de desbetreffende maand een factuur ... hetzelfde \
                tarief als in je overeenkomst staat"
                """,
            readingsConsidered: "1. month of the request; 2. month of the care. Rounding: half-up, or down.",
            chosen: """
                month of the care; amount = minutes × hourly rate (cents) ÷ 60, rounded down (25 min at € \
                8,50 = € 3,54).
                """,
            why: """
                "desbetreffende maand" follows the care; rounding down never charges more than the rate \
                (favours the parent).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "Full flow: reserve on request, use on confirmation, shortfall invoiced, rounding down (lid 3, 4)"
                    ])
            ]),
        Interpretation(
            id: "I-109",
            title: "Confirmed care withdrawn by the provider: hours back, invoice cancelled",
            quote:
                "Je bent pas zeker van je extra opvang, wanneer je van ons een bevestiging ontvangt via de ouderapp.",
            alternatives: [
                Reading.Alternative(
                    id: "withdrawal-breaches-lid-5",
                    summary:
                        "After confirmation the care is owed: a withdrawal is flagged contrary to lid 5, hours come back, invoice cancelled"
                ),
                Reading.Alternative(
                    id: "withdraw-like-rejection",
                    summary: "The provider may withdraw confirmed care like a rejection"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 5: "Je bent pas zeker van je extra opvang, wanneer je van \
                ons een bevestiging ontvangt via de ouderapp."
                """,
            readingsConsidered: """
                1. the provider may withdraw like a rejection; 2. after confirmation the care is owed, so a \
                withdrawal breaches lid 5.
                """,
            chosen: """
                2. The decision flags it as contrary to lid 5, the hours come back (`returned`), and the \
                shortfall invoice for the care not given is cancelled.
                """,
            why: "the parent \"is zeker\" after confirmation (favours the parent).",
            forLegal: "the terms do not say what else the parent may claim.",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    [
                        "Withdrawal of confirmed care by the provider is flagged contrary to lid 5 and returns the hours"
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
            id: "I-112",
            title: """
                Care partly paid with hours and partly invoiced: each part follows its own cancellation rule
                """,
            quote: "met facturering achteraf",
            alternatives: [
                Reading.Alternative(
                    id: "each-part-own-rule",
                    summary: "The hours part follows 6a and the invoiced part 6b, one decision per part"),
                Reading.Alternative(
                    id: "whole-booking-follows-6b",
                    summary: "The whole booking follows 6b once anything is invoiced"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 6 sub a: "*met ruil- en inhaaluren* … dan krijg je je \
                ruil- en inhaaluren terug"; sub b: "*met facturering achteraf*, dan kunnen we daarvoor alleen \
                inhaaluren teruggeven als je de extra aangevraagde dag 7 dagen voorafgaand aan de opvangdag \
                annuleert".
                """,
            readingsConsidered: """
                1. the whole booking follows 6b once anything is invoiced; 2. the hours part follows 6a, the \
                invoiced part 6b.
                """,
            chosen: """
                2. The desk returns one decision per part. Makeup hours from 6b expire like earned hours (31 \
                December of the care day's year, capped at the contract end; I-105).
                """,
            why: "each sub names its own payment; 2 never gives less than either (favours the parent).",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift",
                    [
                        "Complaints report line 617: extra care approved, then cancelled over the weekend: hours lost"
                    ])
            ]),
        Interpretation(
            id: "I-113",
            title: "The same-day cutoff is strict, and requests once the care has started are refused",
            quote: "kun je dit aanvragen vóór 11:00 uur in de ouderapp",
            alternatives: [
                Reading.Alternative(
                    id: "strictly-before-11",
                    summary: "Strictly before 11:00 (\"vóór\"): 10:59:59 is in time, 11:00:00 is not"),
                Reading.Alternative(id: "up-to-and-including-11", summary: "Up to and including 11:00"),
            ],
            clause: """
                TSO terms art. 5, extra opvang lid 1: "Indien je extra opvang wilt op de dag zelf, kun je \
                dit aanvragen vóór 11:00 uur in de ouderapp."
                """,
            readingsConsidered: "1. up to and including 11:00; 2. strictly before 11:00.",
            chosen: """
                2 ("vóór"): 10:59:59 is in time, 11:00:00 is not. A request at or after the start of the \
                care is refused; requests from app version 2 and by other channels than the app are refused \
                (art. 1 lid 3; App terms art. 4).
                """,
            why: "the text is unambiguous here; the parent may request \"altijd\" otherwise.",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift",
                    ["A same-day request is accepted strictly before 11:00 (extra opvang lid 1)"])
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
            id: "I-120",
            title: "Extra care on a day without TSO, and in the slot the contract already covers",
            quote: "Partou biedt geen tso aan wanneer de scholen zijn gesloten.",
            alternatives: [
                Reading.Alternative(
                    id: "refuse-no-tso-day-and-overlap",
                    summary:
                        "Requests for a day without TSO are refused, not invoiced; a request overlapping the slot is refused as alreadyScheduled"
                ),
                Reading.Alternative(
                    id: "any-day-accepted",
                    summary:
                        "Extra care is possible on any day, so a request for 25 December is accepted and invoiced"
                ),
                Reading.Alternative(
                    id: "overlap-priced-in-full",
                    summary: "A request overlapping the contracted slot is accepted and priced in full"),
                Reading.Alternative(
                    id: "overlap-cut-off",
                    summary: "The overlapping minutes are cut off and the rest of the request accepted"),
            ],
            clause: """
                TSO terms art. 4 lid 2: "Partou biedt geen tso aan wanneer de scholen zijn gesloten. Dit is \
                ook van toepassing op schoolsluitingsdagen van scholen (dagen/dagdelen waarvan de school aan \
                het begin van het schooljaar heeft gecommuniceerd dat zij gesloten is) en op de algemeen \
                erkende feestdagen."; art. 5, extra opvang lid 1: "Je mag als ouder altijd extra opvang \
                aanvragen."; lid 4: "dan ontvang je in de desbetreffende maand een factuur voor extra \
                opvang"; art. 6 lid 1: "Het contractueel overeengekomen jaarbedrag voor opvang (tso) wordt \
                vooraf per maand in gelijke bedragen over 10 kalendermaanden gefactureerd"
                """,
            readingsConsidered: """
                day: 1. extra care is possible on any day, so a request for 25 December is accepted and \
                invoiced; 2. a day without TSO is one without care of any kind under the contract: a \
                weekend, a TSO holiday of art. 4 lid 3, a school holiday or a school closure day (announced \
                at the start of the school year or later); a request for such a day is refused, not \
                invoiced; a school day that is not in the schedule is the normal case of extra care and is \
                accepted. Overlap: a. a request overlapping the contracted slot is accepted and priced in \
                full; b. the overlapping minutes are cut off and the rest accepted; c. a request that \
                overlaps the slot by at least one minute is refused as `alreadyScheduled`, draws no hours \
                and is not invoiced, and the explanation names the slot so the parent can request the time \
                outside it; a request that ends when the slot starts, or starts when it ends, does not \
                overlap.
                """,
            chosen: """
                2 and c. Outcome names `dayWithoutCare.<reason>` (`weekend`, `tsoHoliday`, `schoolHoliday`, \
                `schoolClosureDay`, `closureDayAnnouncedLate`) and `alreadyScheduled`. Checked after the \
                channel, the app version and the contract period, and after the timing checks (care already \
                started, same-day cut-off), so a same-day request after 11:00 keeps its reason.
                """,
            why: """
                lid 2 says there is no TSO on those days at all, so accepting a request would invoice care \
                that cannot be given (lid 4 prices care given); the annual amount of art. 6 lid 1 already \
                pays for the contracted slot, so charging the overlap again, or drawing hours for it, makes \
                the parent pay twice. Refusing the whole overlapping request (c) never charges for the \
                overlap; cutting it (b) would decide a different request than the one the parent made, and \
                on lid 5 ("pas zeker … wanneer je van ons een bevestiging ontvangt") the parent must know \
                exactly what was confirmed. Most favourable to the parent among the readings that do not \
                invent a request.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/CareCalendar/CareCalendarEntryPointTests.swift",
                    [
                        "Extra care on a day without TSO is refused, not invoiced: 25 December, a Saturday, a school holiday, a closure day (art. 4 lid 2 and 3, I-120)",
                        "Extra care on a school day outside the schedule is accepted; overlapping the contracted slot by one minute is refused as already scheduled, right after it is accepted (art. 6 lid 1, I-120)",
                        "Extra care in the contracted slot draws no hours from the ledger (art. 6 lid 1, I-120)",
                    ])
            ]),
    ]
}
