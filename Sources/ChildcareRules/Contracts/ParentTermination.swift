/// Termination by the parent, TSO terms art. 8 lid 1.
///
/// > "Je kunt jouw overeenkomst uitsluitend opzeggen door middel van het online opzegformulier dat je terug
/// > kunt vinden op www.mijnpartou.nl/service. Wij hanteren een opzegtermijn van een maand."
///
/// - Only the online form counts ("uitsluitend"). An e-mail, letter, call or app message is rejected with
///   an explanation that points to the form.
/// - The earliest end date is received + 1 month, rounded down (``NoticePeriod``, I-003); it is the last
///   day of the contract (I-202). A later end date chosen by the parent is honoured; an earlier one
///   (such as "per direct") is moved to the earliest end date.
/// - A form received before care starts is a written cancellation (art. 3, I-200) and is decided as one.
/// - Nothing is refunded for hours not used (art. 6 lid 5). The instalments of billing months that begin
///   after the form was received, up to the end date, are still due (I-210).
public enum ParentTerminationRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.parentTermination"

    /// The address of the online termination form.
    public static let formAddress = "www.mijnpartou.nl/service"

    /// The kind of deadline: the contract's last day.
    public static let deadlineKind = Deadline.Kind(
        key: "contractEnd", nl: "einddatum overeenkomst", en: "contract end date")

    /// Decides a termination of `contract` received on `receivedOn` through `channel`.
    ///
    /// - Parameters:
    ///   - contract: the contract terminated.
    ///   - receivedOn: the date Partou received the termination.
    ///   - channel: how it was sent; only ``Channel/onlineForm`` is valid (art. 8 lid 1).
    ///   - requestedEndDate: the end date the parent chose on the form; `nil` for the earliest possible.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024; `invalidArgument` when
    ///   received before the contract was signed; `invalidState` when the contract had already ended.
    public static func decide(
        contract: Contract, receivedOn: LocalDate, channel: Channel, requestedEndDate: LocalDate? = nil
    ) throws(RulesError) -> Decision<ParentTerminationOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: receivedOn)
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
        guard channel == .onlineForm else {
            return Decision(
                rule: rule, outcome: .rejected(.notThroughOnlineForm(channel)), deadlines: [],
                citations: [form],
                explanation: Explanation(
                    nl: "Je zegde op via \(channel.name(in: .nl)). Opzeggen kan uitsluitend met het online "
                        + "opzegformulier op \(formAddress) (\(form.dutchCitation)); je opzegging via "
                        + "\(channel.name(in: .nl)) beëindigt de overeenkomst niet. Vul het formulier in: de "
                        + "opzegtermijn van een maand begint op de dag dat Partou het ontvangt.",
                    en:
                        "You terminated through \(channel.name(in: .en)). A termination is valid only through the "
                        + "online termination form at \(formAddress) (\(form.englishCitation)); your message through "
                        + "\(channel.name(in: .en)) does not end the contract. Fill in the form: the one-month notice "
                        + "period starts on the day Partou receives it."))
        }
        if receivedOn < contract.startDate {
            let cancellation = try CancellationRule.decide(
                contract: contract, receivedOn: receivedOn, channel: channel)
            guard case .accepted(let terms) = cancellation.outcome else {
                return cancellation.map { _ in .rejected(.notThroughOnlineForm(channel)) }
            }
            let note = Explanation(
                nl:
                    "De opvang was nog niet begonnen, dus je opzegging geldt als annulering (\(edition.cite("3").dutchCitation)).",
                en:
                    "Care had not started yet, so your termination counts as a cancellation (\(edition.cite("3").englishCitation))."
            )
            return Decision(
                rule: rule, outcome: .treatedAsCancellation(terms), deadlines: cancellation.deadlines,
                citations: cancellation.citations, explanation: note.followed(by: cancellation.explanation))
        }
        let earliest = try NoticePeriod.earliestEffectiveDate(for: .termination, from: receivedOn)
        var end = max(requestedEndDate ?? earliest, earliest)
        if let fixedEnd = contract.endDate, fixedEnd < end { end = fixedEnd }
        let stillDue = try BillingSchedule.instalments(
            annual: contract.annualAmount, from: receivedOn.addingDaysChecked(1), through: end)
        let terms = TerminationTerms(
            receivedOn: receivedOn, earliestEndDate: earliest, requestedEndDate: requestedEndDate,
            endDate: end,
            instalmentsStillDue: stillDue)
        let deadline = try Deadline.onDate(end, kind: deadlineKind)
        let noRefund = edition.cite("6", lid: 5)
        var explanation = Explanation(
            nl:
                "Partou ontving je opzegformulier op \(receivedOn.spelledOutInFull(.nl)). De opzegtermijn is een maand, dus de "
                + "overeenkomst kan op zijn vroegst eindigen op \(earliest.spelledOutInFull(.nl)) (\(form.dutchCitation)).",
            en:
                "Partou received your termination form on \(receivedOn.spelledOutInFull(.en)). The notice period is one month, so "
                + "the contract can end on \(earliest.spelledOutInFull(.en)) at the earliest (\(form.englishCitation))."
        )
        explanation = explanation.followed(by: endText(terms, contractEnd: contract.endDate))
        explanation = explanation.followed(
            by: Explanation(
                nl: (stillDue.isEmpty
                    ? "Na ontvangst begint er geen nieuwe factuurmaand meer. "
                    : "Je betaalt nog het maandbedrag van \(stillDue.listedForExplanation(in: .nl)). ")
                    + "Gebruik je minder uren dan in je overeenkomst staan, dan krijg je voor al betaalde uren geen "
                    + "geld of opvang terug (\(noRefund.dutchCitation)).",
                en: (stillDue.isEmpty
                    ? "No new billing month begins after receipt. "
                    : "You still pay the instalment of \(stillDue.listedForExplanation(in: .en)). ")
                    + "If you use fewer hours than your contract gives you, hours already paid for are not refunded "
                    + "in money or care (\(noRefund.englishCitation))."))
        return Decision(
            rule: rule, outcome: .accepted(terms), deadlines: [deadline],
            citations: [form, edition.cite("6", lid: 1), noRefund], explanation: explanation)
    }

    private static func endText(_ terms: TerminationTerms, contractEnd: LocalDate?) -> Explanation {
        let end = terms.endDate
        if let requested = terms.requestedEndDate, requested < terms.earliestEndDate {
            return Explanation(
                nl:
                    "Je vroeg om een einde op \(requested.spelledOutInFull(.nl)); dat is eerder dan de opzegtermijn toelaat, dus "
                    + "de overeenkomst eindigt op \(end.spelledOutInFull(.nl)).",
                en:
                    "You asked for the contract to end on \(requested.spelledOutInFull(.en)); that is earlier than the notice "
                    + "period allows, so the contract ends on \(end.spelledOutInFull(.en)).")
        }
        if let contractEnd, contractEnd == end,
            contractEnd < (terms.requestedEndDate ?? terms.earliestEndDate)
        {
            return Explanation(
                nl:
                    "Je overeenkomst eindigde al eerder, op \(end.spelledOutInFull(.nl)); daar verandert je opzegging niets aan.",
                en:
                    "Your contract already ended earlier, on \(end.spelledOutInFull(.en)); your termination does not change that."
            )
        }
        if let requested = terms.requestedEndDate, requested > terms.earliestEndDate {
            return Explanation(
                nl:
                    "Je koos zelf een latere einddatum; de overeenkomst eindigt op \(end.spelledOutInFull(.nl)).",
                en: "You chose a later end date yourself; the contract ends on \(end.spelledOutInFull(.en)).")
        }
        return Explanation(
            nl: "De overeenkomst eindigt op \(end.spelledOutInFull(.nl)).",
            en: "The contract ends on \(end.spelledOutInFull(.en)).")
    }
}

