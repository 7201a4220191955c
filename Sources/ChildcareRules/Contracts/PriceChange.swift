/// A price change, TSO terms art. 7.
///
/// > "Periodiek herzien wij de tarieven voor onze producten en/of dienstverlening, waarbij geldt dat elke
/// > locatie een eigen uurtarief en producten- en dienstenaanbod heeft. Wij kondigen een dergelijke
/// > prijswijziging van te voren aan. De prijswijziging gaat niet eerder in dan na één kalendermaand,
/// > vermeerderd met één week na de aankondiging."
///
/// The earliest effective date is announced + 1 calendar month, rounded up, + 7 days (``NoticePeriod``,
/// I-004). Like the parent's own notices it is counted in one step from the announcement and read as a
/// "per" date: the first day of the new price; the old price applies through the day before. A proposed
/// date before it is **contrary to art. 7**: the new price applies only from the earliest date, and the
/// old price until then (I-203).
///
/// | announced | earliest | proposed | contrary to art. 7 |
/// |---|---|---|---|
/// | 2024-11-20 | 2024-12-27 | 2025-01-01 | no |
/// | 2024-12-01 | 2025-01-08 | 2025-01-01 | yes |
/// | 2025-01-31 | 2025-03-08 | 2025-03-01 | yes |
///
/// An **increase** is also checked against mandatory law: within three months of signing it does not bind
/// the parent at all (art. 6:236 sub i BW, `PriceIncreaseRule`, I-232).
public enum PriceChangeRule {
    /// The rule's identifier.
    public static let rule: RuleID = "contracts.priceChange"

    /// The kind of deadline: the earliest date the new price may apply.
    public static let deadlineKind = Deadline.Kind(
        key: "priceChangeEffective", nl: "nieuwe prijs op zijn vroegst", en: "new price at the earliest")

    /// Decides a price change announced on `announcedOn` that Partou proposes to apply from
    /// `proposedEffectiveDate`, under the numbers of `parameters` (`nil`: the edition in force on
    /// `announcedOn`). Pass `increaseOnContractSignedOn` for an increase of the price of a contract signed
    /// on that date: within three months of signing it does not bind the parent (art. 6:236 sub i BW).
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for an announcement before 1 August 2024, or a calendar error.
    public static func decide(
        announcedOn: LocalDate, proposedEffectiveDate: LocalDate,
        increaseOnContractSignedOn signedOn: LocalDate? = nil, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<PriceChangeOutcome> {
        let parameters = try TSOParameters.given(parameters, on: announcedOn)
        let citation = parameters.priceChangeMonths.citation
        let earliest = try NoticePeriod.earliestEffectiveDate(
            for: .priceChange, from: announcedOn, parameters: parameters)
        let months = parameters.priceChangeMonths.value
        let weeks = parameters.priceChangeWeeks.value
        let window = try signedOn.map { (signed) throws(RulesError) in
            (signed, try PriceIncreaseRule.windowLastDay(signedOn: signed))
        }
        let isVoid =
            window.map {
                PriceIncreaseRule.voids(
                    windowLastDay: $0.1, announcedOn: announcedOn,
                    effectiveDate: max(proposedEffectiveDate, earliest), readings: parameters.readings)
            } ?? false
        let outcome = PriceChangeOutcome(
            announcedOn: announcedOn, proposedEffectiveDate: proposedEffectiveDate,
            earliestEffectiveDate: earliest, isSetAsideByStatute: isVoid)
        if isVoid, let (signed, last) = window {
            let art7 = Explanation(
                nl: "Partou kondigde op \(announcedOn.spelledOutInFull(.nl)) een prijsverhoging aan "
                    + "(\(citation.dutchCitation)).",
                en: "Partou announced a price increase on \(announcedOn.spelledOutInFull(.en)) "
                    + "(\(citation.englishCitation)).")
            return Decision(
                rule: rule, outcome: outcome, deadlines: [],
                citations: [PriceIncreaseRule.citation, citation],
                explanation: art7.followed(
                    by: PriceIncreaseRule.explanation(signedOn: signed, windowLastDay: last)))
        }
        var explanation = Explanation(
            nl:
                "Partou kondigde de prijswijziging aan op \(announcedOn.spelledOutInFull(.nl)). Die gaat niet eerder in dan na "
                + "\(NoticePeriod.calendarMonthsPhrase(months, in: .nl)) plus \(NoticePeriod.weeksPhrase(weeks, in: .nl)), dus op zijn vroegst op \(earliest.spelledOutInFull(.nl)) (\(citation.dutchCitation)).",
            en:
                "Partou announced the price change on \(announcedOn.spelledOutInFull(.en)). It takes effect no earlier than "
                + "\(NoticePeriod.calendarMonthsPhrase(months, in: .en)) plus \(NoticePeriod.weeksPhrase(weeks, in: .en)) later, so on \(earliest.spelledOutInFull(.en)) at the earliest (\(citation.englishCitation))."
        )
        let effective = outcome.effectiveDate
        let oldPriceUntil = try effective.addingDaysChecked(-1)
        explanation = explanation.followed(
            by: outcome.isContraryToArticle7
                ? Explanation(
                    nl:
                        "De voorgestelde ingangsdatum \(proposedEffectiveDate.spelledOutInFull(.nl)) is te vroeg en in strijd met "
                        + "artikel 7: tot en met \(oldPriceUntil.spelledOutInFull(.nl)) betaal je de oude prijs; de nieuwe prijs geldt "
                        + "per \(effective.spelledOutInFull(.nl)).",
                    en:
                        "The proposed date \(proposedEffectiveDate.spelledOutInFull(.en)) is too early and contrary to article 7: "
                        + "up to and including \(oldPriceUntil.spelledOutInFull(.en)) you pay the old price; the new price applies as "
                        + "of \(effective.spelledOutInFull(.en)).")
                : Explanation(
                    nl:
                        "De nieuwe prijs geldt per \(effective.spelledOutInFull(.nl)); dat mag. Tot en met "
                        + "\(oldPriceUntil.spelledOutInFull(.nl)) betaal je de oude prijs.",
                    en:
                        "The new price applies as of \(effective.spelledOutInFull(.en)); that is allowed. Up to and including "
                        + "\(oldPriceUntil.spelledOutInFull(.en)) you pay the old price."
                ))
        return Decision(
            rule: rule, outcome: outcome, deadlines: [try Deadline.onDate(earliest, kind: deadlineKind)],
            citations: [citation], explanation: explanation)
    }
}

/// The answer to a price change (art. 7).
public struct PriceChangeOutcome: Sendable, Hashable {
    /// The date Partou announced the change.
    public let announcedOn: LocalDate
    /// The date Partou proposed to apply the new price.
    public let proposedEffectiveDate: LocalDate
    /// Announced + 1 calendar month (rounded up) + 1 week.
    public let earliestEffectiveDate: LocalDate

