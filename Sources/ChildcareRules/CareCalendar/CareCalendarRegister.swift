extension InterpretationRegister {
    /// The register entries that read the care-calendar clauses (``careCalendarClauses``): holidays, school closures and the school year.
    ///
    /// In the order they were added; ``sections`` puts every area's entries into the register's sections
    /// by the hundred of their id, in the order of the ids.
    static let careCalendarEntries: [Interpretation] = [
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
    ]
}