/// When a valid termination ends the contract.
public struct TerminationTerms: Sendable, Hashable, Codable {
    /// The date Partou received the notice.
    public let receivedOn: LocalDate
    /// The earliest end date the notice period allows.
    public let earliestEndDate: LocalDate
    /// The end date the parent asked for, if any.
    public let requestedEndDate: LocalDate?
    /// The contract's last day.
    public let endDate: LocalDate
    /// The instalments of billing months that begin after receipt, up to the end date (I-210).
    public let instalmentsStillDue: [Instalment]

    /// Creates termination terms.
    public init(
        receivedOn: LocalDate, earliestEndDate: LocalDate, requestedEndDate: LocalDate?, endDate: LocalDate,
        instalmentsStillDue: [Instalment]
    ) {
        self.receivedOn = receivedOn
        self.earliestEndDate = earliestEndDate
        self.requestedEndDate = requestedEndDate
        self.endDate = endDate
        self.instalmentsStillDue = instalmentsStillDue
    }
}

/// The answer to a parent's termination (art. 8 lid 1).
public enum ParentTerminationOutcome: Sendable, Hashable, Codable {
    /// The termination is valid and ends the contract.
    case accepted(TerminationTerms)
    /// Care had not started: the termination counts as a cancellation (art. 3).
    case treatedAsCancellation(CancellationTerms)
    /// The termination is not valid.
    case rejected(TerminationRejection)

    /// The contract's last day, when the termination is accepted or counts as a cancellation.
    public var endDate: LocalDate? {
        switch self {
        case .accepted(let terms): terms.endDate
        case .treatedAsCancellation(let terms): terms.effectiveDate
        case .rejected: nil
        }
    }
}

/// Why a parent's termination is not valid.
public enum TerminationRejection: Sendable, Hashable, Codable {
    /// Not sent through the online termination form (art. 8 lid 1: "uitsluitend").
    case notThroughOnlineForm(Channel)
}
