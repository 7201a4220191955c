/// Cancelling confirmed extra care (TSO terms art. 5, extra opvang lid 6), and its withdrawal by the
/// provider (lid 5).
///
/// > "Heb je de extra opvang aangevraagd: a. met ruil- en inhaaluren en je meldt je kind afwezig voor de aan
/// > jou bevestigde extra opvang 4 dagen (96 uur) voor de start van de opvang: dan krijg je je ruil- en
/// > inhaaluren terug. b. met facturering achteraf, dan kunnen we daarvoor alleen inhaaluren teruggeven als je
/// > de extra aangevraagde dag 7 dagen voorafgaand aan de opvangdag annuleert door een e-mail te sturen naar
/// > support@partou.nl."
///
/// | paid with | in time when | channel | what comes back |
/// |---|---|---|---|
/// | hours (6a) | at or before the 96-hour deadline (inclusive, I-101) | app, e-mail, letter, online form (I-102) | the hours |
/// | invoice (6b) | on or before the date 7 days before the care day, 23:59:59 (I-103) | e-mail only | makeup hours equal to the booked minutes; the invoice stands |
public enum ExtraCareCancellationRule {
    /// The rule's identifier.
    public static let rule: RuleID = "extraCare.cancellation"
    /// The identifier of the rule on care withdrawn by the provider.
    public static let withdrawalRule: RuleID = "extraCare.providerWithdrawal"

    /// The clause, as the TSO terms (1 August 2024) write it (extra opvang lid 6).
    public static let clause =
        "Heb je de extra opvang aangevraagd: a. met ruil- en inhaaluren en je meldt je kind afwezig voor de aan jou "
        + "bevestigde extra opvang 4 dagen (96 uur) voor de start van de opvang: dan krijg je je ruil- en inhaaluren "
        + "terug. b. met facturering achteraf, dan kunnen we daarvoor alleen inhaaluren teruggeven als je de extra "
        + "aangevraagde dag 7 dagen voorafgaand aan de opvangdag annuleert door een e-mail te sturen naar "
        + "support@partou.nl."

    /// The kind of the 96-hour cancellation deadline (lid 6 sub a).
    public static let hoursDeadlineKind = Deadline.Kind(
        key: "extraCareCancelHours", nl: "extra opvang met ruil- en inhaaluren afmelden",
        en: "cancel extra care paid with swap hours")
    /// The kind of the 7-day e-mail deadline (lid 6 sub b).
    public static let invoiceDeadlineKind = Deadline.Kind(
        key: "extraCareCancelInvoice", nl: "gefactureerde extra opvang per e-mail annuleren",
        en: "cancel invoiced extra care by e-mail")

