/// Every number one edition of the TSO terms sets, each as a ``TermsParameter`` with its clause and the
/// Dutch words it is read from.
///
/// The rules read these values instead of literals. ``inForce(on:)`` gives the edition's parameters in
/// force on a date; a date before the first edition is a typed error, never a default.
///
/// | parameter | value | clause |
/// |---|---|---|
/// | ``absenceNotice`` | 96 hours | art. 5 lid 1 |
/// | ``sameDayCutoff`` | 11:00 | art. 5 (extra opvang) lid 1 |
/// | ``extraCareHoursCancellation`` | 4 days | art. 5 (extra opvang) lid 6 sub a |
/// | ``extraCareInvoiceCancellation`` | 7 days | art. 5 (extra opvang) lid 6 sub b |
/// | ``swapHoursExpiry`` | 31 December | art. 5 lid 5 |
/// | ``instalments`` | 10 | art. 6 lid 1 |
/// | ``monthsWithoutInvoice`` | July and August | art. 6 lid 1 |
/// | ``cancellationPeriod`` | 1 month | art. 3 |
/// | ``noticePeriod`` | 1 month | art. 8 lid 1 |
/// | ``changePeriod`` | 1 month | art. 8 lid 2 |
/// | ``paymentDefault`` | 1 month | art. 8 lid 5 sub a |
/// | ``consentAgreementPeriod`` | 1 month | art. 2 lid 5 sub a |
/// | ``consentNoticePeriod`` | 1 month | art. 2 lid 5 sub a |
/// | ``consentBeforeStartPeriod`` + ``consentLastWeekBeforeStart`` | 1 month, or 1 week before the start | art. 2 lid 5 sub b |
/// | ``termsChangeMonths`` + ``termsChangeWeeks`` | 1 month + 1 week | art. 10 lid 2 |
/// | ``priceChangeMonths`` + ``priceChangeWeeks`` | 1 month + 1 week | art. 7 |
public struct TSOParameters: Sendable, Hashable {
    /// The values, in one shared immutable box: a copy of the parameters is a reference count, not fifteen
    /// parameters with their texts (the WebAssembly module is the smaller for it, see Docs/Performance.md).
    private let fields: Box

    /// The readings under which the rules read these numbers: the library's own (``Readings/chosen``)
    /// unless a "what if" chose others (``read(under:)``).
    package private(set) var readings: Readings = .chosen

    /// These parameters, read under `readings`.
    package func read(under readings: Readings) -> TSOParameters {
        var copy = self
        copy.readings = readings
        return copy
    }

    /// The hours before the start of care an absence must be reported in the app to earn swap hours.
    public var absenceNotice: TermsParameter<Int> { fields.values.absenceNotice }
    /// The time before which extra care for the same day must be requested.
    public var sameDayCutoff: TermsParameter<LocalTime> { fields.values.sameDayCutoff }
    /// The days before the start of care that extra care paid with swap hours must be cancelled to get
    /// the hours back.
    public var extraCareHoursCancellation: TermsParameter<Int> { fields.values.extraCareHoursCancellation }
    /// The days before the care day that invoiced extra care must be cancelled to owe nothing.
    public var extraCareInvoiceCancellation: TermsParameter<Int> {
        fields.values.extraCareInvoiceCancellation
    }
    /// The day of the year on which swap hours expire.
    public var swapHoursExpiry: TermsParameter<DayOfYear> { fields.values.swapHoursExpiry }
    /// The number of monthly instalments of the annual amount.
    public var instalments: TermsParameter<Int> { fields.values.instalments }
    /// The months of the year without an invoice.
    public var monthsWithoutInvoice: TermsParameter<[Int]> { fields.values.monthsWithoutInvoice }
    /// The period for cancelling a contract before care starts, in calendar months.
    public var cancellationPeriod: TermsParameter<Int> { fields.values.cancellationPeriod }
    /// The parent's notice period for terminating, in calendar months.
    public var noticePeriod: TermsParameter<Int> { fields.values.noticePeriod }
    /// The period for changing a contract, in calendar months.
    public var changePeriod: TermsParameter<Int> { fields.values.changePeriod }
    /// How long a parent must be in default before Partou may terminate, in calendar months.
    public var paymentDefault: TermsParameter<Int> { fields.values.paymentDefault }
    /// The calendar months after the parent was informed before changed terms take effect.
    public var termsChangeMonths: TermsParameter<Int> { fields.values.termsChangeMonths }
    /// The weeks added to ``termsChangeMonths``.
    public var termsChangeWeeks: TermsParameter<Int> { fields.values.termsChangeWeeks }
    /// The calendar months after the announcement before a price change takes effect.
    public var priceChangeMonths: TermsParameter<Int> { fields.values.priceChangeMonths }
    /// The weeks added to ``priceChangeMonths``.
    public var priceChangeWeeks: TermsParameter<Int> { fields.values.priceChangeWeeks }
    /// The time the parents have to agree, once a missing consent comes to light after the start, in
    /// calendar months.
    public var consentAgreementPeriod: TermsParameter<Int> { fields.values.consentAgreementPeriod }
    /// The notice with which Partou then terminates the contract or cancels the change, in calendar months.
    public var consentNoticePeriod: TermsParameter<Int> { fields.values.consentNoticePeriod }
    /// The time the parents have to agree, once a missing consent comes to light before the start, in
    /// calendar months.
    public var consentBeforeStartPeriod: TermsParameter<Int> { fields.values.consentBeforeStartPeriod }
    /// The weeks before the start by which the parents must agree when less than
    /// ``consentBeforeStartPeriod`` is left.
    public var consentLastWeekBeforeStart: TermsParameter<Int> { fields.values.consentLastWeekBeforeStart }

