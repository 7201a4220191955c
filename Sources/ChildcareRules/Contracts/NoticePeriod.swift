/// Notice periods: the earliest date on which a termination, change, cancellation, price change or
/// terms change takes effect. The rounding always favours the parent.
///
/// Notices from the parent take effect one month after Partou receives them. Where that month ends
/// on a day that does not exist (31 January + 1 month), the date is **rounded down** to the month's
/// last day: the parent is bound for the shorter time (I-003).
///
/// > art. 8 lid 1: "Wij hanteren een opzegtermijn van een maand."
/// > art. 8 lid 2: "Wij hanteren een wijzigingstermijn van een maand."
/// > art. 3: "Als annuleringsdatum geldt de datum dat Partou de annulering ontvangt. Wij hanteren een
/// > annuleringstermijn van één (1) maand."
///
/// Changes from the provider take effect no earlier than one calendar month **rounded up**, then
/// one week, after the announcement: the parent gets the longer warning (I-004). The month is added
/// first, then the week.
///
/// > art. 7: "De prijswijziging gaat niet eerder in dan na één kalendermaand, vermeerderd met één week
/// > na de aankondiging."
/// > art. 10: "De wijzigingen treden eerst één maand en één week nadat wij je hebben geïnformeerd in werking"
public enum NoticePeriod {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.noticePeriod"