    /// Decides the cancellation of confirmed extra care of `minutes` starting at `careStart`.
    ///
    /// - Parameters:
    ///   - careStart: the start of the confirmed extra care, Amsterdam local time.
    ///   - minutes: the booked minutes.
    ///   - cancelled: when the cancellation was sent, Amsterdam local time (strict).
    ///   - paidWith: how the care was paid.
    ///   - channel: how the cancellation was sent.
    ///   - parameters: the numbers of the edition that binds the contract (``TSOParameters/extraCareHoursCancellation``
    ///     and ``TSOParameters/extraCareInvoiceCancellation``); `nil` for the edition in force on the day of care.
    /// - Throws: ``RulesError``: `invalidArgument` for minutes that are not positive, `beforeFirstEdition`, or
    ///   a calendar error.
    public static func decide(
        careStart: LocalDateTime, cancelled: LocalDateTime, paidWith: ExtraCarePayment, channel: Channel,
        minutes: Int, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ExtraCareCancellationOutcome> {
        guard minutes > 0, minutes <= 24 * 60 else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes",
                context: "extra care lasts 1 to 1440 minutes")
        }
        let parameters = try TSOParameters.given(parameters, on: careStart.date)
        let cancelledAt = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(cancelled, policy: .strict)
        }
        let citation: Citation
        let days: Int
        let deadline: Deadline
        let back: Bool
        switch paidWith {
        case .hours:
            citation = parameters.extraCareHoursCancellation.citation
            days = parameters.extraCareHoursCancellation.value
            let zonedStart = try RulesError.calendar { () throws(CalendarError) in
                try Amsterdam.resolve(careStart, policy: .strict)
            }
            let computation = try NinetySixHourRule.computation(careStart: zonedStart, hours: days * 24)
            deadline = Deadline(kind: hoursDeadlineKind, moment: computation.deadline, isInclusive: true)
            back = channel.makesValidAgreement && deadline.isMet(by: cancelledAt.instant)
        case .invoice:
            citation = parameters.extraCareInvoiceCancellation.citation
            days = parameters.extraCareInvoiceCancellation.value
            let lastDate = try RulesError.calendar { () throws(CalendarError) in
                try careStart.date.adding(days: -days)
            }
            deadline = try Deadline.endOfDate(lastDate, kind: invoiceDeadlineKind)
            back = channel == .email && deadline.isMet(by: cancelledAt.instant)
        }
        let outcome = ExtraCareCancellationOutcome(
            paidWith: paidWith, hoursBack: back, minutes: back ? minutes : 0, deadline: deadline.moment,
            invoiceStands: paidWith == .invoice)
        return Decision(
            rule: rule, outcome: outcome, deadlines: [deadline], citations: [citation],
            explanation: Explanation(
                .extraCare(
                    .cancellation(
                        outcome, careStart: careStart, cancelled: cancelled, channel: channel,
                        minutes: minutes,
                        days: days, deadline: deadline, citation: citation))))
    }

    /// The explanation of a cancellation of confirmed extra care, written out: what
    /// ``ExtraCareExplanation/cancellation(_:careStart:cancelled:channel:minutes:days:deadline:citation:)``
    /// renders when it is read.
    static func writtenExplanation(
        _ outcome: ExtraCareCancellationOutcome, careStart: LocalDateTime, cancelled: LocalDateTime,
        channel: Channel, minutes: Int, days: Int, deadline: Deadline, citation: Citation
    ) -> Explanation {
        let when = cancelled.spelledOut(in: .nl)
        let whenEn = cancelled.spelledOut(in: .en)
        let day = careStart.spelledOut(in: .nl)
        let dayEn = careStart.spelledOut(in: .en)
        let back = outcome.hoursBack
        switch outcome.paidWith {
        case .hours:
            let validChannel = channel.makesValidAgreement
            var explanation = Explanation(
                nl:
                    "Je meldde je kind op \(when) af voor de bevestigde extra opvang van \(day), betaald met ruil- en "
                    + "inhaaluren. Je krijgt die uren terug als je afmeldt \(deadline.phrase(in: .nl)) "
                    + "(\(days) dagen, \(days * 24) uur vooraf; \(citation.rendered(in: .nl))).",
                en:
                    "On \(whenEn) you cancelled the confirmed extra care of \(dayEn), paid with swap hours. You get "
                    + "those hours back if you cancel \(deadline.phrase(in: .en)) (\(days) days, \(days * 24) hours ahead; "
                    + "\(citation.rendered(in: .en))).")
            explanation = explanation.followed(
                by: back
                    ? Explanation(
                        nl: "Dat was op tijd: je krijgt \(minutes) minuten terug.",
                        en: "That was in time: you get \(minutes) minutes back.")
                    : !validChannel
                        ? Explanation(
                            nl:
                                "Een afmelding via \(channel.name(in: .nl)) telt niet (art. 2 lid 4); de uren zijn ingezet.",
                            en:
                                "A cancellation by \(channel.name(in: .en)) does not count (art. 2(4)); the hours are used."
                        )
                        : Explanation(
                            nl: "Dat was te laat: de uren blijven ingezet.",
                            en: "That was too late: the hours stay used."))
            return explanation
        case .invoice:
            var explanation = Explanation(
                nl:
                    "Je annuleerde op \(when) de extra opvang van \(day), die achteraf wordt gefactureerd. Je krijgt "
                    + "alleen inhaaluren als je per e-mail aan support@partou.nl annuleert "
                    + "\(deadline.phrase(in: .nl)) (\(citation.rendered(in: .nl))). De factuur "
                    + "blijft staan.",
                en:
                    "On \(whenEn) you cancelled the extra care of \(dayEn), which is invoiced afterwards. You get "
                    + "makeup hours only if you cancel by e-mail to support@partou.nl "
                    + "\(deadline.phrase(in: .en)) (\(citation.rendered(in: .en))). The invoice stands.")
            explanation = explanation.followed(
                by: back
                    ? Explanation(
                        nl: "Dat was op tijd per e-mail: je krijgt \(minutes) minuten inhaaluren.",
                        en: "That was in time by e-mail: you get \(minutes) minutes of makeup hours.")
                    : channel != .email
                        ? Explanation(
                            nl:
                                "Je annuleerde via \(channel.name(in: .nl)), niet per e-mail: geen inhaaluren.",
                            en: "You cancelled by \(channel.name(in: .en)), not by e-mail: no makeup hours.")
                        : Explanation(
                            nl: "Dat was te laat: geen inhaaluren.", en: "That was too late: no makeup hours."
                        ))
            return explanation
        }
    }

    /// Decides the provider's withdrawal of extra care it had confirmed.
    ///
    /// The terms give the provider no right to withdraw confirmed care: the parent "is zeker van de extra
    /// opvang" once it is confirmed (lid 5). The decision flags the withdrawal as contrary to lid 5, gives
    /// back the hours, and cancels the invoice for the care not given (I-109).
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition`, or a calendar error.
    public static func withdrawnByProvider(
        careStart: LocalDateTime, withdrawn: LocalDateTime, hoursMinutes: Int, invoicedMinutes: Int
    ) throws(RulesError) -> Decision<ProviderWithdrawalOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: careStart.date)
        let start = try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(careStart, policy: .strict)
        }
        let citations = [
            edition.cite("5", section: "Extra opvang", lid: 5),
            edition.cite("5", section: "Extra opvang", lid: 3),
        ]
        let deadline = Deadline(
            kind: Deadline.Kind(
                key: "extraCareStart", nl: "start van de extra opvang", en: "start of the extra care"),
            moment: start, isInclusive: false)
        let explanation = Explanation(
            nl:
                "Wij trokken op \(withdrawn.spelledOut(in: .nl)) de extra opvang van \(careStart.spelledOut(in: .nl)) "
                + "in, die we al hadden bevestigd. Dat is in strijd met \(citations[0].rendered(in: .nl)): na "
                + "bevestiging ben je zeker van de opvang. Je krijgt \(hoursMinutes) minuten ruil- en inhaaluren "
                + "terug"
                + (invoicedMinutes > 0 ? " en de \(invoicedMinutes) gefactureerde minuten vervallen." : "."),
            en:
                "On \(withdrawn.spelledOut(in: .en)) we withdrew the extra care of \(careStart.spelledOut(in: .en)) "
                + "that we had already confirmed. That is contrary to \(citations[0].rendered(in: .en)): once "
                + "confirmed, the care is certain. You get \(hoursMinutes) minutes of swap hours back"
                + (invoicedMinutes > 0 ? " and the \(invoicedMinutes) invoiced minutes are cancelled." : "."))
        return Decision(
            rule: withdrawalRule,
            outcome: ProviderWithdrawalOutcome(
                contraryToLid5: true, minutesBack: hoursMinutes, invoiceCancelledMinutes: invoicedMinutes),
            deadlines: [deadline], citations: citations, explanation: explanation)
    }
}

/// The decision on a cancellation of confirmed extra care.
public struct ExtraCareCancellationOutcome: Sendable, Hashable {
    /// How the care was paid.
    public let paidWith: ExtraCarePayment
    /// Whether hours come back: the swap hours (6a) or makeup hours (6b).
    public let hoursBack: Bool
    /// The minutes that come back (0 when none).
    public let minutes: Int
    /// The deadline: the 96-hour deadline (6a, inclusive) or 23:59:59 on the date 7 days before (6b).
    public let deadline: ZonedDateTime
    /// Whether the invoice stands (always for invoiced care, 6b).
    public let invoiceStands: Bool

    /// Creates an outcome.
    public init(
        paidWith: ExtraCarePayment, hoursBack: Bool, minutes: Int, deadline: ZonedDateTime,
        invoiceStands: Bool
    ) {
        self.paidWith = paidWith
        self.hoursBack = hoursBack
        self.minutes = minutes
        self.deadline = deadline
        self.invoiceStands = invoiceStands
    }
}

/// The decision on confirmed extra care withdrawn by the provider.
public struct ProviderWithdrawalOutcome: Sendable, Hashable {
    /// Always `true`: the terms give no right to withdraw confirmed care (extra opvang lid 5).
    public let contraryToLid5: Bool
    /// The swap-hour minutes that come back.
    public let minutesBack: Int
    /// The invoiced minutes whose charge is cancelled.
    public let invoiceCancelledMinutes: Int

    /// Creates an outcome.
    public init(contraryToLid5: Bool, minutesBack: Int, invoiceCancelledMinutes: Int) {
        self.contraryToLid5 = contraryToLid5
        self.minutesBack = minutesBack
        self.invoiceCancelledMinutes = invoiceCancelledMinutes
    }
}

#if !hasFeature(Embedded)
    extension ExtraCareCancellationOutcome: Codable {}
    extension ProviderWithdrawalOutcome: Codable {}
#endif
