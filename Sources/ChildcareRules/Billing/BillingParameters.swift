// The numbers the TSO terms set for the billing rules (the instalments of art. 6 lid 1), per edition, each
// with the words it is read from;
// `TSOParameters.edition2024` (Terms/TSOParameters.swift) puts one edition's numbers together. Each is
// inlined there, so declaring it here costs the web modules nothing (their size budget is in .ci/run).

extension TSOParameters {
    /// The `instalments` of the TSO terms of 1 August 2024, read from "gelijke bedragen over 10
    /// kalendermaanden gefactureerd".
    @inline(__always) static var instalments2024: TermsParameter<Int> {
        TermsParameter(
            name: "tso.billing.instalments", value: 10, unit: .count,
            citation: TermsEdition.tso2024.cite("6", lid: 1),
            quote: "gelijke bedragen over 10 kalendermaanden gefactureerd")
    }

    /// The `monthsWithoutInvoice` of the TSO terms of 1 August 2024, read from "In juli en augustus wordt er
    /// niet gefactureerd.".
    @inline(__always) static var monthsWithoutInvoice2024: TermsParameter<[Int]> {
        TermsParameter(
            name: "tso.billing.monthsWithoutInvoice", value: [7, 8], unit: .monthsOfYear,
            citation: TermsEdition.tso2024.cite("6", lid: 1),
            quote: "In juli en augustus wordt er niet gefactureerd.")
    }
}
