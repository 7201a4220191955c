/// Cancellation before care starts, TSO terms art. 3.
///
/// > "Heb je een overeenkomst met Partou afgesloten, maar wil je deze annuleren voor de aanvangsdatum van de
/// > opvang? Dat kan. Je kunt de overeenkomst schriftelijk annuleren per e-mail ter attentie van de afdeling
/// > customer support (support@partou.nl). Als annuleringsdatum geldt de datum dat Partou de annulering
/// > ontvangt. Wij hanteren een annuleringstermijn van één (1) maand."
///
/// - The cancellation must reach Partou **before the start date**; from the start date on, the parent
///   terminates under art. 8 lid 1 instead.
/// - It must be **in writing**. The terms name e-mail to customer support; unlike art. 8 lid 1 they do not
///   say "uitsluitend", so a letter, the online form or the app also count, while a phone call or a word
///   to staff does not (I-200).
/// - It takes effect on the date received + 1 month, rounded down (``NoticePeriod``, I-003). That date is
///   the "per" date: the first day without a contract; the contract's last day is the day before (I-202).
/// - The parent owes the instalments of the billing months whose first day falls from the start date
///   through the last day (I-201, I-210): **nothing** when the start date is on or after the effective
///   date.
///
/// | received | start | effective (per) | owed (annual € 1.234,57) |
/// |---|---|---|---|
/// | 2025-07-25 | 2025-09-01 | 2025-08-25 | nothing (August is not billed) |
/// | 2024-08-20 | 2024-09-01 | 2024-09-20 | September: € 123,45 |
/// | 2024-08-20 | 2024-09-02 | 2024-09-20 | nothing (1 September is before the start) |
/// | 2026-08-01 | 2026-09-01 | 2026-09-01 | nothing (the contract ends per the start date) |
public enum CancellationRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.cancellation"

    /// The kind of deadline: the date the cancellation takes effect.
    public static let deadlineKind = Deadline.Kind(
        key: "cancellationEffective", nl: "annulering gaat in", en: "cancellation takes effect")

    /// The channels that count as a written cancellation (I-200).
    public static func accepts(_ channel: Channel) -> Bool {
        switch channel {
        case .email, .letter, .onlineForm, .app: true
        case .staff, .phone, .oral: false
        }
    }

    /// The effective date and the amount owed for a cancellation received on `receivedOn`, without
    /// checking the channel or the start date, with the cancellation period of `parameters` (the 2024
    /// edition's by default).
    ///
    /// - Throws: ``RulesError`` for dates outside the supported years.
    public static func terms(
        contract: Contract, receivedOn: LocalDate, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> CancellationTerms {
        let effective = try NoticePeriod.earliestEffectiveDate(
            for: .cancellation, from: receivedOn, parameters: parameters)
        let lastDay = try effective.addingDaysChecked(-1)
        let owed = try BillingSchedule.instalments(
            annual: contract.annualAmount, from: contract.startDate, through: lastDay, parameters: parameters)
        return CancellationTerms(
            receivedOn: receivedOn, effectiveDate: effective, lastDay: lastDay, owed: owed)
    }

    /// Decides a cancellation of `contract` received on `receivedOn` through `channel`, under the numbers of
    /// `parameters` (`nil`: the edition in force on `receivedOn`). For a KDV, BSO or VSO contract the
    /// decision cites the TSO terms by analogy (``Decision/byAnalogy(for:)``).
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024; `invalidArgument`
    ///   when the cancellation is received before the contract was signed.
    public static func decide(
        contract: Contract, receivedOn: LocalDate, channel: Channel, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<CancellationOutcome> {
        try decided(contract: contract, receivedOn: receivedOn, channel: channel, parameters: parameters)
            .byAnalogy(for: contract.service)
    }

    static func decided(
        contract: Contract, receivedOn: LocalDate, channel: Channel, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<CancellationOutcome> {
        let parameters = try TSOParameters.given(parameters, on: receivedOn)
        let edition = parameters.edition
        let months = parameters.cancellationPeriod.value
        let period = NoticePeriod.monthsPhrase(months, in: .nl)
        guard receivedOn >= contract.signingDate else {
            throw RulesError(
                code: .invalidArgument, value: "cancellation received \(receivedOn)",
                context: "the contract was signed on \(contract.signingDate)")
        }
        let article3 = edition.cite("3")
        guard receivedOn < contract.startDate else {
            let form = edition.cite("8", lid: 1)
            return Decision(
                rule: rule, outcome: .rejected(.careAlreadyStarted), deadlines: [],
                citations: [article3, form],
                explanation: Explanation(
                    nl:
                        "Partou ontving je annulering op \(receivedOn.spelledOutInFull(.nl)), niet vóór de startdatum van de "
                        + "opvang (\(contract.startDate.spelledOutInFull(.nl))). Annuleren kan alleen vóór de start "
                        + "(\(article3.dutchCitation)); nu kun je de overeenkomst opzeggen met het online opzegformulier op "
                        + "www.mijnpartou.nl/service (\(form.dutchCitation)).",
                    en:
                        "Partou received your cancellation on \(receivedOn.spelledOutInFull(.en)), not before care starts "
                        + "(\(contract.startDate.spelledOutInFull(.en))). You can cancel only before the start (\(article3.englishCitation)); "
                        + "now you can terminate the contract with the online termination form at "
                        + "www.mijnpartou.nl/service (\(form.englishCitation))."))
        }
        guard accepts(channel) else {
            let agreements = edition.cite("2", lid: 4)
            return Decision(
                rule: rule, outcome: .rejected(.notInWriting(channel)), deadlines: [],
                citations: [article3, agreements],
                explanation: Explanation(
                    nl:
                        "Je annuleerde via \(channel.name(in: .nl)). Annuleren moet schriftelijk, per e-mail aan "
                        + "customer support (support@partou.nl) (\(article3.dutchCitation)); een mondelinge of telefonische "
                        + "melding telt niet (\(agreements.dutchCitation)). Stuur je annulering per e-mail: de annuleringstermijn "
                        + "van \(period) begint op de dag dat Partou die ontvangt.",
                    en:
                        "You cancelled through \(channel.name(in: .en)). A cancellation must be in writing, by e-mail "
                        + "to customer support (support@partou.nl) (\(article3.englishCitation)); a spoken or phoned message does "
                        + "not count (\(agreements.englishCitation)). Send your cancellation by e-mail: the \(months == 1 ? "one-month" : "\(months)-month") cancellation "
                        + "period starts on the day Partou receives it."))
        }
        let terms = try terms(contract: contract, receivedOn: receivedOn, parameters: parameters)
        let deadline = try Deadline.onDate(terms.effectiveDate, kind: deadlineKind)
        var explanation = Explanation(
            nl:
                "Partou ontving je annulering op \(receivedOn.spelledOutInFull(.nl)). De annuleringstermijn is \(period), dus de "
                + "annulering gaat in op \(terms.effectiveDate.spelledOutInFull(.nl)) (\(article3.dutchCitation)): "
                + "\(terms.end.phrase(in: .nl)).",
            en:
                "Partou received your cancellation on \(receivedOn.spelledOutInFull(.en)). The cancellation period is \(NoticePeriod.monthsPhrase(months, in: .en)), "
                + "so the cancellation takes effect on \(terms.effectiveDate.spelledOutInFull(.en)) (\(article3.englishCitation)): "
                + "\(terms.end.phrase(in: .en))."
        )
        if channel != .email {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "De voorwaarden noemen e-mail; je annulering via \(channel.name(in: .nl)) is ook schriftelijk "
                        + "en telt daarom mee.",
                    en:
                        "The terms name e-mail; your cancellation through \(channel.name(in: .en)) is also in "
                        + "writing and therefore counts."))
        }
        explanation = explanation.followed(by: owedText(terms, start: contract.startDate, edition: edition))
        return Decision(
            rule: rule, outcome: .accepted(terms), deadlines: [deadline],
            citations: [article3, edition.cite("6", lid: 1)], explanation: explanation)
    }

    static func owedText(_ terms: CancellationTerms, start: LocalDate, edition: TermsEdition) -> Explanation {
        let billing = edition.cite("6", lid: 1)
        if terms.owed.isEmpty {
            return Explanation(
                nl:
                    "De opvang zou starten op \(start.spelledOutInFull(.nl)); in de annuleringstermijn valt geen maand waarvoor "
                    + "vooraf een maandbedrag verschuldigd is (\(billing.dutchCitation)), dus je betaalt niets.",
                en:
                    "Care would start on \(start.spelledOutInFull(.en)); the cancellation period contains no month whose "
                    + "instalment is owed in advance (\(billing.englishCitation)), so you owe nothing.")
        }
        return Explanation(
            nl:
                "De opvang zou starten op \(start.spelledOutInFull(.nl)). Voor de maanden die in de annuleringstermijn beginnen, "
                + "betaal je nog het maandbedrag: \(terms.owed.listedForExplanation(in: .nl)); samen "
                + "\(terms.owed.total.formatted(in: .nl)) (\(billing.dutchCitation)).",
            en:
                "Care would start on \(start.spelledOutInFull(.en)). For the months that begin within the cancellation period you "
                + "still pay the instalment: \(terms.owed.listedForExplanation(in: .en)); together "
                + "\(terms.owed.total.formatted(in: .en)) (\(billing.englishCitation)).")
    }
}

