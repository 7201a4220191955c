extension InterpretationRegister {
    /// The register entries that read the extra-care clauses (``extraCareClauses``): requests, approvals, cancellations and their invoicing.
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let extraCareEntries: [Interpretation] = [
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
            id: "I-211",
            title: "Extra care is rounded down to the cent, line by line",
            quote: "hetzelfde tarief als in je overeenkomst staat",
            alternatives: [
                Reading.Alternative(
                    id: "down-per-line",
                    summary:
                        "Each line's minutes × rate / 60 rounded down to the cent: 45 minutes at € 8,50 is € 6,37"
                ),
                Reading.Alternative(
                    id: "half-up", summary: "As chosen, but rounded half up (45 minutes at € 8,50 is € 6,38)"),
                Reading.Alternative(
                    id: "up",
                    summary: "As chosen, but rounded up to the next cent (45 minutes at € 8,50 is € 6,38)"),
                Reading.Alternative(
                    id: "month-total",
                    summary: "As chosen, but rounded once on the month's total instead of per line"),
            ],
            clause: """
                TSO terms art. 5 (extra opvang) lid 4: "Voor het afnemen van extra opvang rekenen we \
                hetzelfde tarief als in je overeenkomst staat."
                """,
            readingsConsidered: """
                minutes × hourly rate / 60 is rarely a whole number of cents. It can be rounded 1. half up, \
                2. up, or 3. down; 4. per line or 5. once on the month's total.
                """,
            chosen: """
                3 and 4: each invoice line is minutes × rate / 60 rounded down (45 minutes at € 8,50 is € \
                6,37, not € 6,38).
                """,
            why: """
                rounding down never charges more than the rate; rounding each line down never charges more \
                than rounding the total once. Favours the parent by at most one cent per line.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift",
                    [
                        "minutes × hourly rate / 60, rounded down to the cent (I-211)",
                        "Rounding each line down never charges more than rounding the month's total once",
                    ])
            ]),
    ]
}
