extension InterpretationRegister {
    /// The register entries that read the billing clauses (``billingClauses``): the instalments, payment and refunds.
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let billingEntries: [Interpretation] = [
        Interpretation(
            id: "I-209",
            title: "The extra cents of the annual amount fall in the last months",
            quote: "wordt vooraf per maand in gelijke bedragen over 10",
            alternatives: [
                Reading.Alternative(
                    id: "last-months",
                    summary:
                        "One extra cent each in the last months: 123 457 cents gives Sept to Nov 12 345, Dec to June 12 346"
                ),
                Reading.Alternative(
                    id: "first-month", summary: "The whole remainder goes in the first month"),
                Reading.Alternative(id: "first-months", summary: "One extra cent each in the first months"),
            ],
            clause: """
                TSO terms art. 6 lid 1: "… wordt vooraf per maand in gelijke bedragen over 10 \
                kalendermaanden gefactureerd …"
                """,
            readingsConsidered: """
                an annual amount not divisible by 10 cents cannot be split into equal instalments. The \
                remainder can go 1. in the first month, 2. one cent each in the first months, 3. one cent \
                each in the last months.
                """,
            chosen: """
                3: each instalment is the annual amount / 10 rounded down, and the last (amount mod 10) \
                months, counted September to June, are one cent higher. 123 457 cents: September to November \
                12 345, December to June 12 346.
                """,
            why: """
                the instalments stay as equal as cents allow and the parent pays the extra cents as late as \
                possible; a contract that ends early never pays them.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Billing/BillingScheduleTests.swift",
                    [
                        "Ten instalments, September to June, differing by at most a cent, extra cents in the last months (I-209)"
                    ])
            ]),
        Interpretation(
            id: "I-210",
            title: "A contract that starts or ends during the school year",
            quote: "gefactureerd en is ook vooraf verschuldigd",
            alternatives: [
                Reading.Alternative(
                    id: "in-force-on-first-day",
                    summary:
                        "Only months on whose first day the contract is in force, at full instalment: a 15 Nov start bills Dec to June"
                ),
                Reading.Alternative(
                    id: "spread-over-remaining",
                    summary: "The full annual amount, spread over the remaining months"),
                Reading.Alternative(
                    id: "any-day-touched",
                    summary: "Every billing month the contract touches, even for one day"),
                Reading.Alternative(id: "pro-rata-days", summary: "A pro rata share by days"),
            ],
            clause: """
                TSO terms art. 6 lid 1: "… wordt vooraf per maand in gelijke bedragen over 10 \
                kalendermaanden gefactureerd en is ook vooraf verschuldigd. In juli en augustus wordt er \
                niet gefactureerd."; art. 6 lid 5: "… Dan vindt geen restitutie in geld of in opvang van \
                reeds betaalde opvanguren plaats."
                """,
            readingsConsidered: """
                1. The full annual amount, spread over the remaining months. 2. Every billing month the \
                contract touches, even for one day. 3. A pro rata share by days. 4. Only the billing months \
                on whose first day the contract is in force, each at its full-year instalment.
                """,
            chosen: """
                4. Worked examples (annual 123 457 cents, school year 2025/2026): start 2025-08-01: 10 \
                instalments, 123 457; start 2025-11-01: November to June, 98 767; start 2025-11-15: December \
                to June, 86 422 (November not billed); start 2025-09-02: October to June, 111 112; end \
                2026-02-14: September to February, 74 073 (February owed in advance on 1 February and not \
                refunded, lid 5; nothing from March); end 2026-01-31: September to January, 61 727; start \
                2026-07-01: nothing in 2025/2026.
                """,
            why: """
                an instalment is "vooraf verschuldigd", owed on the first of its month, so it is owed only \
                if the contract is in force that day. Reading 1 charges for care never received, 2 charges a \
                full month for a day, and 3 has no basis in terms that bill equal monthly amounts. Reading 4 \
                favours the parent at the start (the first part month is free) and follows lid 5 at the end.
                """,
            forLegal: """
                (a) a contract whose start date is after 1 September (say 2 September, the first school day) \
                is not billed for September: sales should set the start date of a full-year package to 1 \
                August (art. 4 lid 1); (b) resolved by I-202: a notice received on the 1st ends the contract \
                per the 1st of the next month, so its last day is the last day of the month before and no \
                instalment falls due for a single day.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Billing/BillingScheduleTests.swift",
                    [
                        "A contract is billed for the months on whose first day it is in force (I-210)",
                        "A contract starting in November is first billed in December when it starts after the 1st",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ParentTerminationTests.swift",
                    [
                        "A termination effective in the middle of February still owes the February instalment, and nothing later"
                    ]),
            ]),
        Interpretation(
            id: "I-212",
            title: "The administration fee without direct debit",
            quote: "om per digitale factuur administratiekosten in rekening te brengen",
            alternatives: [
                Reading.Alternative(
                    id: "once-per-month",
                    summary:
                        "At most one fee per monthly invoice, extra care included, only without a mandate; none with nothing to invoice"
                ),
                Reading.Alternative(
                    id: "per-invoice",
                    summary: "A fee on each separate invoice, including a separate invoice for extra care"),
            ],
            clause: """
                TSO terms art. 6 lid 4: "Wil je geen gebruik maken van automatische incasso voor het \
                incasseren van je reguliere maandelijkse factuur voor opvang, dan behouden wij ons het recht \
                voor om per digitale factuur administratiekosten in rekening te brengen."; art. 5 (extra \
                opvang) lid 4: "… dan ontvang je in de desbetreffende maand een factuur voor extra opvang."
                """,
            readingsConsidered: """
                the fee per invoice could apply 1. to each separate invoice, including a separate one for \
                extra care; 2. once per monthly invoice, extra care included. Its amount is not fixed.
                """,
            chosen: """
                2: at most one fee per month, only without a mandate, and none in a month with nothing to \
                invoice (July and August without extra care). The amount is a parameter.
                """,
            why: """
                the fee is tied to the "reguliere maandelijkse factuur"; splitting extra care into a second \
                invoice would double it. Favours the parent.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift",
                    [
                        "Without a direct-debit mandate the fee is charged once per monthly invoice; with one, never (I-212)"
                    ])
            ]),
        Interpretation(
            id: "I-213",
            title: "Force majeure excludes a refund only under its proviso",
            quote: "dan zijn wij niet gehouden tot restitutie …, mits Partou binnen",
            alternatives: [
                Reading.Alternative(
                    id: "only-under-proviso",
                    summary:
                        "Refund excluded only if Partou did all it could to prevent or end it; otherwise the terms do not exclude it"
                ),
                Reading.Alternative(
                    id: "always-excluded",
                    summary: "Force majeure always excludes a refund, whatever Partou did"),
            ],
            clause: """
                TSO terms art. 6 lid 6: "… dan zijn wij niet gehouden tot restitutie …, mits Partou binnen \
                de grenzen van de wet- en regelgeving al het mogelijke heeft gedaan om deze \
                overmachtssituatie te voorkomen, dan wel ten spoedigste op te heffen."
                """,
            readingsConsidered: """
                1. Force majeure always excludes a refund. 2. Only when Partou did everything possible; \
                otherwise the terms do not exclude it.
                """,
            chosen: """
                2: without that condition the outcome is `notExcludedByTerms` (the claim is decided under \
                the law, not by the terms). The caller states whether Partou did everything possible.
                """,
            why: "\"mits\" makes it a condition; reading 1 would drop it. Favours the parent.",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift",
                    [
                        "Force majeure that Partou did not do everything to prevent or end is not excluded by the terms (I-213)"
                    ])
            ]),
    ]
}