/// When a cancellation takes effect, and what the parent still owes.
public struct CancellationTerms: Sendable, Hashable {
    /// The date Partou received the cancellation (the cancellation date).
    public let receivedOn: LocalDate
    /// Received + 1 month, rounded down: the "per" date, the first day without a contract (I-202).
    public let effectiveDate: LocalDate
    /// The contract's last day: the day before ``effectiveDate``. It can fall before the start date.
    public let lastDay: LocalDate
    /// The instalments still owed: billing months whose first day falls from the start through the last day.
    public let owed: [Instalment]

    /// Creates cancellation terms.
    public init(receivedOn: LocalDate, effectiveDate: LocalDate, lastDay: LocalDate, owed: [Instalment]) {
        self.receivedOn = receivedOn
        self.effectiveDate = effectiveDate
        self.lastDay = lastDay
        self.owed = owed
    }

    /// The first day without a contract: the same as ``effectiveDate``.
    public var firstDayWithoutContract: LocalDate { effectiveDate }

    /// The end the cancellation sets (art. 3).
    public var end: ContractEnd {
        ContractEnd(
            unchecked: lastDay, firstDayWithoutContract: effectiveDate, source: .cancellation,
            citation: TermsEdition.tso(on: receivedOn).cite("3"))
    }

    /// The total still owed.
    public var owedTotal: Money { owed.total }
}

/// The answer to a cancellation (art. 3).
public enum CancellationOutcome: Sendable, Hashable {
    /// The cancellation is valid.
    case accepted(CancellationTerms)
    /// The cancellation is not valid.
    case rejected(CancellationRejection)

    /// The terms, when accepted.
    public var terms: CancellationTerms? {
        if case .accepted(let terms) = self { return terms }
        return nil
    }
}

/// Why a cancellation is not valid.
public enum CancellationRejection: Sendable, Hashable {
    /// It was not in writing (a phone call, a word to staff): art. 3, art. 2 lid 4.
    case notInWriting(Channel)
    /// It reached Partou on or after the start date: the parent must terminate under art. 8 lid 1.
    case careAlreadyStarted
}

#if !hasFeature(Embedded)
    extension CancellationTerms: Codable {}
    extension CancellationOutcome: Codable {}
    extension CancellationRejection: Codable {}
#endif
