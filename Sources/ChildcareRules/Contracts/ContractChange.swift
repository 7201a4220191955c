/// A change of the contract requested by the parent, TSO terms art. 8 lid 2.
///
/// > "Wijziging(en) kun je doorgeven via www.mijnpartou.nl/service. Wij hanteren een wijzigingstermijn van
/// > een maand."
///
/// - The terms name the online form; unlike lid 1 they do not say "uitsluitend", so another written
///   channel (e-mail, letter, the app) also counts; a call or a word to staff does not (I-200, art. 2 lid 4).
/// - The change takes effect on received + 1 month, rounded down (``NoticePeriod``, I-003), or on the later
///   date the parent asked for.
/// - When the caller says when the change was actually applied, a later date is flagged: the parent is
///   entitled to the change from the effective date.
public enum ContractChangeRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.change"

    /// The kind of deadline: the date the change takes effect.
    public static let deadlineKind = Deadline.Kind(
        key: "changeEffective", nl: "wijziging gaat in", en: "change takes effect")

    /// Whether a change sent through `channel` counts (I-200).
    public static func accepts(_ channel: Channel) -> Bool { CancellationRule.accepts(channel) }

    /// Decides a change received on `receivedOn` through `channel`.
    ///
    /// - Parameters:
    ///   - receivedOn: the date Partou received the change.
    ///   - channel: how the change was sent (I-200).
    ///   - requestedEffectiveDate: the date the parent asked the change to take effect; `nil` for the earliest.
    ///   - appliedOn: the date Partou actually applied the change, if known.
    ///   - parameters: the numbers of the edition that applies; `nil` for the edition in force on `receivedOn`.
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024, or a calendar error.
    public static func decide(
        receivedOn: LocalDate, channel: Channel, requestedEffectiveDate: LocalDate? = nil,
        appliedOn: LocalDate? = nil, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ContractChangeOutcome> {
        let parameters = try TSOParameters.given(parameters, on: receivedOn)
        let edition = parameters.edition
        let citation = edition.cite("8", lid: 2)
        guard accepts(channel) else {
            let agreements = edition.cite("2", lid: 4)
            return Decision(
                rule: rule, outcome: .rejected(.notInWriting(channel)), deadlines: [],
                citations: [citation, agreements],
                explanation: Explanation(
                    nl: "Je gaf de wijziging door via \(channel.name(in: .nl)). Wijzigingen geef je door via "
                        + "\(ParentTerminationRule.formAddress) (\(citation.dutchCitation)); een mondelinge of telefonische "
                        + "afspraak is niet rechtsgeldig (\(agreements.dutchCitation)).",
                    en: "You passed on the change through \(channel.name(in: .en)). Changes go through "
                        + "\(ParentTerminationRule.formAddress) (\(citation.englishCitation)); a spoken or phoned agreement is not "
                        + "valid (\(agreements.englishCitation))."))
        }
        let earliest = try NoticePeriod.earliestEffectiveDate(
            for: .change, from: receivedOn, parameters: parameters)
        let months = parameters.changePeriod.value
        let effective = max(requestedEffectiveDate ?? earliest, earliest)
        let terms = ChangeTerms(
            receivedOn: receivedOn, earliestEffectiveDate: earliest,
            requestedEffectiveDate: requestedEffectiveDate,
            effectiveDate: effective, appliedOn: appliedOn)
        var explanation = Explanation(
            nl:
                "Partou ontving je wijziging op \(receivedOn.spelledOutInFull(.nl)). De wijzigingstermijn is "
                + "\(NoticePeriod.monthsPhrase(months, in: .nl)), dus de "
                + "wijziging kan ingaan op \(earliest.spelledOutInFull(.nl)) (\(citation.dutchCitation)).",
            en:
                "Partou received your change on \(receivedOn.spelledOutInFull(.en)). The change period is "
                + "\(NoticePeriod.monthsPhrase(months, in: .en)), so the "
                + "change can take effect on \(earliest.spelledOutInFull(.en)) (\(citation.englishCitation))."
        )
        if let requested = requestedEffectiveDate, requested != effective || requested > earliest {
            explanation = explanation.followed(
                by: requested > earliest
                    ? Explanation(
                        nl: "Je koos zelf \(effective.spelledOutInFull(.nl)); dan gaat de wijziging in.",
                        en:
                            "You chose \(effective.spelledOutInFull(.en)) yourself; the change takes effect then."
                    )
                    : Explanation(
                        nl:
                            "Je vroeg om \(requested.spelledOutInFull(.nl)); dat is eerder dan de termijn toelaat.",
                        en:
                            "You asked for \(requested.spelledOutInFull(.en)); that is earlier than the period allows."
                    ))
        }
        if channel != .onlineForm {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "De voorwaarden noemen het online formulier; je wijziging via \(channel.name(in: .nl)) is ook "
                        + "schriftelijk en telt daarom mee.",
                    en:
                        "The terms name the online form; your change through \(channel.name(in: .en)) is also in "
                        + "writing and therefore counts."))
        }
        if terms.isAppliedLate, let appliedOn {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Partou voerde de wijziging pas door op \(appliedOn.spelledOutInFull(.nl)). Je hebt recht op de wijziging "
                        + "vanaf \(effective.spelledOutInFull(.nl)); wat je in de tussentijd te veel betaalde, moet Partou "
                        + "rechtzetten.",
                    en:
                        "Partou applied the change only on \(appliedOn.spelledOutInFull(.en)). You are entitled to the change "
                        + "from \(effective.spelledOutInFull(.en)); Partou must correct what you overpaid in between."
                ))
        }
        return Decision(
            rule: rule, outcome: .accepted(terms),
            deadlines: [try Deadline.onDate(effective, kind: deadlineKind)],
            citations: [citation], explanation: explanation)
    }
}

