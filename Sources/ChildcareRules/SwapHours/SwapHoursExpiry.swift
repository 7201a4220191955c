/// When swap hours lapse (TSO terms art. 5 lid 5).
///
/// > "Je ruil- en inhaaluren vervallen op 31 december van het lopende kalenderjaar of in het geval de
/// > overeenkomst op een eerdere datum eindigt in ieder geval bij einddatum van de overeenkomst, zonder dat
/// > een restitutie in geld of in opvang plaatsvindt."
///
/// The expiry date of hours is the **last date on which they can be put to use**: 31 December of the
/// calendar year of the absent care day, or the contract's end date if that is earlier. Hours are usable
/// on the expiry date itself and lapse after it. What counts is the date of the request for extra care:
/// hours count as used once the request is approved (extra opvang lid 3), so a request made on or before
/// the expiry date uses them also for care after it, but never for care after the contract's end (I-105).
/// Lapsing never pays out money or care.
///
/// | absent care day | contract end | expiry date |
/// |---|---|---|
/// | 2026-03-30 | none | 2026-12-31 |
/// | 2026-03-30 | 2026-06-30 | 2026-06-30 |
/// | 2028-01-10 | 2028-02-29 (leap year) | 2028-02-29 |
public enum SwapHoursExpiry {
    /// The rule's identifier.
    public static let rule: RuleID = "swapHours.expiry"

    /// The clause, as the TSO terms (1 August 2024) write it.
    public static let clause =
        "Je ruil- en inhaaluren vervallen op 31 december van het lopende kalenderjaar of in het geval de "
        + "overeenkomst op een eerdere datum eindigt in ieder geval bij einddatum van de overeenkomst, zonder dat "
        + "een restitutie in geld of in opvang plaatsvindt. Na einddatum van de overeenkomst kan je niet de "
        + "eventueel nog van voor de einddatum resterende ruil- en inhaaluren inzetten."

    /// The kind of deadline this rule computes.
    public static let deadlineKind = Deadline.Kind(
        key: "swapHoursExpiry", nl: "laatste dag om ruil- en inhaaluren in te zetten",
        en: "last day to use swap hours")

    /// The last date on which hours earned for `date` can be used: the expiry day of `parameters`
    /// (``TSOParameters/swapHoursExpiry``, 31 December in 2024) of its year, or `contractEnd` when that is
    /// earlier.
    public static func expiryDate(
        of date: LocalDate, contractEnd: LocalDate?, parameters: TSOParameters = .edition2024
    ) -> LocalDate {
        let yearEnd = yearEnd(of: date, parameters: parameters)
        guard let contractEnd else { return yearEnd }
        return min(yearEnd, contractEnd)
    }

    /// The expiry day of `parameters` on or after `date`: 31 December of `date`'s year in 2024.
    public static func yearEnd(of date: LocalDate, parameters: TSOParameters = .edition2024) -> LocalDate {
        parameters.swapHoursExpiry.value.next(onOrAfter: date)
    }

    /// Whether hours that expire on `expiry` can be used for care on `careDate` requested on that day.
    public static func isUsable(expiry: LocalDate, forCareOn careDate: LocalDate) -> Bool {
        careDate <= expiry
    }

    /// Whether hours that expire on `expiry` can be used by a request made on `requestedOn` for care on
    /// `careDate`: the request is on or before the expiry date, and the care is not after `contractEnd` (I-105).
    public static func isUsable(
        expiry: LocalDate, requestedOn: LocalDate, forCareOn careDate: LocalDate, contractEnd: LocalDate?
    ) -> Bool {
        if let contractEnd, careDate > contractEnd { return false }
        return min(requestedOn, careDate) <= expiry
    }

