/// The end a contract decision sets: the contract's last day, the first day without a contract (the
/// "per" date of the terms), and the clause that ends it.
///
/// One reading everywhere (I-202): a notice that ends the contract "per" a date ends it at the start of
/// that date. The date itself is the first day without a contract; the contract's last day
/// (``lastDay``, the value of ``Contract/endDate``) is the day before.
///
/// | source | per date | last day |
/// |---|---|---|
/// | termination received 2026-02-01 (art. 8 lid 1) | 2026-03-01 | 2026-02-28 |
/// | cancellation received 2026-08-01 (art. 3) | 2026-09-01 | 2026-08-31 |
///
/// ```swift
/// let step = try ContractLifecycle.apply(event, to: state, contract: contract)
/// if let end = step.decision.outcome.contractEnd {
///     print(end.lastDay, end.firstDayWithoutContract, end.citation.key)
/// }
/// ```
public struct ContractEnd: Sendable, Hashable {
    /// The clause or rule that ends the contract.
    public enum Source: String, Sendable, Hashable, CaseIterable {
        /// A cancellation before the start (art. 3), or a termination form received before the start.
        case cancellation
        /// The parent's termination (art. 8 lid 1).
        case parentTermination
        /// The parent's termination against a material change of the terms (art. 10).
        case termsChangeTermination
        /// Partou's termination for a serious reason (art. 8 lid 5).
        case providerTermination
        /// Partou's termination, or the contract not starting, for missing consent (art. 2 lid 5).
        case missingConsent
        /// A change by the parent that ends the service (art. 8 lid 2).
        case changeEndingService

        /// The source in `language`: "opzegging", "termination", …
        public func name(in language: Language) -> String {
            switch (self, language) {
            case (.cancellation, .nl): "annulering"
            case (.cancellation, .en): "cancellation"
            case (.parentTermination, .nl): "opzegging"
            case (.parentTermination, .en): "termination"
            case (.termsChangeTermination, .nl): "opzegging wegens gewijzigde voorwaarden"
            case (.termsChangeTermination, .en): "termination against changed terms"
            case (.providerTermination, .nl): "opzegging door Partou"
            case (.providerTermination, .en): "termination by Partou"
            case (.missingConsent, .nl): "ontbrekende toestemming"
            case (.missingConsent, .en): "missing consent"
            case (.changeEndingService, .nl): "wijziging die de dienst beëindigt"
            case (.changeEndingService, .en): "change that ends the service"
            }
        }
    }

    /// The contract's last day (the value ``Contract/endDate`` takes). For a cancellation it can fall
    /// before the start: then the contract has no day of care at all.
    public let lastDay: LocalDate
    /// The first day without a contract: the "per" date, ``lastDay`` + 1.
    public let firstDayWithoutContract: LocalDate
    /// What ends the contract.
    public let source: Source
    /// The clause that ends it.
    public let citation: Citation

    /// Creates an end from its "per" date (the first day without a contract).
    ///
    /// - Throws: ``RulesError`` when the day before leaves the supported years.
    public init(firstDayWithoutContract: LocalDate, source: Source, citation: Citation) throws(RulesError) {
        self.firstDayWithoutContract = firstDayWithoutContract
        self.lastDay = try firstDayWithoutContract.addingDaysChecked(-1)
        self.source = source
        self.citation = citation
    }

    /// Creates an end from the contract's last day.
    ///
    /// - Throws: ``RulesError`` when the day after leaves the supported years.
    public init(lastDay: LocalDate, source: Source, citation: Citation) throws(RulesError) {
        self.lastDay = lastDay
        self.firstDayWithoutContract = try lastDay.addingDaysChecked(1)
        self.source = source
        self.citation = citation
    }

    init(unchecked lastDay: LocalDate, firstDayWithoutContract: LocalDate, source: Source, citation: Citation)
    {
        self.lastDay = lastDay
        self.firstDayWithoutContract = firstDayWithoutContract
        self.source = source
        self.citation = citation
    }

    /// "laatste opvangdag 28 februari 2026; de overeenkomst eindigt per 1 maart 2026" or
    /// "last day of care 28 February 2026; the contract ends as of 1 March 2026".
    public func phrase(in language: Language) -> String {
        Self.phrase(lastDay: lastDay, firstDayWithoutContract: firstDayWithoutContract, in: language)
    }

    /// Both days of an end, in `language`, as ``phrase(in:)`` writes them.
    public static func phrase(
        lastDay: LocalDate, firstDayWithoutContract per: LocalDate, in language: Language
    ) -> String {
        switch language {
        case .nl:
            "laatste opvangdag \(lastDay.dayMonthYear(.nl)); de overeenkomst eindigt per \(per.dayMonthYear(.nl))"
        case .en:
            "last day of care \(lastDay.dayMonthYear(.en)); the contract ends as of \(per.dayMonthYear(.en))"
        }
    }

    /// Both days as a sentence: "Dat betekent: laatste opvangdag …; de overeenkomst eindigt per … ."
    public var sentence: Explanation {
        Explanation(
            nl: Self.sentence(lastDay: lastDay, firstDayWithoutContract: firstDayWithoutContract, in: .nl),
            en: Self.sentence(lastDay: lastDay, firstDayWithoutContract: firstDayWithoutContract, in: .en))
    }

    /// Both days of an end as ``sentence`` writes them, in `language`.
    static func sentence(
        lastDay: LocalDate, firstDayWithoutContract per: LocalDate, in language: Language
    ) -> String {
        let both = phrase(lastDay: lastDay, firstDayWithoutContract: per, in: language)
        return language == .nl ? "Dat betekent: \(both)." : "That means: \(both)."
    }
}

extension LocalDate {
    /// "28 februari 2026" / "28 February 2026": day, month and year, without the weekday.
    func dayMonthYear(_ language: Language) -> String { "\(day) \(monthName(in: language)) \(year)" }
}

extension TermsEdition {
    /// The TSO edition in force on `date`, or the first edition for a date before it (the rules that
    /// computed the date already refused such a date).
    static func tso(on date: LocalDate) -> TermsEdition {
        (try? TermsEdition.inForce(.tsoTerms, on: date)) ?? .tso2024
    }
}

#if !hasFeature(Embedded)
    extension ContractEnd: Codable {}
    extension ContractEnd.Source: Codable {}
#endif