/// When a valid change takes effect.
public struct ChangeTerms: Sendable, Hashable {
    /// The date Partou received the change.
    public let receivedOn: LocalDate
    /// Received + 1 month, rounded down.
    public let earliestEffectiveDate: LocalDate
    /// The date the parent asked for, if any.
    public let requestedEffectiveDate: LocalDate?
    /// The date the change takes effect: a "per" date, the first day of the changed contract; the old
    /// contract applies through the day before (I-202).
    public let effectiveDate: LocalDate
    /// The date Partou applied it, if known.
    public let appliedOn: LocalDate?

    /// Creates change terms.
    public init(
        receivedOn: LocalDate, earliestEffectiveDate: LocalDate, requestedEffectiveDate: LocalDate?,
        effectiveDate: LocalDate, appliedOn: LocalDate?
    ) {
        self.receivedOn = receivedOn
        self.earliestEffectiveDate = earliestEffectiveDate
        self.requestedEffectiveDate = requestedEffectiveDate
        self.effectiveDate = effectiveDate
        self.appliedOn = appliedOn
    }

    /// Whether Partou applied the change after the date it should have taken effect.
    public var isAppliedLate: Bool { appliedOn.map { $0 > effectiveDate } ?? false }
}

/// The answer to a change (art. 8 lid 2).
public enum ContractChangeOutcome: Sendable, Hashable {
    /// The change is valid.
    case accepted(ChangeTerms)
    /// The change was not passed on in writing.
    case rejected(ChangeRejection)
}

/// Why a change is not valid.
public enum ChangeRejection: Sendable, Hashable {
    /// Passed on by phone, in person or through staff: art. 8 lid 2, art. 2 lid 4.
    case notInWriting(Channel)
}

#if !hasFeature(Embedded)
    extension ChangeTerms: Codable {}
    extension ContractChangeOutcome: Codable {}
    extension ChangeRejection: Codable {}
#endif