    /// Whether hours earned for `earnedFor` under `contract` can be used for care on `careDate`, explained.
    ///
    /// `requestedOn` is the date of the request for the care; `nil` takes the care date itself. A request made
    /// on or before the expiry date uses the hours also for care after it, but never for care after the
    /// contract's end (I-105). `parameters` are the numbers of the edition that applies; `nil` for the
    /// edition in force on `date`.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition`, or a calendar error.
    public static func decide(
        earnedFor date: LocalDate, contract: Contract, careOn careDate: LocalDate,
        requestedOn: LocalDate? = nil, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ExpiryOutcome> {
        let parameters = try TSOParameters.given(parameters, on: date)
        let edition = parameters.edition
        let citation = parameters.swapHoursExpiry.citation
        let expiry = expiryDate(of: date, contractEnd: contract.endDate, parameters: parameters)
        let yearEnd = yearEnd(of: date, parameters: parameters)
        let day = parameters.swapHoursExpiry.value
        let requested = requestedOn ?? careDate
        let usable = isUsable(
            expiry: expiry, requestedOn: requested, forCareOn: careDate, contractEnd: contract.endDate)
        let afterExpiry = usable && careDate > expiry
        let deadline = try Deadline.endOfDate(expiry, kind: deadlineKind)
        let byContract = contract.endDate.map { $0 < yearEnd } ?? false
        let reasonNl =
            byContract
            ? "omdat je overeenkomst op \(expiry.spelledOut(in: .nl)) eindigt"
            : "omdat ze op \(day.phrase(in: .nl)) van het kalenderjaar vervallen"
        let reasonEn =
            byContract
            ? "because your contract ends on \(expiry.spelledOut(in: .en))"
            : "because they lapse after \(day.phrase(in: .en)) of the calendar year"
        let verdict =
            afterExpiry
            ? Explanation(
                nl:
                    "Je vroeg de opvang van \(careDate.spelledOut(in: .nl)) aan op \(requested.spelledOut(in: .nl)), "
                    + "op of vóór die datum. Ruil- en inhaaluren tellen als ingezet zodra de aanvraag is goedgekeurd "
                    + "(\(edition.cite("5", section: "Extra opvang", lid: 3).rendered(in: .nl))), dus je kunt ze ook "
                    + "voor die opvang inzetten.",
                en:
                    "You requested the care of \(careDate.spelledOut(in: .en)) on \(requested.spelledOut(in: .en)), on "
                    + "or before that date. Swap hours count as used once the request is approved "
                    + "(\(edition.cite("5", section: "Extra opvang", lid: 3).rendered(in: .en))), so you can use them "
                    + "for that care too.")
            : usable
                ? Explanation(
                    nl: "Voor opvang op \(careDate.spelledOut(in: .nl)) kun je ze dus nog inzetten.",
                    en: "So you can still use them for care on \(careDate.spelledOut(in: .en)).")
                : Explanation(
                    nl:
                        "Voor opvang op \(careDate.spelledOut(in: .nl)) zijn ze vervallen, zonder restitutie in geld of "
                        + "in opvang.",
                    en:
                        "For care on \(careDate.spelledOut(in: .en)) they have lapsed, with no refund in money or care."
                )
        let explanation = Explanation(
            nl: "De ruil- en inhaaluren van \(date.spelledOut(in: .nl)) zijn bruikbaar tot en met "
                + "\(expiry.spelledOut(in: .nl)), \(reasonNl) (\(citation.rendered(in: .nl))).",
            en: "The swap hours of \(date.spelledOut(in: .en)) can be used up to and including "
                + "\(expiry.spelledOut(in: .en)), \(reasonEn) (\(citation.rendered(in: .en))).")
        let citations =
            afterExpiry ? [citation, edition.cite("5", section: "Extra opvang", lid: 3)] : [citation]
        return Decision(
            rule: rule,
            outcome: ExpiryOutcome(expiry: expiry, isUsable: usable, endsWithContract: byContract),
            deadlines: [deadline], citations: citations, explanation: explanation.followed(by: verdict))
    }
}

/// Whether swap hours can still be used on a care day (art. 5 lid 5).
public struct ExpiryOutcome: Sendable, Hashable {
    /// The last date on which the hours can be used.
    public let expiry: LocalDate
    /// Whether they can be used on the care day asked about.
    public let isUsable: Bool
    /// Whether the contract's end, not 31 December, sets the expiry.
    public let endsWithContract: Bool

    /// Creates an outcome.
    public init(expiry: LocalDate, isUsable: Bool, endsWithContract: Bool) {
        self.expiry = expiry
        self.isUsable = isUsable
        self.endsWithContract = endsWithContract
    }
}

#if !hasFeature(Embedded)
    extension ExpiryOutcome: Codable {}
#endif