    /// Whether the change is an increase that does not bind the parent because it falls within three
    /// months of signing (art. 6:236 sub i BW, I-232): the price agreed at signing stays.
    public let isSetAsideByStatute: Bool

    /// Creates an outcome.
    public init(
        announcedOn: LocalDate, proposedEffectiveDate: LocalDate, earliestEffectiveDate: LocalDate,
        isSetAsideByStatute: Bool = false
    ) {
        self.announcedOn = announcedOn
        self.proposedEffectiveDate = proposedEffectiveDate
        self.earliestEffectiveDate = earliestEffectiveDate
        self.isSetAsideByStatute = isSetAsideByStatute
    }

    /// Whether the proposed date is earlier than art. 7 allows.
    public var isContraryToArticle7: Bool { proposedEffectiveDate < earliestEffectiveDate }

    /// The date the new price would apply: the proposed date, but never before the earliest date. When
    /// ``isSetAsideByStatute`` it does not apply at all.
    public var effectiveDate: LocalDate { max(proposedEffectiveDate, earliestEffectiveDate) }
}

#if !hasFeature(Embedded)
    extension PriceChangeOutcome: Codable {
        private enum CodingKeys: String, CodingKey {
            case announcedOn, proposedEffectiveDate, earliestEffectiveDate, isSetAsideByStatute
        }

        /// Decodes an outcome; one saved before art. 6:236 sub i BW was checked has no
        /// `isSetAsideByStatute` and reads as `false`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            announcedOn = try container.decode(LocalDate.self, forKey: .announcedOn)
            proposedEffectiveDate = try container.decode(LocalDate.self, forKey: .proposedEffectiveDate)
            earliestEffectiveDate = try container.decode(LocalDate.self, forKey: .earliestEffectiveDate)
            isSetAsideByStatute =
                try container.decodeIfPresent(Bool.self, forKey: .isSetAsideByStatute) ?? false
        }

        /// Encodes the outcome; `isSetAsideByStatute` only when it is `true`, so an outcome art. 6:236 sub i
        /// does not touch encodes as it did before.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(announcedOn, forKey: .announcedOn)
            try container.encode(proposedEffectiveDate, forKey: .proposedEffectiveDate)
            try container.encode(earliestEffectiveDate, forKey: .earliestEffectiveDate)
            if isSetAsideByStatute { try container.encode(true, forKey: .isSetAsideByStatute) }
        }
    }
#endif
