/// Missing consent of the other parent with authority, TSO terms art. 2 lid 5 (and lid 3 sub b).
///
/// > "Als blijkt dat de contractouder de overeenkomst ten tijde van het ondertekenen hiervan niet met
/// > toestemming van de andere gezaghebbende ouder is aangegaan of een structurele wijziging heeft aangevraagd
/// > zonder dat de andere gezaghebbende ouder (…) wist, geeft Partou de contractouder de mogelijkheid om alsnog
/// > met de andere ouder tot overeenstemming te komen (…). Indien deze situatie optreedt:
/// > a. na startdatum opvang c.q. ingangsdatum wijziging en ouders vervolgens niet binnen een termijn van een
/// > maand tot overeenstemming komen, zal Partou (…) deze overeenkomst opzeggen c.q. wijziging annuleren met
/// > inachtneming van de opzegtermijn van een maand.
/// > b. in de periode tussen de datum ondertekening overeenkomst en startdatum opvang c.q. ingangsdatum wijziging
/// > en ouders na een maand of – als er minder dan een maand voor startdatum opvang c.q. ingangsdatum wijziging
/// > resteert – uiterlijk een week voor die startdatum geen overeenstemming bereiken, zal Partou (…) informeren
/// > dat de overeenkomst c.q. wijziging (…) niet in zal gaan. Indien lid b. het aangaan van een overeenkomst
/// > betreft, zullen we dit opvatten als annulering in de zin van artikel 3 van deze voorwaarden."
///
/// The clause applies only when **both parents have authority** ("de andere gezaghebbende ouder", lid 3
/// sub a: "indien beide ouders het ouderlijk gezag hebben"); when the other parent has none, no consent
/// was needed and nothing follows.
///
/// Every month Partou grants here is rounded **up** (I-208):
/// - Found on or after the start (sub a): the parents have until found + 1 month to agree; without
///   agreement Partou terminates (or cancels the change) with one month's notice counted from that
///   deadline: the contract ends **per** deadline + 1 month, its last day the day before (I-202).
/// - Found between signing and start (sub b): the deadline is found + 1 month; when that is later than the
///   start date, the deadline is one week before the start instead (and never before the day it was found).
///   Without agreement the contract does not start, which counts as a cancellation received on the
///   deadline (art. 3, ``CancellationRule``); a change simply does not take effect.
/// - A court ruling or divorce settlement removes the need for consent (art. 2 lid 3 sub b).
public enum MissingConsentRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.missingConsent"

    /// The kind of deadline: the last day to reach agreement.
    public static let deadlineKind = Deadline.Kind(
        key: "consentAgreement", nl: "overeenstemming uiterlijk", en: "agreement at the latest")

    /// What was done without the other parent's consent.
    public enum Subject: Sendable, Hashable {
        /// The contract itself, signed on the contract's signing date, starting on its start date.
        case contract
        /// A structural change requested on `requestedOn`, taking effect on `effectiveOn`.
        case change(requestedOn: LocalDate, effectiveOn: LocalDate)
    }

    /// Decides what follows when the missing consent is found on `foundOn`.
    ///
    /// - Parameters:
    ///   - contract: the contract concerned.
    ///   - subject: the contract or a structural change.
    ///   - foundOn: the date Partou found that consent was missing.
    ///   - hasCourtRulingOrSettlement: whether the contract parent showed a court ruling or divorce settlement.
    ///   - otherParentHasAuthority: whether the other parent has parental authority; only then is
    ///     consent needed (lid 3 sub a). `true` by default.
    ///   - agreementReachedOn: the date the parents reached agreement, or `nil` if they did not.
    ///   - parameters: the numbers of the edition that applies; `nil` for the edition in force on `foundOn`.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024; `invalidArgument` when
    ///   found before the signing or request date.
    public static func decide(
        contract: Contract, subject: Subject = .contract, foundOn: LocalDate,
        hasCourtRulingOrSettlement: Bool, otherParentHasAuthority: Bool = true,
        agreementReachedOn: LocalDate?, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<MissingConsentOutcome> {
        try decided(
            contract: contract, subject: subject, foundOn: foundOn,
            hasCourtRulingOrSettlement: hasCourtRulingOrSettlement,
            otherParentHasAuthority: otherParentHasAuthority, agreementReachedOn: agreementReachedOn,
            parameters: parameters
        ).byAnalogy(for: contract.service)
    }

    static func decided(
        contract: Contract, subject: Subject = .contract, foundOn: LocalDate,
        hasCourtRulingOrSettlement: Bool, otherParentHasAuthority: Bool = true,
        agreementReachedOn: LocalDate?, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<MissingConsentOutcome> {
        let parameters = try TSOParameters.given(parameters, on: foundOn)
        let edition = parameters.edition
        let (signed, start): (LocalDate, LocalDate) =
            switch subject {
            case .contract: (contract.signingDate, contract.startDate)
            case .change(let requestedOn, let effectiveOn): (requestedOn, effectiveOn)
            }
        guard foundOn >= signed else {
            throw RulesError(
                code: .invalidArgument, value: "found on \(foundOn)",
                context: "it was signed or requested on \(signed)")
        }
        let isChange = subject != .contract
        let what = isChange ? ("de wijziging", "the change") : ("de overeenkomst", "the contract")
        if !otherParentHasAuthority {
            let lid3a = edition.cite("2", lid: 3, sub: "a")
            let lid5 = edition.cite("2", lid: 5)
            return Decision(
                rule: rule,
                outcome: MissingConsentOutcome(
                    stage: .otherParentWithoutAuthority, agreementDeadline: nil, consequence: .none),
                deadlines: [], citations: [lid5, lid3a],
                explanation: Explanation(
                    nl:
                        "De andere ouder heeft geen ouderlijk gezag. Toestemming van de andere ouder is alleen nodig als "
                        + "beide ouders het gezag hebben (\(lid3a.dutchCitation)), en de regeling bij ontbrekende toestemming "
                        + "geldt alleen voor een gezaghebbende ouder (\(lid5.dutchCitation)); \(what.0) blijft gelden.",
                    en:
                        "The other parent has no parental authority. The other parent's consent is needed only when both "
                        + "parents have authority (\(lid3a.englishCitation)), and the rule on missing consent applies only to a "
                        + "parent with authority (\(lid5.englishCitation)); \(what.1) stands."))
        }
        if hasCourtRulingOrSettlement {
            let lid3b = edition.cite("2", lid: 3, sub: "b")
            return Decision(
                rule: rule,
                outcome: MissingConsentOutcome(
                    stage: .consentNotNeeded, agreementDeadline: nil, consequence: .none),
                deadlines: [], citations: [lid3b],
                explanation: Explanation(
                    nl:
                        "Je toonde met een gerechtelijke uitspraak of echtscheidingsconvenant aan dat toestemming van "
                        + "de andere ouder niet nodig is (\(lid3b.dutchCitation)); \(what.0) blijft gelden.",
                    en:
                        "You showed with a court ruling or divorce settlement that the other parent's consent is not "
                        + "needed (\(lid3b.englishCitation)); \(what.1) stands."))
        }
        if foundOn >= start {
            return try afterStart(
                contract: contract, isChange: isChange, foundOn: foundOn, agreed: agreementReachedOn,
                parameters: parameters)
        }
        return try beforeStart(
            contract: contract, isChange: isChange, foundOn: foundOn, start: start,
            agreed: agreementReachedOn, parameters: parameters)
    }

    private static func afterStart(
        contract: Contract, isChange: Bool, foundOn: LocalDate, agreed: LocalDate?, parameters: TSOParameters
    ) throws(RulesError) -> Decision<MissingConsentOutcome> {
        let citation = parameters.consentAgreementPeriod.citation
        let deadline = try NoticePeriod.granted(parameters.consentAgreementPeriod, after: foundOn)
        let agree = NoticePeriod.monthsPhrase(parameters.consentAgreementPeriod.value, in: .nl)
        let agreeEn = NoticePeriod.monthsPhrase(parameters.consentAgreementPeriod.value, in: .en)
        let notice = parameters.consentNoticePeriod.value
        var explanation = Explanation(
            nl:
                "Op \(foundOn.spelledOutInFull(.nl)) bleek dat de andere gezaghebbende ouder geen toestemming had gegeven, na de "
                + "start. Jullie hebben \(agree) om het eens te worden: tot en met \(deadline.spelledOutInFull(.nl)) "
                + "(\(citation.dutchCitation)).",
            en:
                "On \(foundOn.spelledOutInFull(.en)) it turned out, after the start, that the other parent with authority had not "
                + "consented. You have \(agreeEn) to agree: until \(deadline.spelledOutInFull(.en)) inclusive "
                + "(\(citation.englishCitation)).")
        let consequence: MissingConsentOutcome.Consequence
        var deadlines = [try Deadline.endOfDate(deadline, kind: deadlineKind)]
        if let agreed, agreed <= deadline {
            consequence = .none
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Jullie werden het eens op \(agreed.spelledOutInFull(.nl)); de overeenkomst loopt door.",
                    en: "You agreed on \(agreed.spelledOutInFull(.en)); the contract continues."))
        } else {
            var per = try NoticePeriod.granted(parameters.consentNoticePeriod, after: deadline)
            var end = try per.addingDaysChecked(-1)
            if let fixedEnd = contract.endDate, fixedEnd < end {
                end = fixedEnd
                per = try fixedEnd.addingDaysChecked(1)
            }
            consequence =
                isChange
                ? .changeCancelled(from: per) : .terminated(endDate: end, firstDayWithoutContract: per)
            if isChange {
                deadlines.append(try Deadline.onDate(per, kind: ContractChangeRule.deadlineKind))
            } else {
                deadlines.append(try Deadline.onDate(end, kind: ParentTerminationRule.deadlineKind))
                deadlines.append(
                    try Deadline.onDate(per, kind: ParentTerminationRule.firstDayWithoutContractKind))
            }
            explanation = explanation.followed(
                by: isChange
                    ? Explanation(
                        nl:
                            "Zonder overeenstemming annuleert Partou de wijziging met een termijn van "
                            + "\(NoticePeriod.monthsPhrase(notice, in: .nl)), per "
                            + "\(per.spelledOutInFull(.nl)).",
                        en:
                            "Without agreement Partou cancels the change with \(NoticePeriod.noticePhrase(notice)), as of "
                            + "\(per.spelledOutInFull(.en)).")
                    : Explanation(
                        nl:
                            "Zonder overeenstemming zegt Partou de overeenkomst op met een opzegtermijn van "
                            + "\(NoticePeriod.monthsPhrase(notice, in: .nl)): "
                            + ContractEnd.phrase(lastDay: end, firstDayWithoutContract: per, in: .nl) + ".",
                        en:
                            "Without agreement Partou terminates the contract with \(NoticePeriod.noticePhrase(notice)): "
                            + ContractEnd.phrase(lastDay: end, firstDayWithoutContract: per, in: .en) + "."))
        }
        return Decision(
            rule: rule,
            outcome: MissingConsentOutcome(
                stage: .afterStart, agreementDeadline: deadline, consequence: consequence),
            deadlines: deadlines, citations: [citation], explanation: explanation)
    }

    private static func beforeStart(
        contract: Contract, isChange: Bool, foundOn: LocalDate, start: LocalDate, agreed: LocalDate?,
        parameters: TSOParameters
    ) throws(RulesError) -> Decision<MissingConsentOutcome> {
        let edition = parameters.edition
        let citation = parameters.consentBeforeStartPeriod.citation
        let monthLater = try NoticePeriod.granted(parameters.consentBeforeStartPeriod, after: foundOn)
        let weeks = parameters.consentLastWeekBeforeStart.value
        let weekBefore = try start.addingDaysChecked(-7 * weeks)
        let months = parameters.consentBeforeStartPeriod.value
        let month = NoticePeriod.monthsPhrase(months, in: .nl)
        let monthEn = NoticePeriod.monthsPhrase(months, in: .en)
        let week = NoticePeriod.weeksPhrase(weeks, in: .nl, stressed: false)
        let weekEn = NoticePeriod.weeksPhrase(weeks, in: .en)
        let deadline = monthLater <= start ? monthLater : max(weekBefore, foundOn)
        var explanation =
            monthLater <= start
            ? Explanation(
                nl:
                    "Op \(foundOn.spelledOutInFull(.nl)) bleek, vóór de start op \(start.spelledOutInFull(.nl)), dat de andere gezaghebbende "
                    + "ouder geen toestemming had gegeven. Jullie hebben \(month) om het eens te worden: tot en met "
                    + "\(deadline.spelledOutInFull(.nl)) (\(citation.dutchCitation)).",
                en:
                    "On \(foundOn.spelledOutInFull(.en)), before the start on \(start.spelledOutInFull(.en)), it turned out that the other "
                    + "parent with authority had not consented. You have \(monthEn) to agree: until "
                    + "\(deadline.spelledOutInFull(.en)) inclusive (\(citation.englishCitation)).")
            : Explanation(
                nl:
                    "Op \(foundOn.spelledOutInFull(.nl)) bleek, vóór de start op \(start.spelledOutInFull(.nl)), dat de andere gezaghebbende "
                    + "ouder geen toestemming had gegeven. Er resteert minder dan \(month), dus jullie moeten het "
                    + "uiterlijk \(week) voor de start eens zijn: tot en met \(deadline.spelledOutInFull(.nl)) (\(citation.dutchCitation)).",
                en:
                    "On \(foundOn.spelledOutInFull(.en)), before the start on \(start.spelledOutInFull(.en)), it turned out that the other "
                    + "parent with authority had not consented. Less than \(months == 1 ? "a month" : monthEn) remains, so you must agree \(weekEn) "
                    + "before the start at the latest: until \(deadline.spelledOutInFull(.en)) inclusive (\(citation.englishCitation))."
            )
        let consequence: MissingConsentOutcome.Consequence
        var citations = [citation]
        var deadlines = [try Deadline.endOfDate(deadline, kind: deadlineKind)]
        if let agreed, agreed <= deadline {
            consequence = .none
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Jullie werden het eens op \(agreed.spelledOutInFull(.nl)); \(isChange ? "de wijziging" : "de overeenkomst") "
                        + "gaat door.",
                    en:
                        "You agreed on \(agreed.spelledOutInFull(.en)); \(isChange ? "the change" : "the contract") goes ahead."
                ))
        } else if isChange {
            consequence = .changeDoesNotTakeEffect
            explanation = explanation.followed(
                by: Explanation(
                    nl: "Zonder overeenstemming gaat de wijziging niet in.",
                    en: "Without agreement the change does not take effect."))
        } else {
            let terms = try CancellationRule.terms(
                contract: contract, receivedOn: deadline, parameters: parameters)
            let both = terms.end
            consequence = .doesNotStart(terms)
            let article3 = edition.cite("3")
            citations.append(article3)
            deadlines.append(try Deadline.onDate(terms.effectiveDate, kind: CancellationRule.deadlineKind))
            explanation = explanation.followed(
                by: Explanation(
                    nl: "Zonder overeenstemming gaat de overeenkomst niet in. Dat geldt als annulering "
                        + "(\(article3.dutchCitation)) op \(deadline.spelledOutInFull(.nl)), die ingaat op \(terms.effectiveDate.spelledOutInFull(.nl)): "
                        + "\(both.phrase(in: .nl)).",
                    en: "Without agreement the contract does not start. That counts as a cancellation "
                        + "(\(article3.englishCitation)) on \(deadline.spelledOutInFull(.en)), taking effect on "
                        + "\(terms.effectiveDate.spelledOutInFull(.en)): \(both.phrase(in: .en)).")
            ).followed(by: CancellationRule.owedText(terms, start: start, edition: edition))
        }
        return Decision(
            rule: rule,
            outcome: MissingConsentOutcome(
                stage: .beforeStart, agreementDeadline: deadline, consequence: consequence),
            deadlines: deadlines.sorted(), citations: citations, explanation: explanation)
    }
}

