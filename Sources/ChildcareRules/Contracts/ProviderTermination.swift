/// Termination by Partou, TSO terms art. 8 lid 5.
///
/// > "Partou is slechts bevoegd de overeenkomst op te zeggen op grond van een zwaarwegende reden."
///
/// - Only the reasons listed under a to h are accepted; any other reason is rejected as contrary to the
///   terms (I-205).
/// - (a) needs one full month of payment default on the notice date, not paid off (``PaymentDefaultRule``).
/// - (b), where it concerns a risk to others, needs a prior warning unless one cannot reasonably be expected.
/// - The terms give Partou's notice no period of its own; the library applies the one-month notice period
///   of art. 8 lid 1 and art. 2 lid 5 sub a, rounded up: the contract's last day is notice + 1 month (I-206).
public enum ProviderTerminationRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.providerTermination"

    /// Decides a termination by Partou of `contract`, given on `noticeOn` for `reason`.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a notice before 1 August 2024, or an invalid argument.
    public static func decide(
        contract: Contract, reason: ProviderTerminationReason, noticeOn: LocalDate
    ) throws(RulesError) -> Decision<ProviderTerminationOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: noticeOn)
        let lid5 = edition.cite("8", lid: 5)
        guard let point = reason.point else {
            return Decision(
                rule: rule, outcome: .rejected(.notASeriousReason), deadlines: [], citations: [lid5],
                explanation: Explanation(
                    nl:
                        "Partou zegde op wegens \"\(reason.name(in: .nl))\". Partou mag alleen opzeggen om een "
                        + "zwaarwegende reden uit de lijst van artikel 8 lid 5 (a tot en met h) (\(lid5.dutchCitation)); deze reden "
                        + "staat daar niet in, dus de opzegging is in strijd met de voorwaarden.",
                    en:
                        "Partou terminated because of \"\(reason.name(in: .en))\". Partou may terminate only for a "
                        + "serious reason listed in article 8(5), (a) to (h) (\(lid5.englishCitation)); this reason is not listed, "
                        + "so the termination is contrary to the terms."))
        }
        let citation = edition.cite("8", lid: 5, sub: point)
        if case .paymentDefault(let since, let paidOn) = reason {
            let check = try PaymentDefaultRule.decide(since: since, paidOn: paidOn, noticeOn: noticeOn)
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
                edition: edition, preface: check.explanation, deadlines: check.deadlines)
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
            edition: edition, preface: nil, deadlines: [])
    }

    private static func allowed(
        contract: Contract, reason: ProviderTerminationReason, point: String, noticeOn: LocalDate,
        citation: Citation, edition: TermsEdition, preface: Explanation?, deadlines: [Deadline]
    ) throws(RulesError) -> Decision<ProviderTerminationOutcome> {
        var end = try NoticePeriod.monthGranted(after: noticeOn)
        if let fixedEnd = contract.endDate, fixedEnd < end { end = fixedEnd }
        let notice = edition.cite("8", lid: 1)
        var explanation = Explanation(
            nl:
                "Partou zegde op \(noticeOn.spelledOutInFull(.nl)) op wegens \(reason.name(in: .nl)): een zwaarwegende reden "
                + "(\(citation.dutchCitation)). Met een opzegtermijn van een maand (\(notice.dutchCitation)) eindigt de overeenkomst op "
                + "\(end.spelledOutInFull(.nl)).",
            en:
                "Partou gave notice on \(noticeOn.spelledOutInFull(.en)) because of \(reason.name(in: .en)): a serious reason "
                + "(\(citation.englishCitation)). With one month's notice (\(notice.englishCitation)) the contract ends on \(end.spelledOutInFull(.en))."
        )
        if let preface { explanation = preface.followed(by: explanation) }
        let outcome = ProviderTerminationOutcome.allowed(point: point, endDate: end)
        let endDeadline = try Deadline.onDate(end, kind: ParentTerminationRule.deadlineKind)
        return Decision(
            rule: rule, outcome: outcome, deadlines: (deadlines + [endDeadline]).sorted(),
            citations: [citation, notice], explanation: explanation)
    }
}

/// The answer to a termination by Partou (art. 8 lid 5).
public enum ProviderTerminationOutcome: Sendable, Hashable, Codable {
    /// The reason is a listed serious reason; the contract ends on `endDate`.
    case allowed(point: String, endDate: LocalDate)
    /// The termination is contrary to the terms.
    case rejected(ProviderTerminationRejection)

    /// Whether the termination is allowed.
    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }
}

/// Why a termination by Partou is contrary to the terms.
public enum ProviderTerminationRejection: Sendable, Hashable, Codable {
    /// The reason is not one of a to h.
    case notASeriousReason
    /// (a) One month of default was not yet reached on the notice date.
    case defaultShorterThanOneMonth(reachedOn: LocalDate)
    /// (a) The arrears were paid off on or before the notice date.
    case defaultPaidOff(paidOn: LocalDate)
    /// (b) No warning was given although one could reasonably be expected.
    case noWarning
}
