extension InterpretationRegister {
    /// The contract, care-calendar and billing entries (I-200 – I-299), in the register's order.
    static let contracts: [Interpretation] = [
        Interpretation(
            id: "I-200",
            title: "Named channels that are not exclusive: cancellation (art. 3) and change (art. 8 lid 2)",
            quote: "Je kunt de overeenkomst schriftelijk annuleren per e-mail ter attentie",
            alternatives: [
                Reading.Alternative(
                    id: "any-written",
                    summary:
                        "Any written channel counts (letter, e-mail, form, app), not only the named ones; a call or spoken word does not"
                ),
                Reading.Alternative(
                    id: "named-only",
                    summary:
                        "Only e-mail to customer support (art. 3) and the online form (art. 8 lid 2) are valid channels"
                ),
            ],
            clause: """
                TSO terms art. 3: "Je kunt de overeenkomst schriftelijk annuleren per e-mail ter attentie \
                van de afdeling customer support"; art. 8 lid 2: "Wijziging(en) kun je doorgeven via \
                www.mijnpartou.nl/service."; compare art. 8 lid 1: "Je kunt jouw overeenkomst \
                **uitsluitend** opzeggen door middel van het online opzegformulier".
                """,
            readingsConsidered: """
                1. E-mail to customer support (art. 3) and the online form (art. 8 lid 2) are the only valid \
                channels. 2. They are the channels the terms name, but any other written channel (letter, \
                e-mail, online form, the app) also counts; a phone call, a word in person or a message \
                passed on by staff does not ("schriftelijk"; art. 2 lid 4).
                """,
            chosen: "2. The explanation names the preferred channel and says the written message counts.",
            why: """
                the terms use "uitsluitend" in art. 8 lid 1 and not in art. 3 or art. 8 lid 2, so the \
                drafter knew how to make a channel exclusive; in doubt the consumer reading applies (art. \
                6:238 lid 2 BW). Favours the parent because a written cancellation or change cannot be lost \
                on a technicality. The termination form stays exclusive: "uitsluitend" leaves no doubt.
                """,
            forLegal: """
                the issue text says the cancellation "must be sent by e-mail"; confirm that a letter or app \
                message is acceptable.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/CancellationTests.swift",
                    ["Written channels count, spoken ones do not (I-200)"]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractChangeTests.swift",
                    [
                        "The online form is named but not exclusive: other written channels count, spoken ones do not (I-200)"
                    ]),
            ]),
        Interpretation(
            id: "I-201",
            title: "What a cancellation still costs",
            quote: "Wij hanteren een annuleringstermijn van één (1) maand.",
            alternatives: [
                Reading.Alternative(
                    id: "instalments-until-per-date",
                    summary:
                        "Instalments of billing months whose 1st falls from the start date through the last day (day before the per date)"
                ),
                Reading.Alternative(
                    id: "fixed-month-fee",
                    summary:
                        "A fixed fee of one month's instalment on every cancellation, even when the start is far away"
                ),
                Reading.Alternative(
                    id: "pro-rata-days",
                    summary: "A pro rata share of the annual amount per day in the cancellation period"),
            ],
            clause: """
                TSO terms art. 3: "Als annuleringsdatum geldt de datum dat Partou de annulering ontvangt. \
                Wij hanteren een annuleringstermijn van één (1) maand." with art. 6 lid 1: "… wordt vooraf \
                per maand in gelijke bedragen over 10 kalendermaanden gefactureerd en is ook vooraf \
                verschuldigd. In juli en augustus wordt er niet gefactureerd."
                """,
            readingsConsidered: """
                1. A fixed fee of one month's instalment on every cancellation. 2. The contract binds during \
                the cancellation period: the parent owes what the contract would have cost from the start \
                date through the effective date, billed as art. 6 lid 1 bills it (I-210). 3. A pro rata \
                share of the annual amount per day in the period.
                """,
            chosen: """
                2. The parent owes the instalments of the billing months (September to June) whose first day \
                falls from the start date through the contract's last day, the day before the effective \
                ("per") date received + 1 month, rounded down (I-202). Nothing is owed when the start date \
                is on or after the effective date (received 2026-08-01 for a 2026-09-01 start: per 1 \
                September, last day 31 August, nothing owed), or when the only months touched are July or \
                August. Worked examples (annual € 1.234,57): received 2025-08-20, start 2025-09-01, \
                effective 2025-09-20: September (€ 123,45); same with start 2025-09-02: nothing; received \
                2025-07-25, start 2025-09-01, effective 2025-08-25: nothing.
                """,
            why: """
                art. 3 sets a period, not a fee; the only price the terms give is the instalment owed in \
                advance on the first of a month. Favours the parent over reading 1 (a fee even when the \
                start is far away) and is the reading the terms' own billing supports, unlike reading 3.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/CancellationTests.swift",
                    [
                        "What a cancellation still costs: the instalments of months beginning from the start through the last day, the day before the per date",
                        "Nothing is owed when the start date falls after the effective date",
                        "A cancellation received 1 August for a 1 September start ends the contract per the start: nothing is owed (I-202)",
                    ])
            ]),
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .perDate, symbol: "perDate",
                impact: """
                    16 of the 87 bundled scenarios: every parent's notice ends or applies a day later; a \
                    termination received 1 February also bills March (€ 123,46), and a cancellation received \
                    1 August for a 1 September start also bills September (€ 123,45)
                    """),
            clause: """
                TSO terms art. 8 lid 1: "Wij hanteren een opzegtermijn van een maand."; art. 3: "Wij \
                hanteren een annuleringstermijn van één (1) maand."; art. 10: "… de overeenkomst op te \
                zeggen tegen de dag waarop de wijziging in werking treedt."; art. 2 lid 5 sub a: "… met \
                inachtneming van de opzegtermijn van een maand."
                """,
            readingsConsidered: """
                the date a notice reaches (received + 1 month, rounded down, I-003) is 1. the first day \
                without a contract (the contract ends "per" that date, at its start), or 2. the contract's \
                last day. A date the parent chooses on the form is 3. a "per" date as well, or 4. a last \
                day. A date before the earliest ("per direct", retroactive) can be 5. refused as invalid, or \
                6. moved to the earliest date.
                """,
            chosen: """
                1, 3 and 6, in every notice the library computes: cancellation (art. 3), the parent's \
                termination (art. 8 lid 1), the change (art. 8 lid 2: the change applies from the per date), \
                Partou's termination (art. 8 lid 5, I-206), the missing-consent termination (art. 2 lid 5 \
                sub a: per the agreement deadline + 1 month), the art. 10 termination (per the effective \
                date, I-204), and the price and terms changes (the new price or terms apply from the per \
                date, I-004). The contract's last day (`Contract.endDate`, `TerminationTerms.endDate`, \
                `ContractEnd.lastDay`) is the day before the per date (`firstDayWithoutContract`); \
                explanations show both ("laatste opvangdag 28 februari 2026; de overeenkomst eindigt per 1 \
                maart 2026"). Worked examples: a form received 2026-02-01 ends the contract per 2026-03-01, \
                last day 2026-02-28, and March is not billed (before: € 123,46); a cancellation received \
                2026-08-01 for a 2026-09-01 start ends per 2026-09-01 and costs nothing (before: the \
                September instalment).
                """,
            why: """
                the terms and the library's own wording say "eindigt per", "opgezegd per" and "tegen de \
                dag", and in Dutch usage a contract that ends per a date no longer binds on that date; day 0 \
                of the retention count is that same day (I-305). A one-month notice from 1 February that \
                still binds on 1 March is a month and a day. Reading 1 favours the parent: one day less \
                bound and, under I-210, no instalment for a month of which only the 1st would be covered. A \
                chosen date is read the same way (3): the form asks when the contract should end, and \
                reading it as a per date never costs the parent more than reading 4 (a chosen 1 April does \
                not make April payable). Reading 6 keeps a notice with a too-early date valid instead of \
                making the parent start again.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ParentTerminationTests.swift",
                    [
                        "The contract ends per the earliest date or per the later date the parent chose; its last day is the day before (I-202)",
                        "A form received on 1 February ends the contract per 1 March: last day 28 February, March not billed (I-202)",
                        "Read as the last day (I-202=last-day-in-contract), the form of 1 February ends the contract per 2 March, and a chosen date is a last day",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/CancellationTests.swift",
                    [
                        "A cancellation received 1 August for a 1 September start ends the contract per the start: nothing is owed (I-202)"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/NoticeDatesTableTests.swift",
                    [
                        "art. 8 lid 1: a form received on a month end ends the contract per one month later, rounded down; the last day is the day before"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractEndTests.swift",
                    [
                        "Every outcome that ends a contract gives its end: last day, per date and clause (I-202)"
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ComplaintScenarioTests.swift",
                    [
                        "Complaints report line 4646: a request to terminate immediately ends after one month's notice"
                    ]),
                PinnedTests(
                    "Tests/CommandLineTests/ReadingCommandTests.swift",
                    [
                        "impact --reading I-202=last-day-in-contract on the casebook: 16 scenarios end a day later, and two bill one more month"
                    ]),
            ]),
        Interpretation(
            id: "I-203",
            title: "A price change with too early a date is deferred, not void",
            quote: "prijswijziging gaat niet eerder in dan na één kalendermaand, vermeerderd met één week",
            alternatives: [
                Reading.Alternative(
                    id: "deferred",
                    summary:
                        "Deferred to the earliest allowed date (announced + 1 month up + 7 days); old price until then, breach flagged"
                ),
                Reading.Alternative(
                    id: "void",
                    summary:
                        "A price change announced with too short a notice is void and must be announced again"
                ),
            ],
            clause: """
                TSO terms art. 7: "Wij kondigen een dergelijke prijswijziging van te voren aan. De \
                prijswijziging gaat niet eerder in dan na één kalendermaand, vermeerderd met één week na de \
                aankondiging."
                """,
            readingsConsidered: """
                1. A price change announced with too short a notice is void and must be announced again. 2. \
                It takes effect on the earliest allowed date (announced + 1 month, rounded up, + 7 days, \
                I-004); until then the old price applies and the early date is flagged as contrary to art. \
                7.
                """,
            chosen: """
                2: `PriceChangeOutcome.isContraryToArticle7` is true and `effectiveDate` is the earliest \
                allowed date.
                """,
            why: """
                the clause fixes a minimum ("gaat niet eerder in dan"), not a condition of validity. The \
                parent pays the old price for the whole notice period, which is what the clause protects.
                """,
            forLegal: """
                reading 1 is more favourable to the parent; the library flags the breach so the caller can \
                choose it.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/PriceAndTermsChangeTests.swift",
                    [
                        "A proposed date before announced + 1 calendar month (up) + 1 week is contrary to art. 7"
                    ])
            ]),
        Interpretation(
            id: "I-204",
            title: "Terminating against a material change of the terms",
            quote: "de overeenkomst op te zeggen tegen de dag waarop de wijziging in werking treedt",
            alternatives: [
                Reading.Alternative(
                    id: "inclusive-per-date-form-at-once",
                    summary:
                        "Form notice up to and including the effective date ends the contract per that date, without a month's wait"
                ),
                Reading.Alternative(
                    id: "window-exclusive",
                    summary:
                        "As chosen, but the notice must arrive before the effective date (up to but not including it)"
                ),
                Reading.Alternative(
                    id: "last-day-effective",
                    summary:
                        "As chosen, but the effective date is the contract's last day (one day under the new terms)"
                ),
                Reading.Alternative(
                    id: "any-written",
                    summary:
                        "As chosen, but any written notice counts, not only the online form of art. 8 lid 1"),
                Reading.Alternative(
                    id: "month-notice",
                    summary:
                        "As chosen, but the ordinary month's notice still applies instead of ending per the effective date"
                ),
            ],
            clause: """
                TSO terms art. 10: "… dan ben je gerechtigd om tot de dag waarop de wijzigingen in werking \
                treden de overeenkomst op te zeggen tegen de dag waarop de wijziging in werking treedt."
                """,
            readingsConsidered: """
                "tot de dag": 1. up to but not including the effective date; 2. up to and including it. \
                "tegen de dag": 3. the contract's last day is the effective date (one day under the new \
                terms); 4. the contract ends per the effective date (last day the day before). Channel: 5. \
                any written notice; 6. the online form of art. 8 lid 1. Period: 7. the ordinary month's \
                notice still applies; 8. the contract ends per the effective date without waiting it out.
                """,
            chosen: """
                2, 4, 6 and 8; when the ordinary notice (per received + 1 month) ends the contract earlier, \
                that earlier date applies; a later per date chosen by the parent is honoured; a form \
                received on the effective date itself ends the contract per the day after (never \
                retroactively). Outside the window (before the parent was informed, or after the effective \
                date) the ordinary notice applies and the explanation says why. The engine receives it as \
                `ContractEvent.termsChangeTermination` (scenario event `terms-change-termination`), which \
                moves the lifecycle to `terminationPending` with that end.
                """,
            why: """
                2 and 4 favour the parent: the longest window, and never a day under terms they refused; 8 \
                is what "tegen de dag" grants, and waiting out a month would put the parent under the new \
                terms. Art. 8 lid 1 says "uitsluitend" for every termination, so there is no doubt about the \
                channel.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/PriceAndTermsChangeTests.swift",
                    [
                        "Terminating against a material change ends the contract before the new terms apply (I-204)",
                        "A change that is not material gives only the ordinary notice; the notice must still be in writing",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractEndTests.swift",
                    [
                        "A termination against a material change reaches the lifecycle and ends per the effective date (art. 10, I-204)"
                    ]),
            ]),
        Interpretation(
            id: "I-205",
            title: "Partou's serious reasons: a list that is not exhaustive",
            quote: "Als zwaarwegende redenen worden in ieder geval aangemerkt",
            alternatives: [
                Reading.Alternative(
                    id: "non-exhaustive",
                    summary:
                        "Reasons a to h are serious in any case; another reason may be one too if as serious, judged case by case"
                ),
                Reading.Alternative(
                    id: "exhaustive",
                    summary:
                        "Only the listed reasons a to h allow termination; any other reason is contrary to the terms"
                ),
            ],
            clause: """
                TSO terms art. 8 lid 5: "Partou is slechts bevoegd de overeenkomst op te zeggen op grond van \
                een zwaarwegende reden. Als zwaarwegende redenen worden in ieder geval aangemerkt: a. … h."
                """,
            readingsConsidered: """
                1. "In ieder geval" makes the list examples: a to h are serious reasons in any case, and \
                another reason may be one too if it is as serious. 2. Only the listed reasons a to h allow \
                termination; any other is contrary to the terms.
                """,
            chosen: """
                1. A listed reason is decided as before; `ProviderTerminationReason.other` gives the outcome \
                `providerTermination.notListed`: "not listed; judged case by case". It sets no end (the \
                contract runs on until the case is judged) and is never called "contrary to the terms" by \
                itself.
                """,
            why: """
                "in ieder geval" ("in any case") is the ordinary Dutch way to open a non-exhaustive list; \
                reading 2 contradicts the words, and where the words are clear art. 6:238 lid 2 BW does not \
                let the library read them otherwise. The parent is still protected: only a "zwaarwegende \
                reden" allows termination, and the library does not treat an unlisted reason as one until it \
                is judged. No casebook scenario expected `rejected` for an unlisted reason.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ProviderTerminationTests.swift",
                    [
                        "An unlisted reason is not listed and judged case by case, never contrary to the terms (I-205)"
                    ])
            ]),
        Interpretation(
            id: "I-206",
            title: "Partou's own termination takes one month's notice, rounded up",
            quote: "van de opzegtermijn van een maand",
            alternatives: [
                Reading.Alternative(
                    id: "one-month-rounded-up",
                    summary:
                        "The contract's one-month notice, rounded up: notice 31 January ends per 1 March, last day 28 February"
                ),
                Reading.Alternative(id: "immediate", summary: "Partou may end the contract at once"),
            ],
            clause: """
                TSO terms art. 8 lid 5 gives no period; art. 8 lid 1: "Wij hanteren een opzegtermijn van een \
                maand."; art. 2 lid 5 sub a: "… zal Partou … deze overeenkomst opzeggen … met inachtneming \
                van de opzegtermijn van een maand."
                """,
            readingsConsidered: """
                1. Partou may end the contract at once. 2. "De opzegtermijn van een maand" is the contract's \
                notice period for both parties, counted as Partou's other periods are (rounded up).
                """,
            chosen: """
                2: the contract ends per notice + 1 month, rounded up (31 January gives per 1 March, last \
                day 28 February), as every "per" date is read (I-202).
                """,
            why: """
                art. 2 lid 5 sub a calls the one-month period "de opzegtermijn", the contract's notice \
                period, and applies it to Partou. Rounding up gives the parent the longer time to find other \
                care.
                """,
            forLegal: """
                the terms are silent for lid 5; an immediate termination for a very serious reason (sub b) \
                may be defensible in law.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ProviderTerminationTests.swift",
                    [
                        "The listed serious reasons b to h allow termination with one month's notice, rounded up (I-206)"
                    ])
            ]),
        Interpretation(
            id: "I-207",
            title: "One month of payment default",
            quote: "De situatie dat de ouder gedurende één maand in verzuim is",
            alternatives: [
                Reading.Alternative(
                    id: "rounded-up-paid-off",
                    summary:
                        "The month ends on default start + 1 month, rounded up (31 Jan: 1 March); paying by the notice date removes it"
                ),
                Reading.Alternative(
                    id: "rounded-down",
                    summary:
                        "As chosen, but the month is rounded down: a default from 31 January reaches a month on 28 February"
                ),
                Reading.Alternative(
                    id: "paid-late-still-ground",
                    summary:
                        "As chosen, but paying after the month is reached still leaves the ground for termination"
                ),
            ],
            clause: """
                TSO terms art. 8 lid 5 sub a: "De situatie dat de ouder gedurende één maand in verzuim is \
                ten aanzien van zijn betalingsverplichting".
                """,
            readingsConsidered: """
                the month ends on the date the default began + 1 month, 1. rounded down (31 January gives 28 \
                February) or 2. rounded up (1 March). Payment: 3. paying after a month still leaves the \
                ground; 4. paying on or before the notice date removes it.
                """,
            chosen: """
                2 and 4: Partou may give notice from the date one month is reached; arrears paid on or \
                before the notice date leave no ground. When the default began (due date, reminder, notice \
                of default) is the caller's input.
                """,
            why: """
                both give the parent the longer time and a way out, and "in verzuim is" is a present state: \
                a paid parent is not in default.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ProviderTerminationTests.swift",
                    [
                        "Payment default: one month is reached on the start of the default + 1 month, rounded up (I-207)",
                        "Payment default is a ground only from the day one month is reached, and not once paid off (sub a)",
                    ])
            ]),
        Interpretation(
            id: "I-208",
            title: """
                Missing consent: who must consent, the periods, the boundary days and the cancellation date
                """,
            quote: "niet met toestemming van de andere gezaghebbende ouder is aangegaan",
            alternatives: [
                Reading.Alternative(
                    id: "authority-only",
                    summary:
                        "Only if the other parent has authority; months up, deadline day included, notice and cancellation from it"
                ),
                Reading.Alternative(
                    id: "any-other-parent",
                    summary:
                        "As chosen, but the rule applies whenever the other parent did not consent, with or without authority"
                ),
                Reading.Alternative(
                    id: "months-rounded-down",
                    summary: "As chosen, but the months Partou grants are rounded down"),
                Reading.Alternative(
                    id: "deadline-excluded",
                    summary: "As chosen, but the deadline day itself is not included in the time to agree"),
                Reading.Alternative(
                    id: "start-date-sub-b",
                    summary:
                        "As chosen, but a lack of consent found on the start date falls under sub b instead of sub a"
                ),
                Reading.Alternative(
                    id: "notice-from-day-after",
                    summary:
                        "As chosen, but the sub a month's notice is counted from the day after the deadline"),
                Reading.Alternative(
                    id: "cancellation-on-letter",
                    summary:
                        "As chosen, but the sub b cancellation is dated on Partou's later letter, not on the deadline"
                ),
            ],
            clause: """
                TSO terms art. 2 lid 3 sub a: "… indien beide ouders het ouderlijk gezag hebben. De \
                contractouder tekent in dat geval de overeenkomst namens de andere ouder en heeft expliciete \
                toestemming van de andere ouder …"; lid 5: "Als blijkt dat de contractouder de overeenkomst \
                … niet met toestemming van de andere gezaghebbende ouder is aangegaan …"; sub a: "na \
                startdatum opvang … niet binnen een termijn van een maand tot overeenstemming komen, zal \
                Partou … deze overeenkomst opzeggen … met inachtneming van de opzegtermijn van een maand"; \
                sub b: "in de periode tussen de datum ondertekening overeenkomst en startdatum opvang … na \
                een maand of – als er minder dan een maand voor startdatum opvang … resteert – uiterlijk een \
                week voor die startdatum …; … zullen we dit opvatten als annulering in de zin van artikel \
                3".
                """,
            readingsConsidered: """
                the rule applies 1. whenever the other parent did not consent, or 2. only when the other \
                parent has authority. Months rounded down or up; the deadline day included or not; found on \
                the start date under sub a or sub b; found in the last week before the start (the deadline \
                already past); the sub a notice counted from the deadline or from the day after; the \
                cancellation dated on the deadline or on Partou's later letter.
                """,
            chosen: """
                2: without the other parent's authority no consent was needed, and nothing follows \
                (`otherParentWithoutAuthority`; scenario field `otherParentHasAuthority`, default `true`). \
                The periods are the clause's own: one month to agree from the day it was found (sub a and \
                b), or, when less than a month remains before the start, until one week before the start \
                (sub b). Every month Partou grants is rounded up; the deadline day is included ("tot en \
                met"); found on the start date falls under sub a (care has started); found in the last week, \
                the deadline is the day it was found. Under sub a the month's notice is counted from the \
                deadline: the contract ends per deadline + 1 month (rounded up), its last day the day before \
                (I-202). Under sub b the art. 3 cancellation is dated on the deadline, so it takes effect \
                per deadline + 1 month (rounded down) and costs what I-201 says.
                """,
            why: """
                the clause speaks only of "de andere gezaghebbende ouder", and lid 3 sub a asks consent only \
                "indien beide ouders het ouderlijk gezag hebben"; reading 1 would end a contract the terms \
                do not touch. Each other choice gives the parents the most time to agree and, when they do \
                not, the earliest end and so the lowest cost (a notice counted from the day after the \
                deadline would make a month payable for a single day).
                """,
            forLegal: "the last-week case is not addressed by the terms.",
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/AgreementAndConsentTests.swift",
                    [
                        "Found between signing and start: found + 1 month, or one week before the start if less remains",
                        "Found on or after the start: one month to agree, then termination with one month's notice (sub a)",
                        "Without agreement before the start, the contract does not start: a cancellation under art. 3 on the deadline",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractEndTests.swift",
                    [
                        "Missing consent applies only when the other parent has authority (art. 2 lid 3 sub a, lid 5)",
                        "Missing consent ends the contract per the deadline + 1 month; its last day is the day before (art. 2 lid 5 sub a)",
                    ]),
                PinnedTests(
                    "Tests/ScenarioTests/CasebookTests.swift",
                    ["The scenario file passes: every expectation is met"],
                    note: "`Scenarios/casebook/13-missing-consent-other-parent-without-authority.json`"),
            ]),
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
        Interpretation(
            id: "I-214",
            title: "A TSO rule applied to a KDV, BSO or VSO contract applies by analogy",
            quote: "Voorwaarden tussenschoolse opvang (tso) Partou",
            alternatives: [
                Reading.Alternative(
                    id: "by-analogy",
                    summary:
                        "Apply the TSO rule and say, in the citation and the explanation, that it applies by analogy"
                ),
                Reading.Alternative(
                    id: "as-own-terms",
                    summary: "Cite the TSO terms as if they were the KDV, BSO or VSO contract's own terms"),
                Reading.Alternative(
                    id: "refuse",
                    summary:
                        "Refuse to decide about a KDV, BSO or VSO contract, whose own terms the library does not hold"
                ),
            ],
            clause: """
                TSO terms, title: "Voorwaarden tussenschoolse opvang (tso) Partou"; art. 2 lid 4: "Afspraken \
                tussen partijen zijn alleen rechtsgeldig als deze schriftelijk, per e-mail of via de \
                ouderapp tot stand komen."
                """,
            readingsConsidered: """
                for a day-care (KDV), after-school (BSO) or before-school (VSO) contract, whose own terms \
                the library does not hold: 1. cite the TSO terms as if they were that contract's terms; 2. \
                refuse to decide; 3. apply the TSO rule and say that it applies by analogy, in the citation \
                and in the explanation.
                """,
            chosen: """
                3. Every contract rule that decides about a contract (cancellation, the parent's \
                termination, the art. 10 termination, Partou's termination, missing consent, every lifecycle \
                step, and the billing of a contract: `BillingSchedule.decide(for:schoolYear:)`, \
                `MonthlyInvoice.invoices(for:…)`) marks its TSO citations `byAnalogy` ("TSO-voorwaarden (1 \
                augustus 2024), art. 3, naar analogie" / "…, by analogy") and adds, in both languages, that \
                the TSO terms apply by analogy. The citation's key does not change, and JSON without the \
                field decodes as not by analogy. `Decision.byAnalogy(for:)` does this for any decision.
                """,
            why: """
                the TSO terms name only tso; citing them plainly for a KDV contract would tell a parent \
                those are their contract's terms. Saying "by analogy" keeps the answer (the swap-hour and \
                notice rules are the same, see the casebook) while telling the parent and legal that their \
                own terms decide in the end, and that a clause more favourable to them there prevails.
                """,
            also: """
                the engine marks its swap-hours and extra-care decisions about a KDV, BSO or VSO contract \
                the same way (its lapse at a contract's end too).
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ContractEndTests.swift",
                    [
                        "A TSO rule applied to a KDV, BSO or VSO contract is cited by analogy, in its citation and its explanation",
                        "A citation written before the byAnalogy field existed decodes as not by analogy",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/ContractTimelineTests.swift",
                    ["A swap-hours decision about a BSO contract cites the TSO terms by analogy"]),
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
        Interpretation(
            id: "I-230",
            title: """
                A closure day announced after the start of the school year is a day without TSO that earns \
                its hours
                """,
            quote: "zoals hierboven vermeld, krijg je geen ruil- en inhaal dagen",
            alternatives: [
                Reading.Alternative(
                    id: "late-earns-hours",
                    summary:
                        "A closure day announced after 1 August is still no TSO day but earns its contracted minutes as swap hours"
                ),
                Reading.Alternative(
                    id: "always-barred",
                    summary: "Every closure day bars hours and restitution, however late it was announced"),
                Reading.Alternative(
                    id: "late-money",
                    summary:
                        "As chosen, but a late-announced closure day gives restitution in money instead of swap hours"
                ),
                Reading.Alternative(
                    id: "by-first-school-day",
                    summary:
                        "As chosen, but 'at the start' means on or before the first school day after the summer holiday"
                ),
                Reading.Alternative(
                    id: "first-weeks",
                    summary: "As chosen, but 'at the start' means within the first weeks of the school year"),
            ],
            clause: """
                TSO terms art. 4 lid 2: "Dit is ook van toepassing op schoolsluitingsdagen van scholen \
                (dagen/dagdelen waarvan de school aan het begin van het schooljaar heeft gecommuniceerd dat \
                zij gesloten is)"; lid 4: "Voor opvangdagen die vallen op een algemeen erkende feestdag of \
                schoolsluitingsdag, zoals hierboven vermeld, krijg je geen ruil- en inhaal dagen of \
                (financiële) restitutie."; lid 1: "Het opvangpakket geldt voor een volledig schooljaar en \
                loopt standaard van 1 augustus tot en met 31 juli van het jaar daarop"
                """,
            readingsConsidered: """
                consequence: 1. every closure day bars hours and restitution, however late announced; 2. a \
                closure day announced later is still a day without TSO (the school is closed), but lid 4 \
                ("zoals hierboven vermeld") bars hours only for the closure days of lid 2, those announced \
                at the start of the school year; for a later one the parent gets (a) swap hours equal to the \
                day's contracted minutes, or (b) restitution in money. "At the start of the school year" as \
                a date: i. on or before 1 August, the first day of the school year of art. 4 lid 1; ii. on \
                or before the first school day after the summer holiday; iii. within the first weeks of the \
                school year.
                """,
            chosen: """
                2a and i. A closure day (`ClosureDay`) carries its date and its announcement date; one \
                without an announcement date (a plain date in a scenario, `SchoolCalendar(closureDays:)`) \
                counts as announced at the start of the school year. A closure day announced on or before 1 \
                August of the school year it falls in bars hours (`notACareDay.schoolClosureDay`); one \
                announced on 2 August or later is `closureDayAnnouncedLate`: an `absence` reported for it \
                credits the day's contracted minutes as swap hours whatever its timing, channel or app \
                version, because the school, not the parent, took the day away and the 96-hour rule of art. \
                5 lid 1 is about the parent's own absence. Extra care on it is refused (I-120). \
                `CareCalendar.closureCredit(on:contract:school:)` gives the minutes and the decision for any \
                day, for a caller that credits without an absence.
                """,
            why: """
                lid 4's exclusion is limited by "zoals hierboven vermeld" to the closure days lid 2 defines; \
                outside it the parent pays the annual amount for care that is not given, and hours are the \
                remedy the terms themselves use for a day without care (art. 5 lid 1), while money would \
                need a refund rule the terms do not have. Of the dates, i is the narrowest reading of \
                "begin", so it bars the fewest days (favours the parent, art. 6:238 lid 2 BW), and it is the \
                date the terms themselves give the school year.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/CareCalendar/CareCalendarEntryPointTests.swift",
                    [
                        "A closure day counts as announced at the start of the school year when announced on or before 1 August of its school year (art. 4 lid 1 and 2, I-230)",
                        "A closure day announced after the start of the school year earns the day's minutes whatever the timing or channel; one announced by 1 August earns nothing (art. 4 lid 4, I-230)",
                    ])
            ]),
        Interpretation(
            id: "I-218",
            title: "A change that ends a service ends the contract per the date the change takes effect",
            quote: "Wij hanteren een wijzigingstermijn van een maand.",
            alternatives: [
                Reading.Alternative(
                    id: "change-ends-contract",
                    summary:
                        "Giving up the service is a change with a month's notice; the contract ends per the day the change takes effect"
                ),
                Reading.Alternative(
                    id: "termination-via-form",
                    summary:
                        "Giving up the service is a termination, which must use the online form of art. 8 lid 1 with its notice"
                ),
            ],
            clause: "TSO terms art. 8 lid 2: \"Wij hanteren een wijzigingstermijn van een maand.\"",
            readingsConsidered: """
                a change by which the parent gives up the service altogether (for example no more TSO days) \
                1. is a termination, and must come through the online form of art. 8 lid 1 with its notice; \
                2. is a change, with the one month of lid 2, after which nothing of the contract is left, so \
                the contract ends per the date the change takes effect.
                """,
            chosen: """
                2. A `change` event with `"endsService": true` is decided by the change rule; when valid, \
                the contract's last day is the day before the change takes effect, and the timeline, the \
                ledger and billing read that end like any other (I-216). A change that is not valid (not in \
                writing) ends nothing.
                """,
            why: """
                the parent chose the change route, which the terms allow without the form of lid 1; the \
                notice is the same month, and reading it as an invalid termination would keep the parent \
                paying for a service they gave up in writing.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/ContractTimelineTests.swift",
                    [
                        "A change that ends the service ends the contract per the date it takes effect (art. 8 lid 2)"
                    ])
            ]),
        Interpretation(
            id: "I-219",
            title: "A newer edition of the terms binds each contract from its own art. 10 date",
            quote: "De wijzigingen treden eerst één maand en één week nadat wij je",
            alternatives: [
                Reading.Alternative(
                    id: "per-contract-date",
                    summary:
                        "Binds each contract from its own art. 10 date (informed + 1 month up + 1 week); never informed: signed edition"
                ),
                Reading.Alternative(
                    id: "edition-start",
                    summary: "A new edition binds every contract from the edition's own start date"),
                Reading.Alternative(
                    id: "favourable-early",
                    summary:
                        "As chosen, but a rule the new edition makes more favourable to the parent applies before that date"
                ),
            ],
            clause: """
                TSO terms art. 10 lid 2: "De wijzigingen treden eerst één maand en één week nadat wij je \
                hebben geïnformeerd in werking, tenzij een afwijkende wettelijke termijn is vereist, die dan \
                wordt toegepast."
                """,
            readingsConsidered: """
                when Partou publishes a new edition, 1. it binds every contract from the edition's own start \
                date; 2. it binds each contract from the day the terms change that parent was informed of \
                takes effect (informed + 1 calendar month, rounded up, + 1 week, or the later date Partou \
                proposed), and a contract whose parent was never informed stays under the edition it was \
                signed under; 3. as 2, but before that day a rule the new edition makes more favourable to \
                the parent applies already.
                """,
            chosen: """
                2. `TermsCatalogue.binding(signedOn:noticesEffective:on:)` gives the edition in force when \
                the contract was signed, and from each terms change's effective day the edition in force on \
                that day; the engine records those days per contract and passes each rule the parameters \
                that bind the contract on the rule's own date (for an absence, the care day), so the \
                decision cites that edition.
                """,
            why: """
                "treden eerst … in werking" fixes when a change takes effect for the parent informed, and \
                the parent's right to terminate against a material change runs up to that day; reading 1 \
                would bind a parent before they could object. Reading 3 is not in the text: a change in the \
                parent's favour is still a change.
                """,
            forLegal: """
                whether Partou may, or must, apply a change that only favours the parent before its art. 10 \
                date; the library applies art. 10 the same way to every change. A different statutory period \
                ("tenzij een afwijkende wettelijke termijn is vereist") is not modelled: a longer one can be \
                passed as the proposed date, a shorter one cannot.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Engine/EditionBindingTests.swift",
                    [
                        "An absence reported 80 hours ahead earns hours only under a contract the 2027 edition already binds",
                        "Without a notice the edition a contract was signed under keeps binding it after a newer one starts",
                    ])
            ]),
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .writtenTermination, symbol: "writtenTermination",
                impact: """
                    two scenarios: the e-mailed termination of the demo and of casebook 5039 is rejected, and \
                    5039's form a week later then ends the contract eight days later
                    """),
            clause: """
                TSO terms art. 8 lid 1: "\(Reading.writtenTermination.quote)" (dat je terug kunt vinden \
                op www.mijnpartou.nl/service). Art. 6:237 sub m BW: in a consumer contract a general term is \
                presumed unreasonably onerous if it requires a stricter form than writing for a statement \
                the consumer has to make.
                """,
            readingsConsidered: """
                1. `writing`: mandatory law sets aside "uitsluitend" as far as it excludes other writing, so \
                a termination in writing through any channel (the form, an e-mail, a letter, a message in the \
                app) ends the contract from the day Partou receives it; a call, a word in person or a staff \
                member acting for the parent is not in writing and does not. 2. `form-only`: the terms' \
                words, only the online form terminates (the library's reading until issue 15).
                """,
            chosen: """
                1. `NoticeInWritingRule` decides it inside the parent's termination (art. 8 lid 1), and so \
                inside a termination against changed terms (art. 10) and a termination before the start, \
                which counts as a cancellation (art. 3). The statute is cited, and explained, only where it \
                changes the outcome: a written termination that does not use the form.
                """,
            why: """
                mandatory law prevails over the terms, and these are consumer terms. "Uitsluitend" the online \
                form is a stricter form than writing: an e-mail or a letter is writing too (art. 6:227a BW). \
                Art. 6:237 sub m makes such a term voidable by the parent (art. 6:233 sub a BW); a parent who \
                terminates by e-mail invokes it, and holding the parent to the form would make the notice \
                period start later, which costs the parent a month's instalment at a month boundary. The \
                complaint behind casebook 5039 shows Partou itself processing a termination received by \
                e-mail ("na ontvangst van de opzeggingsmail").
                """,
            forLegal: """
                art. 6:237 is a presumption (the "grey list"): Partou may argue that the form-only term is \
                reasonable, for instance because the form records the end date the parent chooses. The \
                library does not weigh that argument; `--reading I-231=form-only` shows what it would change. \
                The summary of sub m above is the library's, not the statute's words: check it against the \
                text in force. Before issue 15 the demo scenario and casebook 5039 expected the e-mail to be \
                rejected; both now expect it to end the contract.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Statute/NoticeInWritingTests.swift",
                    [
                        "A termination in writing ends the contract as the form would, and cites the statute only where it changes the outcome",
                        "Under the terms-only reading (I-231=form-only) only the online form terminates",
                        "Across rules: an e-mailed termination puts the end on the timeline, so hours left lapse at the end (art. 5 lid 5)",
                    ]),
                PinnedTests(
                    "Tests/ChildcareRulesTests/Contracts/ComplaintScenarioTests.swift",
                    [
                        "Complaints report line 5039: a termination by e-mail ends the contract one month after receipt (art. 6:237 sub m BW, I-231)"
                    ]),
            ]),
        Interpretation(
            switchable: Interpretation.Switchable(
                reading: .priceIncreaseWindow, symbol: "priceIncreaseWindow",
                impact: """
                    one scenario: the increase of `Scenarios/statute/01-price-increase-within-three-months.json`, \
                    announced within the window but taking effect after it, then applies
                    """),
            clause: """
                TSO terms art. 7: "\(Reading.priceIncreaseWindow.quote)" […] "Wij kondigen een dergelijke \
                prijswijziging van te voren aan." Art. 6:236 sub i BW: in a consumer contract a general term \
                is unreasonably onerous if it lets the provider stipulate a price increase within three \
                months after the contract was concluded, unless the consumer may then dissolve the contract.
                """,
            readingsConsidered: """
                1. `announced`: the increase does not bind the parent if Partou announces it ("bedingen", \
                stipulates it) within three months of signing, whenever it would take effect. \
                2. `takes-effect`: only an increase that would take effect within three months is set aside. \
                On the exception: (a) a termination with a month's notice (art. 8 lid 1) counts as the right \
                to dissolve, so the statute never applies; (b) it does not, because dissolution ends the \
                contract at once and the terms grant no such right over a price rise.
                """,
            chosen: """
                1 with (b). `PriceIncreaseRule` decides it inside the price change (art. 7) when the event is \
                an increase (`price-change` with `"increase": true`). The window ends three calendar months \
                after the day of signing, rounded up (31 January → 1 May), and includes its last day. A \
                decrease, or an increase outside the window, is decided by art. 7 alone and does not cite \
                the statute.
                """,
            why: """
                mandatory law prevails over the terms, and these are consumer terms. "Bedingen" is to \
                stipulate: an increase Partou announces inside the window is stipulated inside it, and \
                reading the window by announcement covers every increase the other reading covers (an \
                increase takes effect after its announcement), so it is the reading most favourable to the \
                parent (art. 6:238 lid 2 BW). A termination is not dissolution: it binds the parent for a \
                month, and art. 6:236 sub i names only dissolution. Rounding the window up gives the parent \
                the longer window, as I-003 does for notices.
                """,
            forLegal: """
                the summary of sub i above is the library's, not the statute's words: check it against the \
                text in force. Whether a month's notice that always ends before the new price applies \
                (art. 7 gives a month and a week, art. 8 lid 1 a month) amounts to a right to dissolve is \
                the argument Partou would make; `--reading I-232=takes-effect` shows the narrower window, \
                but the library has no switch that drops the check. The terms do not say whether a change \
                is an increase: the caller says so in the event.
                """,
            pinnedBy: [
                PinnedTests(
                    "Tests/ChildcareRulesTests/Statute/PriceIncreaseTests.swift",
                    [
                        "An increase announced within three months of signing does not bind the parent; a decrease or a later increase is art. 7 alone",
                        "Under the takes-effect reading (I-232=takes-effect) only an increase that would apply inside the window is set aside",
                        "Across rules: a void increase records no change on the timeline; a valid one does",
                    ])
            ]),
    ]
}
