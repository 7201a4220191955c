// The numbers the TSO terms set for the swap-hours rules (the 96-hour rule of art. 5 lid 1, expiry under art.
// 5 lid 5), per edition, each with the words it is read from;
// `TSOParameters.edition2024` (Terms/TSOParameters.swift) puts one edition's numbers together. Each is
// inlined there, so declaring it here costs the web modules nothing (their size budget is in .ci/run).

extension TSOParameters {
    /// The `absenceNotice` of the TSO terms of 1 August 2024, read from "meer dan 96 uur voor de start van de
    /// opvang".
    @inline(__always) static var absenceNotice2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.absence.noticeHours", value: 96, unit: .hours,
            citation: TermsEdition.tso2024.cite("5", lid: 1),
            quote: "meer dan 96 uur voor de start van de opvang")
    }

    /// The `swapHoursExpiry` of the TSO terms of 1 August 2024, read from "vervallen op 31 december van het
    /// lopende kalenderjaar".
    @inline(__always) static var swapHoursExpiry2024: TermsParameter<DayOfYear> {
        TermsParameter(
            name: "tso.swapHours.expiry", value: DayOfYear(unchecked: 12, 31), unit: .dayOfYear,
            citation: TermsEdition.tso2024.cite("5", lid: 5),
            quote: "vervallen op 31 december van het lopende kalenderjaar")
    }
}
