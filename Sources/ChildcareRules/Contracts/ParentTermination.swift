/// Termination by the parent, TSO terms art. 8 lid 1.
///
/// > "Je kunt jouw overeenkomst uitsluitend opzeggen door middel van het online opzegformulier dat je terug
/// > kunt vinden op www.mijnpartou.nl/service. Wij hanteren een opzegtermijn van een maand."
///
/// - The terms name only the online form ("uitsluitend"). Mandatory law does not let the terms require a
///   stricter form than writing (art. 6:237 sub m BW, `NoticeInWritingRule`, I-231), so an e-mail, a
///   letter or a message in the app ends the contract as the form would, citing the statute. A call, a
///   word in person or a staff member acting for the parent is not in writing and is rejected with an
///   explanation that points to the form.
/// - The contract ends "per" received + 1 month, rounded down (``NoticePeriod``, I-003): that date is the
///   first day without a contract, and the day before is its last day (I-202). A later date chosen by the
///   parent is read the same way, as a "per" date, and honoured; an earlier one (such as "per direct") is
///   moved to the earliest "per" date.
///
/// | received | chosen | last day | per | still due (annual € 1.234,57) |
/// |---|---|---|---|---|
/// | 2026-02-01 | — | 2026-02-28 | 2026-03-01 | nothing (March is not billed) |
/// | 2026-02-01 | 2026-04-01 | 2026-03-31 | 2026-04-01 | March: € 123,46 |
/// - A form received before care starts is a written cancellation (art. 3, I-200) and is decided as one.
/// - Nothing is refunded for hours not used (art. 6 lid 5). The instalments of billing months that begin
///   after the form was received, up to the end date, are still due (I-210).
public enum ParentTerminationRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.parentTermination"

    /// The address of the online termination form.
    public static let formAddress = "www.mijnpartou.nl/service"

    /// The kind of deadline: the contract's last day (key `contractEnd`).
    public static let deadlineKind = Deadline.Kind(
        key: "contractEnd", nl: "laatste opvangdag", en: "last day of care")

    /// Decides a termination of `contract` received on `receivedOn` through `channel`.
    ///
    /// - Parameters:
    ///   - contract: the contract terminated.
    ///   - receivedOn: the date Partou received the termination.
    ///   - channel: how it was sent; only ``Channel/onlineForm`` is valid (art. 8 lid 1).
    ///   - requestedEndDate: the date the parent chose on the form, read as the "per" date (the first day
    ///     without a contract); `nil` for the earliest possible.
    ///   - parameters: the numbers of the edition that applies; `nil` for the edition in force on `receivedOn`.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024; `invalidArgument` when
    ///   received before the contract was signed; `invalidState` when the contract had already ended.
    public static func decide(
        contract: Contract, receivedOn: LocalDate, channel: Channel, requestedEndDate: LocalDate? = nil,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ParentTerminationOutcome> {
        try decided(
            contract: contract, receivedOn: receivedOn, channel: channel, requestedEndDate: requestedEndDate,
            parameters: parameters
        ).byAnalogy(for: contract.service)
    }

    static func decided(
        contract: Contract, receivedOn: LocalDate, channel: Channel, requestedEndDate: LocalDate? = nil,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ParentTerminationOutcome> {
        let parameters = try TSOParameters.given(parameters, on: receivedOn)
        let edition = parameters.edition
        let months = parameters.noticePeriod.value
        let form = edition.cite("8", lid: 1)
        guard receivedOn >= contract.signingDate else {
            throw RulesError(
                code: .invalidArgument, value: "termination received \(receivedOn)",
                context: "the contract was signed on \(contract.signingDate)")
        }
        if let end = contract.endDate, end < receivedOn {
            throw RulesError(
                code: .invalidState, value: "termination received \(receivedOn)",
                context: "the contract already ended on \(end)")
        }
        let byStatute = NoticeInWritingRule.overrides(channel, readings: parameters.readings)
        guard channel == .onlineForm || byStatute else {
            return Decision(
                rule: rule, outcome: .rejected(.notThroughOnlineForm(channel)), deadlines: [],
                citations: [form],
                explanation: Explanation(
                    nl: "Je zegde op via \(channel.name(in: .nl)). Opzeggen kan uitsluitend met het online "
                        + "opzegformulier op \(formAddress) (\(form.dutchCitation)); je opzegging via "
                        + "\(channel.name(in: .nl)) beëindigt de overeenkomst niet. Vul het formulier in: de "
                        + "opzegtermijn van \(NoticePeriod.monthsPhrase(months, in: .nl)) begint op de dag dat Partou het ontvangt.",
                    en:
                        "You terminated through \(channel.name(in: .en)). A termination is valid only through the "
                        + "online termination form at \(formAddress) (\(form.englishCitation)); your message through "
                        + "\(channel.name(in: .en)) does not end the contract. Fill in the form: the "
                        + "\(months == 1 ? "one-month" : "\(months)-month") notice "
                        + "period starts on the day Partou receives it."))
        }
        if receivedOn < contract.startDate {
            let cancellation = try CancellationRule.decided(
                contract: contract, receivedOn: receivedOn, channel: channel, parameters: parameters)
            guard case .accepted(let terms) = cancellation.outcome else {
                return cancellation.map { _ in .rejected(.notThroughOnlineForm(channel)) }
            }
            var note = Explanation(
                nl:
                    "De opvang was nog niet begonnen, dus je opzegging geldt als annulering (\(edition.cite("3").dutchCitation)).",
                en:
                    "Care had not started yet, so your termination counts as a cancellation (\(edition.cite("3").englishCitation))."
            )
            if byStatute {
                note = NoticeInWritingRule.explanation(channel, form: form).followed(by: note)
            }
            return Decision(
                rule: rule, outcome: .treatedAsCancellation(terms), deadlines: cancellation.deadlines,
                citations: (byStatute ? [NoticeInWritingRule.citation] : []) + cancellation.citations,
                explanation: note.followed(by: cancellation.explanation))
        }
        let earliestPer = try NoticePeriod.earliestEffectiveDate(
            for: .termination, from: receivedOn, parameters: parameters)
        // A chosen date is a per date too (I-202); read as the last day, the per date is the day after.
        let requestedPer = try requestedEndDate.map { (date) throws(RulesError) in
            parameters.readings.readsPerAsLastDay ? try date.addingDaysChecked(1) : date
        }
        var per = max(requestedPer ?? earliestPer, earliestPer)
        var end = try per.addingDaysChecked(-1)
        if let fixedEnd = contract.endDate, fixedEnd < end {
            end = fixedEnd
            per = try fixedEnd.addingDaysChecked(1)
        }
        let stillDue = try BillingSchedule.instalments(
            annual: contract.annualAmount, from: receivedOn.addingDaysChecked(1), through: end,
            parameters: parameters)
        let terms = TerminationTerms(
            receivedOn: receivedOn, earliestEndDate: try earliestPer.addingDaysChecked(-1),
            requestedEndDate: requestedEndDate, endDate: end, firstDayWithoutContract: per,
            instalmentsStillDue: stillDue)
        let deadlines = [
            try Deadline.onDate(end, kind: deadlineKind),
            try Deadline.onDate(per, kind: firstDayWithoutContractKind),
        ]
        let noRefund = edition.cite("6", lid: 5)
        var explanation = Explanation(
            ParentTerminationExplanation.received(
                byStatute: byStatute, on: receivedOn, months: months, earliestPer: earliestPer, form: form))
        explanation = explanation.followed(
            by: Explanation(
                ParentTerminationExplanation.end(
                    terms, requestedPer: requestedPer, earliestPer: earliestPer, contractEnd: contract.endDate
                )))
        explanation = explanation.followed(
            by: Explanation(ParentTerminationExplanation.billing(stillDue: stillDue, noRefund: noRefund)))
        if byStatute {
            explanation = NoticeInWritingRule.explanation(channel, form: form).followed(by: explanation)
        }
        return Decision(
            rule: rule, outcome: .accepted(terms), deadlines: deadlines,
            citations: (byStatute ? [NoticeInWritingRule.citation] : []) + [
                form, edition.cite("6", lid: 1), noRefund,
            ],
            explanation: explanation)
    }

    /// The kind of deadline: the first day without a contract, the "per" date (I-202).
    public static let firstDayWithoutContractKind = Deadline.Kind(
        key: "contractEndsPer", nl: "overeenkomst eindigt per", en: "contract ends as of")
}

/// When a valid termination ends the contract.
public struct TerminationTerms: Sendable, Hashable {
    /// The date Partou received the notice.
    public let receivedOn: LocalDate
    /// The earliest last day the notice period allows: the day before received + 1 month (rounded down).
    public let earliestEndDate: LocalDate
    /// The date the parent chose on the form, if any. It is read as a "per" date: the first day without
    /// a contract (I-202).
    public let requestedEndDate: LocalDate?
    /// The contract's **last day** (the value ``Contract/endDate`` takes).
    public let endDate: LocalDate
    /// The first day without a contract: the "per" date, ``endDate`` + 1 (I-202).
    public let firstDayWithoutContract: LocalDate
    /// The instalments of billing months that begin after receipt, up to the last day (I-210).
    public let instalmentsStillDue: [Instalment]
    /// What ends the contract: the parent's termination (art. 8 lid 1) or one against changed terms (art. 10).
    public let source: ContractEnd.Source

    /// Creates termination terms.
    public init(
        receivedOn: LocalDate, earliestEndDate: LocalDate, requestedEndDate: LocalDate?, endDate: LocalDate,
        firstDayWithoutContract: LocalDate, instalmentsStillDue: [Instalment],
        source: ContractEnd.Source = .parentTermination
    ) {
        self.receivedOn = receivedOn
        self.earliestEndDate = earliestEndDate
        self.requestedEndDate = requestedEndDate
        self.endDate = endDate
        self.firstDayWithoutContract = firstDayWithoutContract
        self.instalmentsStillDue = instalmentsStillDue
        self.source = source
    }

    /// The end the termination sets, citing art. 8 lid 1 or art. 10.
    public var end: ContractEnd {
        let edition = TermsEdition.tso(on: receivedOn)
        return ContractEnd(
            unchecked: endDate, firstDayWithoutContract: firstDayWithoutContract, source: source,
            citation: source == .termsChangeTermination ? edition.cite("10") : edition.cite("8", lid: 1))
    }
}

/// The answer to a parent's termination (art. 8 lid 1).
public enum ParentTerminationOutcome: Sendable, Hashable {
    /// The termination is valid and ends the contract.
    case accepted(TerminationTerms)
    /// Care had not started: the termination counts as a cancellation (art. 3).
    case treatedAsCancellation(CancellationTerms)
    /// The termination is not valid.
    case rejected(TerminationRejection)

    /// The contract's last day, when the termination is accepted or counts as a cancellation.
    public var endDate: LocalDate? { end?.lastDay }

    /// The end the termination sets, when it is accepted or counts as a cancellation.
    public var end: ContractEnd? {
        switch self {
        case .accepted(let terms): terms.end
        case .treatedAsCancellation(let terms): terms.end
        case .rejected: nil
        }
    }
}

/// Why a parent's termination is not valid.
public enum TerminationRejection: Sendable, Hashable {
    /// Not sent through the online termination form (art. 8 lid 1: "uitsluitend").
    case notThroughOnlineForm(Channel)
}

#if !hasFeature(Embedded)
    extension TerminationTerms: Codable {}
    extension ParentTerminationOutcome: Codable {}
    extension TerminationRejection: Codable {}
#endif
