/// One month of payment default, TSO terms art. 8 lid 5 sub a.
///
/// > "De situatie dat de ouder gedurende één maand in verzuim is ten aanzien van zijn betalingsverplichting"
///
/// The default is complete once a full month has passed since it began: the date it began + 1 month,
/// **rounded up** (a default that began on 31 January completes on 1 March, not 28 February), which
/// gives the parent the longer time (I-207). When the default began is a question of fact and law
/// (a due date passed, a reminder) that the caller answers. Paying off the arrears, on or before the day
/// Partou gives notice, removes the ground; so does a written payment arrangement being honoured.
public enum PaymentDefaultRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.paymentDefault"

    /// The kind of deadline: the first day on which one month of default is complete.
    public static let deadlineKind = Deadline.Kind(
        key: "paymentDefaultMonth", nl: "een maand in verzuim", en: "one month in default")

    /// The date on which the month of default (``TSOParameters/paymentDefault``, one month in 2024) that
    /// began on `since` is reached.
    ///
    /// - Throws: ``RulesError`` for a date outside the supported years.
    public static func oneMonthReached(
        since: LocalDate, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> LocalDate {
        try NoticePeriod.granted(parameters.paymentDefault, after: since)
    }

    /// Whether a default that began on `since` (and was paid off on `paidOn`, if it was) is a ground to
    /// terminate on `noticeOn`, explained, under the numbers of `parameters` (`nil`: the edition in force
    /// on `noticeOn`).
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a notice before 1 August 2024; `invalidArgument`
    ///   when the payment is before the default began.
    public static func decide(
        since: LocalDate, paidOn: LocalDate?, noticeOn: LocalDate, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<PaymentDefaultOutcome> {
        let parameters = try TSOParameters.given(parameters, on: noticeOn)
        if let paidOn, paidOn < since {
            throw RulesError(
                code: .invalidArgument, value: "paid on \(paidOn)", context: "the default began on \(since)")
        }
        let reached = try oneMonthReached(since: since, parameters: parameters)
        let month = NoticePeriod.monthsPhrase(parameters.paymentDefault.value, in: .nl)
        let monthEn = NoticePeriod.monthsPhrase(parameters.paymentDefault.value, in: .en)
        let outcome = PaymentDefaultOutcome(
            since: since, oneMonthReachedOn: reached, paidOn: paidOn, noticeOn: noticeOn)
        let citation = parameters.paymentDefault.citation
        var explanation = Explanation(
            nl:
                "Je betalingsachterstand begon op \(since.spelledOutInFull(.nl)); \(month) verzuim is bereikt op "
                + "\(reached.spelledOutInFull(.nl)) (\(citation.dutchCitation)).",
            en:
                "Your payment default began on \(since.spelledOutInFull(.en)); \(monthEn) of default is reached on "
                + "\(reached.spelledOutInFull(.en)) (\(citation.englishCitation)).")
        if let paidOn, paidOn <= noticeOn {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Je betaalde op \(paidOn.spelledOutInFull(.nl)), vóór of op de dag van de opzegging; er is dan geen "
                        + "verzuim meer en dus geen grond om op te zeggen.",
                    en:
                        "You paid on \(paidOn.spelledOutInFull(.en)), on or before the day of the notice; there is then no default "
                        + "and so no ground to terminate."))
        } else if noticeOn < reached {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Partou zegde op \(noticeOn.spelledOutInFull(.nl)) op, vóórdat \(month) verzuim bereikt was; dat is "
                        + "geen grond om op te zeggen.",
                    en:
                        "Partou gave notice on \(noticeOn.spelledOutInFull(.en)), before \(monthEn) of default was reached; that "
                        + "is not a ground to terminate."))
        } else {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Op \(noticeOn.spelledOutInFull(.nl)) was je al \(month) in verzuim; dat is een zwaarwegende reden om op "
                        + "te zeggen.",
                    en:
                        "On \(noticeOn.spelledOutInFull(.en)) you had been in default for \(monthEn); that is a serious reason to "
                        + "terminate."))
        }
        return Decision(
            rule: rule, outcome: outcome, deadlines: [try Deadline.onDate(reached, kind: deadlineKind)],
            citations: [citation], explanation: explanation)
    }
}

/// Whether a payment default is a ground to terminate (art. 8 lid 5 sub a).
public struct PaymentDefaultOutcome: Sendable, Hashable {
    /// The date the default began.
    public let since: LocalDate
    /// The date one month of default is reached: since + 1 month, rounded up.
    public let oneMonthReachedOn: LocalDate
    /// The date the arrears were paid off, if they were.
    public let paidOn: LocalDate?
    /// The date Partou gives (or would give) notice.
    public let noticeOn: LocalDate

    /// Creates an outcome.
    public init(since: LocalDate, oneMonthReachedOn: LocalDate, paidOn: LocalDate?, noticeOn: LocalDate) {
        self.since = since
        self.oneMonthReachedOn = oneMonthReachedOn
        self.paidOn = paidOn
        self.noticeOn = noticeOn
    }

    /// Whether the arrears were paid off on or before the notice.
    public var isCured: Bool { paidOn.map { $0 <= noticeOn } ?? false }

    /// Whether the default is a ground to terminate on the notice date.
    public var isGround: Bool { !isCured && noticeOn >= oneMonthReachedOn }
}

#if !hasFeature(Embedded)
    extension PaymentDefaultOutcome: Codable {}
#endif