    /// Creates the parameters of one edition. The library's own are ``edition2024``; a test can build a
    /// fictitious later edition to see what a changed number does.
    public init(
        absenceNotice: TermsParameter<Int>, sameDayCutoff: TermsParameter<LocalTime>,
        extraCareHoursCancellation: TermsParameter<Int>, extraCareInvoiceCancellation: TermsParameter<Int>,
        swapHoursExpiry: TermsParameter<DayOfYear>, instalments: TermsParameter<Int>,
        monthsWithoutInvoice: TermsParameter<[Int]>, cancellationPeriod: TermsParameter<Int>,
        noticePeriod: TermsParameter<Int>, changePeriod: TermsParameter<Int>,
        paymentDefault: TermsParameter<Int>, termsChangeMonths: TermsParameter<Int>,
        termsChangeWeeks: TermsParameter<Int>, priceChangeMonths: TermsParameter<Int>,
        priceChangeWeeks: TermsParameter<Int>, consentAgreementPeriod: TermsParameter<Int>,
        consentNoticePeriod: TermsParameter<Int>, consentBeforeStartPeriod: TermsParameter<Int>,
        consentLastWeekBeforeStart: TermsParameter<Int>
    ) {
        fields = Box(
            Values(
                absenceNotice: absenceNotice,
                sameDayCutoff: sameDayCutoff,
                extraCareHoursCancellation: extraCareHoursCancellation,
                extraCareInvoiceCancellation: extraCareInvoiceCancellation,
                swapHoursExpiry: swapHoursExpiry,
                instalments: instalments,
                monthsWithoutInvoice: monthsWithoutInvoice,
                cancellationPeriod: cancellationPeriod,
                noticePeriod: noticePeriod,
                changePeriod: changePeriod,
                paymentDefault: paymentDefault,
                termsChangeMonths: termsChangeMonths,
                termsChangeWeeks: termsChangeWeeks,
                priceChangeMonths: priceChangeMonths,
                priceChangeWeeks: priceChangeWeeks,
                consentAgreementPeriod: consentAgreementPeriod,
                consentNoticePeriod: consentNoticePeriod,
                consentBeforeStartPeriod: consentBeforeStartPeriod,
                consentLastWeekBeforeStart: consentLastWeekBeforeStart))
    }

    /// The edition the parameters belong to.
    public var edition: TermsEdition { absenceNotice.edition }

    /// Every edition's parameters the library knows, oldest first.
    public static let all: [TSOParameters] = [edition2024]

    /// The parameters of the edition of the TSO terms in force on `date`.
    ///
    /// - Throws: ``RulesError`` with code `beforeFirstEdition` for a date before 1 August 2024.
    public static func inForce(on date: LocalDate) throws(RulesError) -> TSOParameters {
        try TermsCatalogue.library.inForce(on: date)
    }

    /// `parameters` when given, else the parameters in force on `date`.
    package static func given(
        _ parameters: TSOParameters?, on date: LocalDate
    ) throws(RulesError) -> TSOParameters {
        if let parameters { return parameters }
        return try inForce(on: date)
    }
}

extension TSOParameters {
    /// The parameters of the TSO terms of 1 August 2024.
    ///
    /// Each number is declared, with its quote and clause, beside the rules that use it:
    /// `SwapHours/SwapHoursParameters.swift`, `ExtraCare/ExtraCareParameters.swift`,
    /// `Billing/BillingParameters.swift` and `Contracts/ContractsParameters.swift`.
    public static let edition2024 = TSOParameters(
        absenceNotice: absenceNotice2024,
        sameDayCutoff: sameDayCutoff2024,
        extraCareHoursCancellation: extraCareHoursCancellation2024,
        extraCareInvoiceCancellation: extraCareInvoiceCancellation2024,
        swapHoursExpiry: swapHoursExpiry2024,
        instalments: instalments2024,
        monthsWithoutInvoice: monthsWithoutInvoice2024,
        cancellationPeriod: cancellationPeriod2024,
        noticePeriod: noticePeriod2024,
        changePeriod: changePeriod2024,
        paymentDefault: paymentDefault2024,
        termsChangeMonths: termsChangeMonths2024,
        termsChangeWeeks: termsChangeWeeks2024,
        priceChangeMonths: priceChangeMonths2024,
        priceChangeWeeks: priceChangeWeeks2024,
        consentAgreementPeriod: consentAgreementPeriod2024,
        consentNoticePeriod: consentNoticePeriod2024,
        consentBeforeStartPeriod: consentBeforeStartPeriod2024,
        consentLastWeekBeforeStart: consentLastWeekBeforeStart2024)