/// What follows from missing consent (art. 2 lid 5).
public struct MissingConsentOutcome: Sendable, Hashable {
    /// When the missing consent was found, relative to the start.
    public enum Stage: String, Sendable, Hashable {
        /// A court ruling or divorce settlement removes the need for consent (art. 2 lid 3 sub b).
        case consentNotNeeded
        /// The other parent has no parental authority, so no consent was needed (art. 2 lid 3 sub a, lid 5).
        case otherParentWithoutAuthority
        /// Found on or after the start date (sub a).
        case afterStart
        /// Found between signing and the start date (sub b).
        case beforeStart
    }

    /// What happens to the contract or change.
    public enum Consequence: Sendable, Hashable {
        /// Nothing: consent was not needed, or the parents agreed in time.
        case none
        /// Partou terminates the contract: its **last day** is `endDate`, and it ends per
        /// `firstDayWithoutContract`, the day after (sub a).
        case terminated(endDate: LocalDate, firstDayWithoutContract: LocalDate)
        /// Partou cancels the change as of `from`, the first day without it (sub a).
        case changeCancelled(from: LocalDate)
        /// The contract does not start; it counts as a cancellation under art. 3 (sub b).
        case doesNotStart(CancellationTerms)
        /// The change does not take effect (sub b).
        case changeDoesNotTakeEffect
    }

