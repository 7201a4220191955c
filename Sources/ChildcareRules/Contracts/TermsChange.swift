/// A change of these terms, TSO terms art. 10.
///
/// > "De wijzigingen treden eerst één maand en één week nadat wij je hebben geïnformeerd in werking, tenzij een
/// > afwijkende wettelijke termijn is vereist, die dan wordt toegepast. In het geval dat de wijziging van de
/// > voorwaarden leidt tot een wezenlijke wijziging van de overeenkomst, dan ben je gerechtigd om tot de dag
/// > waarop de wijzigingen in werking treden de overeenkomst op te zeggen tegen de dag waarop de wijziging in
/// > werking treedt."
///
/// - The change takes effect no earlier than informed + 1 month, rounded up, + 7 days (``NoticePeriod``,
///   I-004); an earlier proposed date is flagged and moved to that date.
/// - The effective date is the first day the changed terms apply, counted as the parent's own notices are
///   (one step from the day informed, the result a "per" date), but with the month rounded up (I-004).
/// - A **material** change gives the parent a right to terminate, up to and including the effective date,
///   so that the contract ends **per** the effective date, before the changed terms apply: its last day is
///   the day before (I-204). The termination goes through the online form (art. 8 lid 1, "uitsluitend");
///   the engine receives it as ``ContractEvent/termsChangeTermination(receivedOn:channel:informedOn:proposedEffectiveDate:requestedEndDate:)``.
/// - A statutory period that differs is not modelled: the caller must apply it where the law requires one.
public enum TermsChangeRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.termsChange"

    /// The kind of deadline: the date the changed terms take effect.
    public static let deadlineKind = Deadline.Kind(
        key: "termsChangeEffective", nl: "gewijzigde voorwaarden gaan in", en: "changed terms take effect")

    /// The kind of deadline: the last day the parent may terminate against a material change.
    public static let terminationWindowKind = Deadline.Kind(
        key: "termsChangeTermination", nl: "laatste dag om op te zeggen", en: "last day to terminate")

    /// Decides a terms change the parent was informed of on `informedOn`.
    ///
    /// - Parameters:
    ///   - informedOn: the date Partou informed the parent of the change.
    ///   - proposedEffectiveDate: the date Partou proposes; `nil` for the earliest allowed.
    ///   - isMaterial: whether the change materially changes the contract (wezenlijke wijziging).
    ///   - parameters: the numbers of the edition that applies; `nil` for the edition in force on `informedOn`.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024, or a calendar error.
    public static func decide(
        informedOn: LocalDate, proposedEffectiveDate: LocalDate? = nil, isMaterial: Bool,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<TermsChangeOutcome> {
        let parameters = try TSOParameters.given(parameters, on: informedOn)
        let citation = parameters.edition.cite("10")
        let earliest = try NoticePeriod.earliestEffectiveDate(
            for: .termsChange, from: informedOn, parameters: parameters)
        let months = parameters.termsChangeMonths.value
        let weeks = parameters.termsChangeWeeks.value
        let proposed = proposedEffectiveDate ?? earliest
        let effective = max(proposed, earliest)
        let outcome = TermsChangeOutcome(
            informedOn: informedOn, proposedEffectiveDate: proposed, earliestEffectiveDate: earliest,
            effectiveDate: effective, isMaterial: isMaterial,
            terminationWindowEnds: isMaterial ? effective : nil)
        var explanation = Explanation(
            nl:
                "Partou informeerde je op \(informedOn.spelledOutInFull(.nl)) over gewijzigde voorwaarden. Die gaan pas "
                + "\(NoticePeriod.monthsPhrase(months, in: .nl, stressed: true)) en \(NoticePeriod.weeksPhrase(weeks, in: .nl)) later in, dus op zijn vroegst op \(earliest.spelledOutInFull(.nl)) (\(citation.dutchCitation)).",
            en:
                "Partou informed you of changed terms on \(informedOn.spelledOutInFull(.en)). They take effect only "
                + "\(NoticePeriod.monthsPhrase(months, in: .en)) and \(NoticePeriod.weeksPhrase(weeks, in: .en)) later, so on \(earliest.spelledOutInFull(.en)) at the earliest (\(citation.englishCitation))."
        )
        if outcome.isPrematureDate {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "De voorgestelde datum \(proposed.spelledOutInFull(.nl)) is te vroeg; de wijziging gaat in op "
                        + "\(effective.spelledOutInFull(.nl)).",
                    en:
                        "The proposed date \(proposed.spelledOutInFull(.en)) is too early; the change takes effect on "
                        + "\(effective.spelledOutInFull(.en))."))
        } else if proposed > earliest {
            explanation = explanation.followed(
                by: Explanation(
                    nl: "De wijziging gaat in op \(effective.spelledOutInFull(.nl)).",
                    en: "The change takes effect on \(effective.spelledOutInFull(.en))."))
        }
        var deadlines = [try Deadline.onDate(effective, kind: deadlineKind)]
        if isMaterial {
            deadlines.append(try Deadline.endOfDate(effective, kind: terminationWindowKind))
            let dayBefore = try effective.addingDaysChecked(-1)
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "De wijziging is wezenlijk: je mag de overeenkomst tot en met \(effective.spelledOutInFull(.nl)) opzeggen "
                        + "via het online opzegformulier, tegen die dag. De overeenkomst eindigt dan vóórdat de nieuwe "
                        + "voorwaarden gelden: "
                        + ContractEnd.phrase(lastDay: dayBefore, firstDayWithoutContract: effective, in: .nl)
                        + ".",
                    en:
                        "The change is material: you may terminate the contract through the online termination form "
                        + "up to and including \(effective.spelledOutInFull(.en)), against that day. The contract then ends before "
                        + "the new terms apply: "
                        + ContractEnd.phrase(lastDay: dayBefore, firstDayWithoutContract: effective, in: .en)
                        + "."))
        }
        return Decision(
            rule: rule, outcome: outcome, deadlines: deadlines, citations: [citation],
            explanation: explanation)
    }

    /// Decides a parent's termination against a terms change (art. 10 with art. 8 lid 1).
    ///
    /// For a material change received from the day the parent was informed up to and including the
    /// effective date, the contract ends **per** the effective date (its last day is the day before, I-204),
    /// or per the ordinary date (received + 1 month) when that is earlier, and never before the day after
    /// receipt. A later "per" date the parent chose is honoured. Otherwise the ordinary notice period
    /// applies, and the explanation says why art. 10 does not.
    ///
    /// | informed | effective | received | last day | per |
    /// |---|---|---|---|---|
    /// | 2026-03-02 | 2026-05-01 | 2026-04-10 | 2026-04-30 | 2026-05-01 |
    /// | 2026-03-02 | 2026-05-01 | 2026-03-05 | 2026-04-04 | 2026-04-05 |
    ///
    /// - Throws: ``RulesError`` as ``ParentTerminationRule/decide(contract:receivedOn:channel:requestedEndDate:parameters:)``.
    public static func terminate(
        contract: Contract, against change: TermsChangeOutcome, receivedOn: LocalDate, channel: Channel,
        requestedEndDate: LocalDate? = nil, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ParentTerminationOutcome> {
        try terminated(
            contract: contract, against: change, receivedOn: receivedOn, channel: channel,
            requestedEndDate: requestedEndDate, parameters: parameters
        ).byAnalogy(for: contract.service)
    }

    static func terminated(
        contract: Contract, against change: TermsChangeOutcome, receivedOn: LocalDate, channel: Channel,
        requestedEndDate: LocalDate? = nil, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ParentTerminationOutcome> {
        let parameters = try TSOParameters.given(parameters, on: receivedOn)
        let ordinary = try ParentTerminationRule.decided(
            contract: contract, receivedOn: receivedOn, channel: channel, requestedEndDate: requestedEndDate,
            parameters: parameters)
        guard case .accepted(let terms) = ordinary.outcome else { return ordinary }
        let edition = parameters.edition
        let article10 = edition.cite("10")
        guard change.isMaterial, receivedOn <= change.effectiveDate, receivedOn >= change.informedOn else {
            let why =
                !change.isMaterial
                ? Explanation(
                    nl: "De wijziging van de voorwaarden is niet wezenlijk, dus de gewone opzegtermijn geldt "
                        + "(\(article10.dutchCitation)).",
                    en: "The change of the terms is not material, so the ordinary notice period applies "
                        + "(\(article10.englishCitation)).")
                : Explanation(
                    nl:
                        "Je kunt tegen de wijziging opzeggen van \(change.informedOn.spelledOutInFull(.nl)) tot en met "
                        + "\(change.effectiveDate.spelledOutInFull(.nl)) (\(article10.dutchCitation)); je opzegging viel daarbuiten, "
                        + "dus de gewone opzegtermijn geldt.",
                    en:
                        "You can terminate against the change from \(change.informedOn.spelledOutInFull(.en)) up to and including "
                        + "\(change.effectiveDate.spelledOutInFull(.en)) (\(article10.englishCitation)); your termination fell "
                        + "outside that, so the ordinary notice period applies.")
            return Decision(
                rule: ordinary.rule, outcome: ordinary.outcome, deadlines: ordinary.deadlines,
                citations: ordinary.citations + [article10],
                explanation: ordinary.explanation.followed(by: why))
        }
        let ordinaryPer = try terms.earliestEndDate.addingDaysChecked(1)
        let earliestPer = max(min(change.effectiveDate, ordinaryPer), try receivedOn.addingDaysChecked(1))
        var per = requestedEndDate.map { max($0, earliestPer) } ?? earliestPer
        var end = try per.addingDaysChecked(-1)
        if let fixedEnd = contract.endDate, fixedEnd < end {
            end = fixedEnd
            per = try fixedEnd.addingDaysChecked(1)
        }
        let stillDue = try BillingSchedule.instalments(
            annual: contract.annualAmount, from: receivedOn.addingDaysChecked(1), through: end,
            parameters: parameters)
        let special = TerminationTerms(
            receivedOn: receivedOn, earliestEndDate: try earliestPer.addingDaysChecked(-1),
            requestedEndDate: requestedEndDate, endDate: end, firstDayWithoutContract: per,
            instalmentsStillDue: stillDue, source: .termsChangeTermination)
        let before = per <= change.effectiveDate
        let explanation = Explanation(
            nl:
                "Je zegde op \(receivedOn.spelledOutInFull(.nl)) op wegens een wezenlijke wijziging van de voorwaarden die ingaat "
                + "op \(change.effectiveDate.spelledOutInFull(.nl)). Je mag opzeggen tegen die dag, zonder de gewone opzegtermijn "
                + "af te wachten (\(article10.dutchCitation)): \(special.end.phrase(in: .nl))"
                + (before ? ", vóórdat de nieuwe voorwaarden gelden." : "."),
            en:
                "On \(receivedOn.spelledOutInFull(.en)) you terminated because of a material change of the terms that takes "
                + "effect on \(change.effectiveDate.spelledOutInFull(.en)). You may terminate against that day, without waiting "
                + "out the ordinary notice period (\(article10.englishCitation)): \(special.end.phrase(in: .en))"
                + (before ? ", before the new terms apply." : "."))
        let billing = edition.cite("6", lid: 1)
        let due = Explanation(
            nl: stillDue.isEmpty
                ? "Na ontvangst begint er geen nieuwe factuurmaand meer (\(billing.dutchCitation))."
                : "Je betaalt nog het maandbedrag van \(stillDue.listedForExplanation(in: .nl)) (\(billing.dutchCitation)).",
            en: stillDue.isEmpty
                ? "No new billing month begins after receipt (\(billing.englishCitation))."
                : "You still pay the instalment of \(stillDue.listedForExplanation(in: .en)) (\(billing.englishCitation))."
        )
        return Decision(
            rule: rule, outcome: .accepted(special),
            deadlines: [
                try Deadline.onDate(end, kind: ParentTerminationRule.deadlineKind),
                try Deadline.onDate(per, kind: ParentTerminationRule.firstDayWithoutContractKind),
            ],
            citations: [article10] + ordinary.citations,
            explanation: ordinary.citations.contains(NoticeInWritingRule.citation)
                ? NoticeInWritingRule.explanation(channel, form: edition.cite("8", lid: 1))
                    .followed(by: explanation).followed(by: due)
                : explanation.followed(by: due))
    }
}

/// The answer to a terms change (art. 10).
public struct TermsChangeOutcome: Sendable, Hashable {
    /// The date Partou informed the parent.
    public let informedOn: LocalDate
    /// The date Partou proposed.
    public let proposedEffectiveDate: LocalDate
    /// Informed + 1 month (rounded up) + 1 week.
    public let earliestEffectiveDate: LocalDate
    /// The date the changed terms take effect: the proposed date, never before the earliest.
    public let effectiveDate: LocalDate
    /// Whether the change materially changes the contract.
    public let isMaterial: Bool
    /// For a material change, the last day (included) on which the parent may terminate against it.
    public let terminationWindowEnds: LocalDate?

    /// Creates an outcome.
    public init(
        informedOn: LocalDate, proposedEffectiveDate: LocalDate, earliestEffectiveDate: LocalDate,
        effectiveDate: LocalDate, isMaterial: Bool, terminationWindowEnds: LocalDate?
    ) {
        self.informedOn = informedOn
        self.proposedEffectiveDate = proposedEffectiveDate
        self.earliestEffectiveDate = earliestEffectiveDate
        self.effectiveDate = effectiveDate
        self.isMaterial = isMaterial
        self.terminationWindowEnds = terminationWindowEnds
    }

    /// Whether the proposed date is earlier than art. 10 allows.
    public var isPrematureDate: Bool { proposedEffectiveDate < earliestEffectiveDate }
}

#if !hasFeature(Embedded)
    extension TermsChangeOutcome: Codable {}
#endif