    /// Every parameter of this edition, as the name, the value written out, the clause key and the quote,
    /// in the order of the fields: for tables and for checks that each quote is in its clause.
    public var table: [(name: String, value: String, clauseKey: String, quote: String)] {
        func row<V>(_ p: TermsParameter<V>, _ text: String) -> (String, String, String, String) {
            (p.name, text, p.clauseKey, p.quote)
        }
        let cutoff = sameDayCutoff.value.hourMinute
        let expiry = swapHoursExpiry.value
        return [
            row(absenceNotice, "\(absenceNotice.value) hours"), row(sameDayCutoff, cutoff),
            row(extraCareHoursCancellation, "\(extraCareHoursCancellation.value) days"),
            row(extraCareInvoiceCancellation, "\(extraCareInvoiceCancellation.value) days"),
            row(swapHoursExpiry, "\(expiry.day)-\(expiry.month)"),
            row(instalments, "\(instalments.value)"),
            row(monthsWithoutInvoice, monthsWithoutInvoice.value.map(String.init).joined(separator: ", ")),
            row(cancellationPeriod, "\(cancellationPeriod.value) calendar months"),
            row(noticePeriod, "\(noticePeriod.value) calendar months"),
            row(changePeriod, "\(changePeriod.value) calendar months"),
            row(paymentDefault, "\(paymentDefault.value) calendar months"),
            row(termsChangeMonths, "\(termsChangeMonths.value) calendar months"),
            row(termsChangeWeeks, "\(termsChangeWeeks.value) weeks"),
            row(priceChangeMonths, "\(priceChangeMonths.value) calendar months"),
            row(priceChangeWeeks, "\(priceChangeWeeks.value) weeks"),
            row(consentAgreementPeriod, "\(consentAgreementPeriod.value) calendar months"),
            row(consentNoticePeriod, "\(consentNoticePeriod.value) calendar months"),
            row(consentBeforeStartPeriod, "\(consentBeforeStartPeriod.value) calendar months"),
            row(consentLastWeekBeforeStart, "\(consentLastWeekBeforeStart.value) weeks"),
        ]
    }
}

extension TSOParameters {
    /// The stored parameters of one edition.
    private struct Values: Sendable, Hashable {
        let absenceNotice: TermsParameter<Int>
        let sameDayCutoff: TermsParameter<LocalTime>
        let extraCareHoursCancellation: TermsParameter<Int>
        let extraCareInvoiceCancellation: TermsParameter<Int>
        let swapHoursExpiry: TermsParameter<DayOfYear>
        let instalments: TermsParameter<Int>
        let monthsWithoutInvoice: TermsParameter<[Int]>
        let cancellationPeriod: TermsParameter<Int>
        let noticePeriod: TermsParameter<Int>
        let changePeriod: TermsParameter<Int>
        let paymentDefault: TermsParameter<Int>
        let termsChangeMonths: TermsParameter<Int>
        let termsChangeWeeks: TermsParameter<Int>
        let priceChangeMonths: TermsParameter<Int>
        let priceChangeWeeks: TermsParameter<Int>
        let consentAgreementPeriod: TermsParameter<Int>
        let consentNoticePeriod: TermsParameter<Int>
        let consentBeforeStartPeriod: TermsParameter<Int>
        let consentLastWeekBeforeStart: TermsParameter<Int>
    }

    /// One edition's values in an immutable box, so one box is shared by every copy.
    private final class Box: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }
}

extension TSOParameters {
    /// Two sets of parameters are equal when every parameter is.
    public static func == (lhs: TSOParameters, rhs: TSOParameters) -> Bool {
        lhs.readings == rhs.readings && (lhs.fields === rhs.fields || lhs.fields.values == rhs.fields.values)
    }

    /// Hashes every parameter and the readings.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.values)
        hasher.combine(readings)
    }
}

extension TSOParameters {
    /// The period of a notice of `kind`: its calendar months, and the weeks added after them (only for
    /// Partou's price and terms changes, art. 7 and art. 10 lid 2).
    public func period(for kind: NoticeKind) -> (months: TermsParameter<Int>, weeks: TermsParameter<Int>?) {
        switch kind {
        case .termination: (noticePeriod, nil)
        case .change: (changePeriod, nil)
        case .cancellation: (cancellationPeriod, nil)
        case .priceChange: (priceChangeMonths, priceChangeWeeks)
        case .termsChange: (termsChangeMonths, termsChangeWeeks)
        }
    }
}