    /// The earliest date on which a notice of `kind` given (received or announced) on `date` takes effect,
    /// with the periods of `parameters` (the 2024 edition's by default): the months of
    /// ``TSOParameters/period(for:)``, rounded down for the parent's notices and up for Partou's, then its
    /// weeks.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the result leaves the supported years.
    public static func earliestEffectiveDate(
        for kind: NoticeKind, from date: LocalDate, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> LocalDate {
        let period = parameters.period(for: kind)
        // The parent's notices round down (I-003, switchable as ``Reading/noticeRounding``); Partou's up.
        let parentRounding: MonthRounding =
            parameters.readings.choice(.noticeRounding) == "up" ? .up : .down
        let rounding: MonthRounding = kind.isFromParent ? parentRounding : .up
        // The date a parent's notice reaches is the first day without a contract, or of the changed one
        // (I-202, switchable as ``Reading/perDate``); read as the last day, the per date is the day after.
        let reachedIsLastDay = kind.isFromParent && parameters.readings.readsPerAsLastDay
        return try RulesError.calendar { () throws(CalendarError) in
            try date.adding(months: period.months.value, rounding: rounding)
                .adding(days: 7 * (period.weeks?.value ?? 0) + (reachedIsLastDay ? 1 : 0))
        }
    }

    /// The article that fixes the notice period of `kind`, in `edition`.
    public static func citation(for kind: NoticeKind, in edition: TermsEdition) -> Citation {
        switch kind {
        case .termination: edition.cite("8", lid: 1)
        case .change: edition.cite("8", lid: 2)
        case .cancellation: edition.cite("3")
        case .priceChange: edition.cite("7")
        case .termsChange: edition.cite("10")
        }
    }

    /// The kind of deadline this rule computes.
    public static let deadlineKind = Deadline.Kind(
        key: "noticeEffective", nl: "vroegste ingangsdatum", en: "earliest effective date")

    /// The earliest effective date of a notice, explained.
    ///
    /// - Parameters:
    ///   - kind: what the notice is.
    ///   - date: the date Partou received the parent's notice, or announced its own change.
    ///   - parameters: the numbers of the edition that applies; `nil` for the edition in force on `date`.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024, or a calendar error.
    public static func decide(
        _ kind: NoticeKind, from date: LocalDate, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<NoticeOutcome> {
        let parameters = try TSOParameters.given(parameters, on: date)
        let effective = try earliestEffectiveDate(for: kind, from: date, parameters: parameters)
        let citation = citation(for: kind, in: parameters.edition)
        let period = parameters.period(for: kind)
        let deadline = try Deadline.onDate(effective, kind: deadlineKind)
        let outcome = NoticeOutcome(kind: kind, from: date, date: effective)
        let rounded = try RulesError.calendar { () throws(CalendarError) in
            let months = period.months.value
            return try date.adding(months: months, rounding: .down)
                != date.adding(months: months, rounding: .up)
        }
        let explanation = explain(
            kind, from: date, effective: effective, rounded: rounded, citation: citation,
            months: period.months.value, weeks: period.weeks?.value ?? 0)
        return Decision(
            rule: rule, outcome: outcome, deadlines: [deadline], citations: [citation],
            explanation: explanation)
    }

    private static func explain(
        _ kind: NoticeKind, from date: LocalDate, effective: LocalDate, rounded: Bool, citation: Citation,
        months: Int, weeks: Int
    ) -> Explanation {
        let month = monthsPhrase(months, in: .nl)
        let monthEn = monthsPhrase(months, in: .en)
        let calendarMonth = calendarMonthsPhrase(months, in: .nl)
        let calendarMonthEn = calendarMonthsPhrase(months, in: .en)
        let week = weeksPhrase(weeks, in: .nl)
        let weekEn = weeksPhrase(weeks, in: .en)
        let from = date.spelledOut(in: .nl)
        let fromEn = date.spelledOut(in: .en)
        let to = effective.spelledOut(in: .nl)
        let toEn = effective.spelledOut(in: .en)
        let cite = citation.rendered(in: .nl)
        let citeEn = citation.rendered(in: .en)
        let dayBefore = (try? effective.adding(days: -1)) ?? effective
        let both = ContractEnd.phrase(lastDay: dayBefore, firstDayWithoutContract: effective, in: .nl)
        let bothEn = ContractEnd.phrase(lastDay: dayBefore, firstDayWithoutContract: effective, in: .en)
        var text: Explanation
        switch kind {
        case .termination:
            text = Explanation(
                nl:
                    "Partou ontving je opzegging op \(from). De opzegtermijn is \(month), dus je overeenkomst "
                    + "eindigt op zijn vroegst per \(to) (\(cite)): \(both).",
                en: "Partou received your termination on \(fromEn). The notice period is \(monthEn), so your "
                    + "contract ends as of \(toEn) at the earliest (\(citeEn)): \(bothEn).")
        case .change:
            text = Explanation(
                nl:
                    "Partou ontving je wijziging op \(from). De wijzigingstermijn is \(month), dus de wijziging "
                    + "gaat op zijn vroegst in per \(to) (\(cite)).",
                en:
                    "Partou received your change on \(fromEn). The change period is \(monthEn), so the change "
                    + "takes effect as of \(toEn) at the earliest (\(citeEn)).")
        case .cancellation:
            text = Explanation(
                nl: "Partou ontving je annulering op \(from). De annuleringstermijn is \(month), dus de "
                    + "annulering gaat in per \(to) (\(cite)): \(both).",
                en:
                    "Partou received your cancellation on \(fromEn). The cancellation period is \(monthEn), so "
                    + "the cancellation takes effect as of \(toEn) (\(citeEn)): \(bothEn).")
        case .priceChange:
            text = Explanation(
                nl: "Partou kondigde de prijswijziging aan op \(from). Die mag niet eerder ingaan dan na "
                    + "\(calendarMonth) plus \(week), dus op zijn vroegst per \(to) (\(cite)).",
                en:
                    "Partou announced the price change on \(fromEn). It may not take effect until "
                    + "\(calendarMonthEn) plus \(weekEn) have passed, so on \(toEn) at the earliest (\(citeEn))."
            )
        case .termsChange:
            text = Explanation(
                nl:
                    "Partou informeerde je op \(from) over de gewijzigde voorwaarden. Die gaan pas \(monthsPhrase(months, in: .nl, stressed: true)) "
                    + "en \(week) later in, dus op zijn vroegst per \(to) (\(cite)).",
                en:
                    "Partou informed you of the changed terms on \(fromEn). They take effect only \(monthEn) and "
                    + "\(weekEn) later, so on \(toEn) at the earliest (\(citeEn)).")
        }
        if rounded {
            let note =
                kind.isFromParent
                ? Explanation(
                    nl:
                        "Omdat die maand korter is, telt de laatste dag van de maand; dat is gunstiger voor je.",
                    en: "Because that month is shorter, its last day counts; that favours you.")
                : Explanation(
                    nl:
                        "Omdat die maand korter is, telt de maand door tot de eerste van de volgende maand; dat "
                        + "is gunstiger voor je.",
                    en:
                        "Because that month is shorter, the month runs on to the first of the next month; that "
                        + "favours you.")
            text = text.followed(by: note)
        }
        return text
    }
}

extension NoticePeriod {
    /// "een maand" / "one month", or "2 maanden" / "2 months"; `stressed` writes the Dutch one as "één".
    static func monthsPhrase(_ months: Int, in language: Language, stressed: Bool = false) -> String {
        switch (language, months == 1) {
        case (.nl, true): stressed ? "één maand" : "een maand"
        case (.nl, false): "\(months) maanden"
        case (.en, true): "one month"
        case (.en, false): "\(months) months"
        }
    }

    /// "one month's notice", or "2 months' notice" (English only: Dutch says "een opzegtermijn van een maand").
    static func noticePhrase(_ months: Int) -> String {
        months == 1 ? "one month's notice" : "\(months) months' notice"
    }

    /// "één kalendermaand" / "one calendar month", or "2 kalendermaanden" / "2 calendar months".
    static func calendarMonthsPhrase(_ months: Int, in language: Language) -> String {
        switch (language, months == 1) {
        case (.nl, true): "één kalendermaand"
        case (.nl, false): "\(months) kalendermaanden"
        case (.en, true): "one calendar month"
        case (.en, false): "\(months) calendar months"
        }
    }

    /// "één week" ("een week" unstressed) / "one week", or "2 weken" / "2 weeks".
    static func weeksPhrase(_ weeks: Int, in language: Language, stressed: Bool = true) -> String {
        switch (language, weeks == 1) {
        case (.nl, true): stressed ? "één week" : "een week"
        case (.nl, false): "\(weeks) weken"
        case (.en, true): "one week"
        case (.en, false): "\(weeks) weeks"
        }
    }
}

/// The earliest effective date of a notice.
public struct NoticeOutcome: Sendable, Hashable {
    /// What the notice is.
    public let kind: NoticeKind
    /// The date the notice was received (parent) or announced (provider).
    public let from: LocalDate
    /// The earliest date on which it takes effect: a "per" date (I-202). For a termination or cancellation
    /// it is the first day without a contract, the day after the last day; for a change, a price change or
    /// a terms change, the first day the change applies.
    public let date: LocalDate

    /// Creates an outcome.
    public init(kind: NoticeKind, from: LocalDate, date: LocalDate) {
        self.kind = kind
        self.from = from
        self.date = date
    }
}

#if !hasFeature(Embedded)
    extension NoticeOutcome: Codable {}
#endif
