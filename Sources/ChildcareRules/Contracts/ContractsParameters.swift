// The numbers the TSO terms set for the contract rules (the periods of art. 2 lid 5, 3, 7, 8 and 10), per
// edition, each with the words it is read from;
// `TSOParameters.edition2024` (Terms/TSOParameters.swift) puts one edition's numbers together. Each is
// inlined there, so declaring it here costs the web modules nothing (their size budget is in .ci/run).

extension TSOParameters {
    /// The `cancellationPeriod` of the TSO terms of 1 August 2024, read from "annuleringstermijn van één (1)
    /// maand".
    @inline(__always) static var cancellationPeriod2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.contract.cancellationMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("3"), quote: "annuleringstermijn van één (1) maand")
    }

    /// The `noticePeriod` of the TSO terms of 1 August 2024, read from "opzegtermijn van een maand".
    @inline(__always) static var noticePeriod2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.contract.noticeMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("8", lid: 1), quote: "opzegtermijn van een maand")
    }

    /// The `changePeriod` of the TSO terms of 1 August 2024, read from "wijzigingstermijn van een maand".
    @inline(__always) static var changePeriod2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.contract.changeMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("8", lid: 2), quote: "wijzigingstermijn van een maand")
    }

    /// The `paymentDefault` of the TSO terms of 1 August 2024, read from "gedurende één maand in verzuim".
    @inline(__always) static var paymentDefault2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.contract.paymentDefaultMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("8", lid: 5, sub: "a"),
            quote: "gedurende één maand in verzuim")
    }

    /// The `termsChangeMonths` of the TSO terms of 1 August 2024, read from "treden eerst één maand en één
    /// week nadat".
    @inline(__always) static var termsChangeMonths2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.termsChange.months", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("10", lid: 2),
            quote: "treden eerst één maand en één week nadat")
    }

    /// The `termsChangeWeeks` of the TSO terms of 1 August 2024, read from "treden eerst één maand en één
    /// week nadat".
    @inline(__always) static var termsChangeWeeks2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.termsChange.weeks", value: 1, unit: .weeks,
            citation: TermsEdition.tso2024.cite("10", lid: 2),
            quote: "treden eerst één maand en één week nadat")
    }

    /// The `priceChangeMonths` of the TSO terms of 1 August 2024, read from "na één kalendermaand,
    /// vermeerderd met één week".
    @inline(__always) static var priceChangeMonths2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.priceChange.months", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("7"),
            quote: "na één kalendermaand, vermeerderd met één week")
    }

    /// The `priceChangeWeeks` of the TSO terms of 1 August 2024, read from "na één kalendermaand, vermeerderd
    /// met één week".
    @inline(__always) static var priceChangeWeeks2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.priceChange.weeks", value: 1, unit: .weeks, citation: TermsEdition.tso2024.cite("7"),
            quote: "na één kalendermaand, vermeerderd met één week")
    }

    /// The `consentAgreementPeriod` of the TSO terms of 1 August 2024, read from "termijn van een maand tot
    /// overeenstemming komen".
    @inline(__always) static var consentAgreementPeriod2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.consent.agreementMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("2", lid: 5, sub: "a"),
            quote: "termijn van een maand tot overeenstemming komen")
    }

    /// The `consentNoticePeriod` of the TSO terms of 1 August 2024, read from "met inachtneming van de
    /// opzegtermijn van een maand".
    @inline(__always) static var consentNoticePeriod2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.consent.noticeMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("2", lid: 5, sub: "a"),
            quote: "met inachtneming van de opzegtermijn van een maand")
    }

    /// The `consentBeforeStartPeriod` of the TSO terms of 1 August 2024, read from "ouders na een maand".
    @inline(__always) static var consentBeforeStartPeriod2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.consent.beforeStartMonths", value: 1, unit: .calendarMonths,
            citation: TermsEdition.tso2024.cite("2", lid: 5, sub: "b"), quote: "ouders na een maand")
    }

    /// The `consentLastWeekBeforeStart` of the TSO terms of 1 August 2024, read from "uiterlijk een week voor
    /// die startdatum".
    @inline(__always) static var consentLastWeekBeforeStart2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.consent.lastWeeksBeforeStart", value: 1, unit: .weeks,
            citation: TermsEdition.tso2024.cite("2", lid: 5, sub: "b"),
            quote: "uiterlijk een week voor die startdatum")
    }
}
