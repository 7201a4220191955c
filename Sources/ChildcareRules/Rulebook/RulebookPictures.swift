/// The timelines of the rulebook: one picture per deadline rule, each a worked example the library
/// computes when the rulebook is generated.
///
/// `childcare-rules rulebook --svg-dir Docs/Rulebook` writes them as `name.nl.svg` and `name.en.svg`;
/// ``Rulebook/markdown()`` embeds them under their rule's card; CI fails when the committed pictures
/// differ from freshly generated ones.
///
/// ```swift
/// for timeline in try RulebookPictures.all() {
///     let svg = try timeline.svg(in: .en)   // the picture for Docs/Rulebook/\(timeline.name).en.svg
/// }
/// ```
package enum RulebookPictures {
    /// Every timeline, in the order of the rulebook's cards.
    ///
    /// - Throws: ``RulesError`` when a worked example cannot be computed (which a test rules out).
    package static func all() throws(RulesError) -> [RuleTimeline] {
        [
            try ninetySixHours(), try termination(), try priceChange(), try retention(), try expiry(),
        ]
    }

    /// The file names of a timeline's pictures, Dutch first: `name.nl.svg` and `name.en.svg`.
    package static func fileNames(of timeline: RuleTimeline) -> [String] {
        [Language.nl, .en].map { "\(timeline.name).\($0.rawValue).svg" }
    }

    /// The 96-hour rule in the clock-change weeks of March and October 2026: both readings, the later
    /// one chosen (TSO art. 5 lid 1, I-001).
    static func ninetySixHours() throws(RulesError) -> RuleTimeline {
        var lanes: [RuleTimeline.Lane] = []
        for (text, caption) in [
            (
                "2026-03-30T12:00",
                Explanation(
                    nl: "Zomertijd begint op zondag 29 maart 2026: opvang op maandag 30 maart 2026 om 12:00",
                    en: "Summer time starts on Sunday 29 March 2026: care on Monday 30 March 2026 at 12:00")
            ),
            (
                "2026-10-26T12:00",
                Explanation(
                    nl:
                        "Wintertijd begint op zondag 25 oktober 2026: opvang op maandag 26 oktober 2026 om 12:00",
                    en:
                        "Winter time starts on Sunday 25 October 2026: care on Monday 26 October 2026 at 12:00"
                )
            ),
        ] {
            let computation = try NinetySixHourRule.computation(careStart: try CardFixtures.dateTime(text))
            let elapsedIsLater = computation.elapsedReading > computation.calendarReading
            lanes.append(
                RuleTimeline.Lane(
                    caption: caption,
                    marks: [
                        RuleTimeline.Mark(
                            elapsedIsLater ? .deadline : .reading,
                            Explanation(
                                nl: "Lezing 1: precies 96 uur terug", en: "Reading 1: exactly 96 hours back"),
                            at: computation.elapsedReading, isChosen: elapsedIsLater),
                        RuleTimeline.Mark(
                            elapsedIsLater ? .reading : .deadline,
                            Explanation(
                                nl: "Lezing 2: 4 dagen terug, zelfde kloktijd",
                                en: "Reading 2: 4 days back, same clock time"),
                            at: computation.calendarReading, isChosen: !elapsedIsLater),
                        RuleTimeline.Mark(
                            .careStart, Explanation(nl: "Start van de opvang", en: "Care starts"),
                            at: computation.careStart),
                    ]))
        }
        return RuleTimeline(
            name: "ninety-six-hours", rule: NinetySixHourRule.rule,
            title: Explanation(
                nl: "De 96-uursgrens rond de klokwissels van 2026: afmelden moet vóór het latere moment",
                en: "The 96-hour deadline around the 2026 clock changes: report before the later moment"),
            lanes: lanes, clauseKey: "TSO art. 5 lid 1")
    }

    /// A termination received on 31 January and on 1 February 2026 (TSO art. 8 lid 1, I-003, I-202).
    static func termination() throws(RulesError) -> RuleTimeline {
        let contract = try CardFixtures.contract()
        var lanes: [RuleTimeline.Lane] = []
        for received in ["2026-01-31", "2026-02-01"] {
            let date = try CardFixtures.date(received)
            let decision = try ParentTerminationRule.decide(
                contract: contract, receivedOn: date, channel: .onlineForm)
            guard case .accepted(let terms) = decision.outcome,
                let per = decision.deadlines.first(where: {
                    $0.kind == ParentTerminationRule.firstDayWithoutContractKind
                })
            else {
                throw RulesError(
                    code: .invalidState, value: received, context: "the example termination was not accepted")
            }
            let day = date.spelledOut(in: .nl, includingYear: true)
            let dayEn = date.spelledOut(in: .en, includingYear: true)
            lanes.append(
                RuleTimeline.Lane(
                    caption: Explanation(
                        nl: "Opzegging ontvangen op \(day)", en: "Termination received on \(dayEn)"),
                    marks: [
                        RuleTimeline.Mark(
                            .event, Explanation(nl: "Opzegging ontvangen", en: "Termination received"),
                            on: date),
                        RuleTimeline.Mark(
                            .step, Explanation(nl: "Laatste opvangdag", en: "Last day of care"),
                            on: terms.endDate),
                        RuleTimeline.Mark(
                            .deadline,
                            Explanation(
                                nl: "Einde per: eerste dag zonder overeenkomst",
                                en: "Ends as of: first day without a contract"),
                            at: per.moment, isChosen: false),
                    ]))
        }
        return RuleTimeline(
            name: "termination", rule: ParentTerminationRule.rule,
            title: Explanation(
                nl: "Opzeggen met een maand opzegtermijn, vanaf het einde van een maand",
                en: "Terminating with one month's notice, from the end of a month"),
            lanes: lanes, clauseKey: "TSO art. 8 lid 1")
    }

    /// A price change announced at a month end, 31 May 2026 (TSO art. 7, I-004, I-203).
    static func priceChange() throws(RulesError) -> RuleTimeline {
        let announced = try CardFixtures.date("2026-05-31")
        let proposed = try CardFixtures.date("2026-07-01")
        let decision = try PriceChangeRule.decide(announcedOn: announced, proposedEffectiveDate: proposed)
        let month = try RulesError.calendar { () throws(CalendarError) in
            try announced.adding(months: 1, rounding: .up)
        }
        guard let earliest = decision.deadlines.first else {
            throw RulesError(code: .invalidState, value: "price change", context: "no earliest date computed")
        }
        let lane = RuleTimeline.Lane(
            caption: Explanation(
                nl: "Prijswijziging aangekondigd op \(announced.spelledOut(in: .nl, includingYear: true)), "
                    + "voorgesteld per \(proposed.spelledOut(in: .nl, includingYear: true))",
                en: "Price change announced on \(announced.spelledOut(in: .en, includingYear: true)), "
                    + "proposed as of \(proposed.spelledOut(in: .en, includingYear: true))"),
            marks: [
                RuleTimeline.Mark(
                    .event, Explanation(nl: "Aankondiging", en: "Announcement"), on: announced),
                RuleTimeline.Mark(
                    .step,
                    Explanation(
                        nl: "Na één kalendermaand (naar boven afgerond)",
                        en: "After one calendar month (rounded up)"),
                    on: month),
                RuleTimeline.Mark(
                    .deadline,
                    Explanation(nl: "Plus één week: nieuwe prijs vanaf", en: "Plus one week: new price from"),
                    at: earliest.moment),
            ])
        return RuleTimeline(
            name: "price-change", rule: PriceChangeRule.rule,
            title: Explanation(
                nl: "Een prijswijziging gaat niet eerder in dan na één kalendermaand plus één week",
                en: "A price change takes effect no earlier than one calendar month plus one week"),
            lanes: [lane], clauseKey: "TSO art. 7")
    }

    /// Retention from day 0 (the first day without a contract, 31 July 2026) to destruction (I-305, I-306).
    static func retention() throws(RulesError) -> RuleTimeline {
        let end = try CardFixtures.date("2026-07-31")
        let decision = try Retention.schedule(contractEnd: end)
        let kinds = Retention.Kinds.self
        func moment(_ kind: Deadline.Kind) throws(RulesError) -> ZonedDateTime {
            guard let deadline = decision.deadlines.first(where: { $0.kind == kind }) else {
                throw RulesError(
                    code: .invalidState, value: kind.key, context: "the retention schedule lacks it")
            }
            return deadline.moment
        }
        let lane = RuleTimeline.Lane(
            caption: Explanation(
                nl: "Overeenkomst geëindigd per \(end.spelledOut(in: .nl, includingYear: true)) (dag 0)",
                en: "Contract ended as of \(end.spelledOut(in: .en, includingYear: true)) (day 0)"),
            marks: [
                RuleTimeline.Mark(
                    .event,
                    Explanation(
                        nl: "Dag 0: eerste dag zonder overeenkomst", en: "Day 0: first day without a contract"
                    ),
                    on: end),
                RuleTimeline.Mark(
                    .deadline,
                    Explanation(
                        nl: "Dag 41: laatste dag toegang tot de app", en: "Day 41: last day of app access"),
                    at: try moment(kinds.appAccessUntil)),
                RuleTimeline.Mark(
                    .deadline,
                    Explanation(nl: "Dag 55: laatste dag zichtbaar", en: "Day 55: last day visible"),
                    at: try moment(kinds.visibleUntil)),
                RuleTimeline.Mark(
                    .step, Explanation(nl: "Dag 56: gearchiveerd", en: "Day 56: archived"),
                    at: try moment(kinds.archivedFrom)),
                RuleTimeline.Mark(
                    .deadline, Explanation(nl: "Na een jaar: vernietigd", en: "After one year: destroyed"),
                    at: try moment(kinds.destroyedOn)),
            ])
        return RuleTimeline(
            name: "retention", rule: Retention.rule,
            title: Explanation(
                nl: "Bewaren van de gegevens van je kind na het einde van de overeenkomst",
                en: "Keeping your child's data after the contract ends"),
            lanes: [lane], clauseKey: "APP-PRIVACY 'Bewaren van persoonsgegevens'")
    }

    /// Expiry on 31 December against an earlier contract end (TSO art. 5 lid 5).
    static func expiry() throws(RulesError) -> RuleTimeline {
        let earned = try CardFixtures.date("2026-03-16")
        var lanes: [RuleTimeline.Lane] = []
        for end in [nil, "2026-06-30"] as [String?] {
            let contract = try CardFixtures.contract(end: end)
            let decision = try SwapHoursExpiry.decide(earnedFor: earned, contract: contract, careOn: earned)
            guard let deadline = decision.deadlines.first else {
                throw RulesError(code: .invalidState, value: "expiry", context: "no expiry computed")
            }
            let lapsed = try decision.outcome.expiry.addingDaysChecked(1)
            var marks = [
                RuleTimeline.Mark(
                    .event, Explanation(nl: "Uren verdiend", en: "Hours earned"), on: earned),
                RuleTimeline.Mark(
                    .deadline,
                    Explanation(nl: "Laatste dag om uren in te zetten", en: "Last day to use the hours"),
                    at: deadline.moment),
                RuleTimeline.Mark(
                    .step, Explanation(nl: "Uren vervallen", en: "Hours have lapsed"), on: lapsed),
            ]
            let caption: Explanation
            if let last = contract.endDate {
                let yearEnd = try CardFixtures.date("2026-12-31")
                marks.append(
                    RuleTimeline.Mark(
                        .reading,
                        Explanation(nl: "31 december: geldt niet meer", en: "31 December: no longer applies"),
                        on: yearEnd))
                caption = Explanation(
                    nl: "Overeenkomst met laatste dag \(last.spelledOut(in: .nl, includingYear: true))",
                    en: "Contract whose last day is \(last.spelledOut(in: .en, includingYear: true))")
            } else {
                caption = Explanation(nl: "Overeenkomst zonder einddatum", en: "Open-ended contract")
            }
            lanes.append(RuleTimeline.Lane(caption: caption, marks: marks))
        }
        return RuleTimeline(
            name: "swap-hours-expiry", rule: SwapHoursExpiry.rule,
            title: Explanation(
                nl:
                    "Ruil- en inhaaluren vervallen op 31 december, of eerder als de overeenkomst eerder eindigt",
                en: "Swap hours lapse on 31 December, or sooner when the contract ends sooner"),
            lanes: lanes, clauseKey: "TSO art. 5 lid 5")
    }
}
