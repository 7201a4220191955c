extension InterpretationRegister {
    /// The register entries that read the contract clauses (``contractsClauses``): signing, cancelling, notice, changes and termination.
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let contractsEntries: [Interpretation] = [
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
    ]
}