    /// The stage.
    public let stage: Stage
    /// The last day (included) to reach agreement, if consent was needed.
    public let agreementDeadline: LocalDate?
    /// The consequence.
    public let consequence: Consequence

    /// Creates an outcome.
    public init(stage: Stage, agreementDeadline: LocalDate?, consequence: Consequence) {
        self.stage = stage
        self.agreementDeadline = agreementDeadline
        self.consequence = consequence
    }

    /// The end the consequence sets: Partou's termination (sub a) or the cancellation (sub b), if any.
    public var end: ContractEnd? {
        switch consequence {
        case .terminated(let end, let per):
            ContractEnd(
                unchecked: end, firstDayWithoutContract: per, source: .missingConsent,
                citation: TermsEdition.tso(on: end).cite("2", lid: 5, sub: "a"))
        case .doesNotStart(let terms):
            ContractEnd(
                unchecked: terms.lastDay, firstDayWithoutContract: terms.effectiveDate,
                source: .missingConsent,
                citation: TermsEdition.tso(on: terms.receivedOn).cite("2", lid: 5, sub: "b"))
        case .none, .changeCancelled, .changeDoesNotTakeEffect: nil
        }
    }
}

#if !hasFeature(Embedded)
    extension MissingConsentRule.Subject: Codable {}
    extension MissingConsentOutcome: Codable {}
    extension MissingConsentOutcome.Stage: Codable {}
    extension MissingConsentOutcome.Consequence: Codable {}
#endif
