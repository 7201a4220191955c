/// The numbers of the parent-app terms and the privacy statements, each with its source: the 6 weeks of
/// app use after the customer relationship ends, the 8 weeks the child's data stays visible, the year after
/// which it is destroyed, the 4 weeks to answer a data request, and the liability cap.
///
/// The access, retention, data-request and liability rules read these instead of literals (issue 15), as
/// the TSO rules read ``TSOParameters``.
///
/// | parameter | value | source |
/// |---|---|---|
/// | ``appUseAfterEnd`` | 6 weeks | App terms art. 10 |
/// | ``visibleAfterEnd`` | 8 weeks | App privacy statement, "Bewaren van persoonsgegevens" |
/// | ``destroyedAfterEnd`` | 12 calendar months ("Eén jaar") | App privacy statement, "Bewaren van persoonsgegevens" |
/// | ``dataRequestAnswer`` | 4 weeks | Portal privacy statement, "Bewaren van persoonsgegevens" |
/// | ``liabilityCap`` | 50,000 cents (€ 500) | App terms art. 11 |
package struct AccessParameters: Sendable, Hashable {
    /// How long the use of the app lasts after the user is no longer a customer (App terms art. 10).
    package let appUseAfterEnd: TermsParameter<Int>
    /// How long the child's data stays visible after the care contract ends (app privacy statement).
    package let visibleAfterEnd: TermsParameter<Int>
    /// When the child's data is destroyed after the care contract ends: "Eén jaar", as 12 calendar months
    /// (app privacy statement; I-313).
    package let destroyedAfterEnd: TermsParameter<Int>
    /// How long Partou takes at most to answer a data request (portal privacy statement; I-309).
    package let dataRequestAnswer: TermsParameter<Int>
    /// The most Partou is liable for per event, excluding VAT (App terms art. 11; I-317).
    package let liabilityCap: TermsParameter<Int>

    /// The time until the child's data is destroyed, in words: "1 jaar" / "1 year" for 12 months, else the
    /// months.
    package func destroyedPhrase(in language: Language) -> String {
        let months = destroyedAfterEnd.value
        guard months % 12 == 0 else { return "\(months) " + (language == .nl ? "maanden" : "months") }
        let years = months / 12
        return switch (language, years == 1) {
        case (.nl, _): "\(years) jaar"
        case (.en, true): "1 year"
        case (.en, false): "\(years) years"
        }
    }

    /// Every parameter, in the order of the table above.
    package var all: [TermsParameter<Int>] {
        [appUseAfterEnd, visibleAfterEnd, destroyedAfterEnd, dataRequestAnswer, liabilityCap]
    }
}

extension AccessParameters {
    /// The parameters of the app terms and the app privacy statement of 2024, and of the portal privacy
    /// statement.
    package static let library = AccessParameters(
        appUseAfterEnd: TermsParameter(
            name: "app.access.weeksAfterEnd", value: 6, unit: .weeks,
            citation: TermsEdition.app2024.cite("10"),
            quote:
                "eindigt automatisch de toegang tot en het gebruik van de Ouderapp na een termijn van 6 weken"
        ),
        visibleAfterEnd: TermsParameter(
            name: "appPrivacy.retention.visibleWeeks", value: 8, unit: .weeks,
            citation: TermsEdition.appPrivacy2024.cite(section: Retention.sectionTitle),
            quote: "nog 8 weken zichtbaar voor jou en onze medewerkers"),
        destroyedAfterEnd: TermsParameter(
            name: "appPrivacy.retention.destroyedAfterMonths", value: 12, unit: .calendarMonths,
            citation: TermsEdition.appPrivacy2024.cite(section: Retention.sectionTitle),
            quote:
                "Eén jaar na beëindiging van het opvangcontract worden de gegevens van jouw kind(eren) vernietigd."
        ),
        dataRequestAnswer: TermsParameter(
            name: "portalPrivacy.dataRequest.answerWeeks", value: 4, unit: .weeks,
            citation: TermsEdition.portalPrivacy.cite(section: Retention.sectionTitle),
            quote: "doch uiterlijk binnen 4 weken"),
        liabilityCap: TermsParameter(
            name: "app.liability.capCents", value: 50_000, unit: .cents,
            citation: TermsEdition.app2024.cite("11"),
            quote: "met een maximum van Euro 500,- exclusief BTW"))
}
