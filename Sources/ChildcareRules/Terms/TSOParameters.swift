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
    public static let edition2024: TSOParameters = {
        let tso = TermsEdition.tso2024
        return TSOParameters(
            absenceNotice: TermsParameter(
                name: "tso.absence.noticeHours", value: 96, unit: .hours, citation: tso.cite("5", lid: 1),
                quote: "meer dan 96 uur voor de start van de opvang"),
            sameDayCutoff: TermsParameter(
                name: "tso.extraCare.sameDayCutoff", value: LocalTime(uncheckedSeconds: 11 * 3600),
                unit: .timeOfDay, citation: tso.cite("5", section: "Extra opvang", lid: 1),
                quote: "aanvragen vóór 11:00 uur in de ouderapp"),
            extraCareHoursCancellation: TermsParameter(
                name: "tso.extraCare.hoursCancellationDays", value: 4, unit: .days,
                citation: tso.cite("5", section: "Extra opvang", lid: 6, sub: "a"),
                quote: "4 dagen (96 uur) voor de start van de opvang"),
            extraCareInvoiceCancellation: TermsParameter(
                name: "tso.extraCare.invoiceCancellationDays", value: 7, unit: .days,
                citation: tso.cite("5", section: "Extra opvang", lid: 6, sub: "b"),
                quote: "7 dagen voorafgaand aan de opvangdag annuleert"),
            swapHoursExpiry: TermsParameter(
                name: "tso.swapHours.expiry", value: DayOfYear(unchecked: 12, 31), unit: .dayOfYear,
                citation: tso.cite("5", lid: 5),
                quote: "vervallen op 31 december van het lopende kalenderjaar"),
            instalments: TermsParameter(
                name: "tso.billing.instalments", value: 10, unit: .count, citation: tso.cite("6", lid: 1),
                quote: "gelijke bedragen over 10 kalendermaanden gefactureerd"),
            monthsWithoutInvoice: TermsParameter(
                name: "tso.billing.monthsWithoutInvoice", value: [7, 8], unit: .monthsOfYear,
                citation: tso.cite("6", lid: 1), quote: "In juli en augustus wordt er niet gefactureerd."),
            cancellationPeriod: TermsParameter(
                name: "tso.contract.cancellationMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("3"), quote: "annuleringstermijn van één (1) maand"),
            noticePeriod: TermsParameter(
                name: "tso.contract.noticeMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("8", lid: 1), quote: "opzegtermijn van een maand"),
            changePeriod: TermsParameter(
                name: "tso.contract.changeMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("8", lid: 2), quote: "wijzigingstermijn van een maand"),
            paymentDefault: TermsParameter(
                name: "tso.contract.paymentDefaultMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("8", lid: 5, sub: "a"), quote: "gedurende één maand in verzuim"),
            termsChangeMonths: TermsParameter(
                name: "tso.termsChange.months", value: 1, unit: .calendarMonths,
                citation: tso.cite("10", lid: 2), quote: "treden eerst één maand en één week nadat"),
            termsChangeWeeks: TermsParameter(
                name: "tso.termsChange.weeks", value: 1, unit: .weeks, citation: tso.cite("10", lid: 2),
                quote: "treden eerst één maand en één week nadat"),
            priceChangeMonths: TermsParameter(
                name: "tso.priceChange.months", value: 1, unit: .calendarMonths, citation: tso.cite("7"),
                quote: "na één kalendermaand, vermeerderd met één week"),
            priceChangeWeeks: TermsParameter(
                name: "tso.priceChange.weeks", value: 1, unit: .weeks, citation: tso.cite("7"),
                quote: "na één kalendermaand, vermeerderd met één week"),
            consentAgreementPeriod: TermsParameter(
                name: "tso.consent.agreementMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("2", lid: 5, sub: "a"),
                quote: "termijn van een maand tot overeenstemming komen"),
            consentNoticePeriod: TermsParameter(
                name: "tso.consent.noticeMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("2", lid: 5, sub: "a"),
                quote: "met inachtneming van de opzegtermijn van een maand"),
            consentBeforeStartPeriod: TermsParameter(
                name: "tso.consent.beforeStartMonths", value: 1, unit: .calendarMonths,
                citation: tso.cite("2", lid: 5, sub: "b"), quote: "ouders na een maand"),
            consentLastWeekBeforeStart: TermsParameter(
                name: "tso.consent.lastWeeksBeforeStart", value: 1, unit: .weeks,
                citation: tso.cite("2", lid: 5, sub: "b"), quote: "uiterlijk een week voor die startdatum"))
    }()

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
