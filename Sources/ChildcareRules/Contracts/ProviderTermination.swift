/// Termination by Partou, TSO terms art. 8 lid 5.
///
/// > "Partou is slechts bevoegd de overeenkomst op te zeggen op grond van een zwaarwegende reden."
///
/// - "In ieder geval" starts a list that is **not exhaustive**: the reasons a to h are serious reasons;
///   another reason is ``ProviderTerminationOutcome/notListed(reason:)``: not listed, to be judged case by
///   case on whether it is as serious, never "contrary to the terms" by itself (I-205). It sets no end.
/// - (a) needs one full month of payment default on the notice date, not paid off (``PaymentDefaultRule``).
/// - (b), where it concerns a risk to others, needs a prior warning unless one cannot reasonably be expected.
/// - The terms give Partou's notice no period of its own; the library applies the one-month notice period
///   of art. 8 lid 1 and art. 2 lid 5 sub a, rounded up: the contract ends **per** notice + 1 month, its last
///   day the day before (I-202, I-206).
public enum ProviderTerminationRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.providerTermination"

    /// Decides a termination by Partou of `contract`, given on `noticeOn` for `reason`, under the numbers
    /// of `parameters` (`nil`: the edition in force on `noticeOn`).
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a notice before 1 August 2024, or an invalid argument.
    public static func decide(
        contract: Contract, reason: ProviderTerminationReason, noticeOn: LocalDate,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ProviderTerminationOutcome> {
        try decided(contract: contract, reason: reason, noticeOn: noticeOn, parameters: parameters)
            .byAnalogy(for: contract.service)
    }

    static func decided(
        contract: Contract, reason: ProviderTerminationReason, noticeOn: LocalDate,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ProviderTerminationOutcome> {
        let parameters = try TSOParameters.given(parameters, on: noticeOn)
        let edition = parameters.edition
        let lid5 = edition.cite("8", lid: 5)
        guard let point = reason.point else {
            return Decision(
                rule: rule, outcome: .notListed(reason: reason.name(in: .nl)), deadlines: [],
                citations: [lid5],
                explanation: Explanation(
                    nl:
                        "Partou zegde op wegens \"\(reason.name(in: .nl))\". Partou mag alleen opzeggen om een "
                        + "zwaarwegende reden (\(lid5.dutchCitation)). De voorwaarden noemen \"in ieder geval\" de redenen a tot en "
                        + "met h; deze reden staat daar niet bij. Of hij even zwaar weegt, wordt per geval beoordeeld; tot dat "
                        + "oordeel er is, blijft de overeenkomst doorlopen.",
                    en:
                        "Partou terminated because of \"\(reason.name(in: .en))\". Partou may terminate only for a serious "
                        + "reason (\(lid5.englishCitation)). The terms list reasons (a) to (h) \"in any case\"; this reason is not "
                        + "among them. Whether it is as serious is judged case by case; until it is, the contract continues."
                ))
        }
        let citation = edition.cite("8", lid: 5, sub: point)
        if case .paymentDefault(let since, let paidOn) = reason {
            let check = try PaymentDefaultRule.decide(
                since: since, paidOn: paidOn, noticeOn: noticeOn, parameters: parameters)
            guard check.outcome.isGround else {
                let rejection: ProviderTerminationRejection =
                    check.outcome.isCured
                    ? .defaultPaidOff(paidOn: paidOn ?? noticeOn)
                    : .defaultShorterThanOneMonth(reachedOn: check.outcome.oneMonthReachedOn)
                return Decision(
                    rule: rule, outcome: .rejected(rejection), deadlines: check.deadlines,
                    citations: [citation],
                    explanation: check.explanation)
            }
            return try allowed(
                contract: contract, reason: reason, point: point, noticeOn: noticeOn, citation: citation,
                parameters: parameters, preface: check.explanation, deadlines: check.deadlines)
        }
        if case .riskToOthers(let warned, let dispensable) = reason, !warned, !dispensable {
            return Decision(
                rule: rule, outcome: .rejected(.noWarning), deadlines: [], citations: [citation],
                explanation: Explanation(
                    nl:
                        "Partou zegde op wegens een risico voor anderen, zonder eerst te waarschuwen. Dat mag alleen "
                        + "na een waarschuwing, tenzij die redelijkerwijs niet van Partou verwacht kan worden "
                        + "(\(citation.dutchCitation)).",
                    en:
                        "Partou terminated because of a risk to others without a warning first. That is allowed only "
                        + "after a warning, unless one cannot reasonably be expected of Partou (\(citation.englishCitation))."
                ))
        }
        return try allowed(
            contract: contract, reason: reason, point: point, noticeOn: noticeOn, citation: citation,
            parameters: parameters, preface: nil, deadlines: [])
    }

    private static func allowed(
        contract: Contract, reason: ProviderTerminationReason, point: String, noticeOn: LocalDate,
        citation: Citation, parameters: TSOParameters, preface: Explanation?, deadlines: [Deadline]
    ) throws(RulesError) -> Decision<ProviderTerminationOutcome> {
        let months = parameters.noticePeriod.value
        var per = try NoticePeriod.granted(parameters.noticePeriod, after: noticeOn)
        var end = try per.addingDaysChecked(-1)
        if let fixedEnd = contract.endDate, fixedEnd < end {
            end = fixedEnd
            per = try fixedEnd.addingDaysChecked(1)
        }
        let notice = parameters.noticePeriod.citation
        let both = ContractEnd(
            unchecked: end, firstDayWithoutContract: per, source: .providerTermination, citation: citation)
        var explanation = Explanation(
            nl:
                "Partou zegde op \(noticeOn.spelledOutInFull(.nl)) op wegens \(reason.name(in: .nl)): een zwaarwegende reden "
                + "(\(citation.dutchCitation)). Met een opzegtermijn van \(NoticePeriod.monthsPhrase(months, in: .nl)) "
                + "(\(notice.dutchCitation)) geldt: "
                + "\(both.phrase(in: .nl)).",
            en:
                "Partou gave notice on \(noticeOn.spelledOutInFull(.en)) because of \(reason.name(in: .en)): a serious reason "
                + "(\(citation.englishCitation)). With \(NoticePeriod.noticePhrase(months)) (\(notice.englishCitation)): "
                + "\(both.phrase(in: .en))."
        )
        if let preface { explanation = preface.followed(by: explanation) }
        let outcome = ProviderTerminationOutcome.allowed(
            point: point, endDate: end, firstDayWithoutContract: per)
        let endDeadlines = [
            try Deadline.onDate(end, kind: ParentTerminationRule.deadlineKind),
            try Deadline.onDate(per, kind: ParentTerminationRule.firstDayWithoutContractKind),
        ]
        return Decision(
            rule: rule, outcome: outcome, deadlines: (deadlines + endDeadlines).sorted(),
            citations: [citation, notice], explanation: explanation)
    }
}

/// The answer to a termination by Partou (art. 8 lid 5).
public enum ProviderTerminationOutcome: Sendable, Hashable {
    /// The reason is a listed serious reason; the contract's **last day** is `endDate` and it ends per
    /// `firstDayWithoutContract`, the day after.
    case allowed(point: String, endDate: LocalDate, firstDayWithoutContract: LocalDate)
    /// The reason is not one of a to h: not listed, to be judged case by case (I-205). No end is set.
    case notListed(reason: String)
    /// The termination is contrary to the terms.
    case rejected(ProviderTerminationRejection)

    /// Whether the termination is allowed.
    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// The contract's last day, when the termination is allowed.
    public var endDate: LocalDate? { end?.lastDay }

    /// The end an allowed termination sets, citing the point of art. 8 lid 5 (in the first edition's
    /// numbering, which every edition keeps).
    public var end: ContractEnd? {
        guard case .allowed(let point, let end, let per) = self else { return nil }
        return ContractEnd(
            unchecked: end, firstDayWithoutContract: per, source: .providerTermination,
            citation: TermsEdition.tso(on: end).cite("8", lid: 5, sub: point))
    }
}

/// Why a termination by Partou is contrary to the terms.
public enum ProviderTerminationRejection: Sendable, Hashable {
    /// (a) One month of default was not yet reached on the notice date.
    case defaultShorterThanOneMonth(reachedOn: LocalDate)
    /// (a) The arrears were paid off on or before the notice date.
    case defaultPaidOff(paidOn: LocalDate)
    /// (b) No warning was given although one could reasonably be expected.
    case noWarning
}

#if !hasFeature(Embedded)
    extension ProviderTerminationOutcome: Codable {}
    extension ProviderTerminationRejection: Codable {}
#endif
