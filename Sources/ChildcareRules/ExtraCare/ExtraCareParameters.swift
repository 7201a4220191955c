// The numbers the TSO terms set for the extra-care rules (the same-day cut-off and the two cancellation
// periods of art. 5, extra opvang), per edition, each with the words it is read from;
// `TSOParameters.edition2024` (Terms/TSOParameters.swift) puts one edition's numbers together. Each is
// inlined there, so declaring it here costs the web modules nothing (their size budget is in .ci/run).

extension TSOParameters {
    /// The `sameDayCutoff` of the TSO terms of 1 August 2024, read from "aanvragen vóór 11:00 uur in de
    /// ouderapp".
    @inline(__always) static var sameDayCutoff2024: TermsParameter<LocalTime> {
        TermsParameter(
            name: "tso.extraCare.sameDayCutoff", value: LocalTime(uncheckedSeconds: 11 * 3600),
            unit: .timeOfDay, citation: TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 1),
            quote: "aanvragen vóór 11:00 uur in de ouderapp")
    }

    /// The `extraCareHoursCancellation` of the TSO terms of 1 August 2024, read from "4 dagen (96 uur) voor
    /// de start van de opvang".
    @inline(__always) static var extraCareHoursCancellation2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.extraCare.hoursCancellationDays", value: 4, unit: .days,
            citation: TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6, sub: "a"),
            quote: "4 dagen (96 uur) voor de start van de opvang")
    }

    /// The `extraCareInvoiceCancellation` of the TSO terms of 1 August 2024, read from "7 dagen voorafgaand
    /// aan de opvangdag annuleert".
    @inline(__always) static var extraCareInvoiceCancellation2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.extraCare.invoiceCancellationDays", value: 7, unit: .days,
            citation: TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6, sub: "b"),
            quote: "7 dagen voorafgaand aan de opvangdag annuleert")
    }
}
