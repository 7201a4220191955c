import ChildcareRules
import Testing

/// Issue 15, item 1, for the parent-app terms and the privacy statements: the 6 weeks of App terms art. 10,
/// the 8 weeks and the year of the app privacy statement ("Bewaren van persoonsgegevens"), the 4 weeks of the
/// portal privacy statement and the € 500 of App terms art. 11 are parameters with their sources.
@Suite(
    "The numbers of the app terms and the privacy statements as parameters (App art. 10, 11; privacy statements)"
)
struct AccessParametersTests {
    static let parameters = AccessParameters.library

    @Test("Every parameter quotes the clause of its edition verbatim, and the clause is in the registry")
    func quotesAreVerbatim() throws {
        for (name, citation, quote) in [
            (
                Self.parameters.appUseAfterEnd.name, Self.parameters.appUseAfterEnd.citation,
                Self.parameters.appUseAfterEnd.quote
            ),
            (
                Self.parameters.visibleAfterEnd.name, Self.parameters.visibleAfterEnd.citation,
                Self.parameters.visibleAfterEnd.quote
            ),
            (
                Self.parameters.destroyedAfterEnd.name, Self.parameters.destroyedAfterEnd.citation,
                Self.parameters.destroyedAfterEnd.quote
            ),
            (
                Self.parameters.dataRequestAnswer.name, Self.parameters.dataRequestAnswer.citation,
                Self.parameters.dataRequestAnswer.quote
            ),
            (
                Self.parameters.liabilityCap.name, Self.parameters.liabilityCap.citation,
                Self.parameters.liabilityCap.quote
            ),
        ] {
            let clause = try #require(ClauseRegistry.clause(for: citation), "\(name): \(citation.key)")
            #expect(clause.text.contains(quote), "\(name): “\(quote)” is not in \(citation.key)")
        }
    }

    @Test("Names are unique; each value is the number its quote states")
    func valuesMatchTheirWords() {
        let rows = Self.parameters.rows
        #expect(Set(rows.map { $0.name }).count == rows.count)
        #expect(
            Self.parameters.appUseAfterEnd.quote.contains("\(Self.parameters.appUseAfterEnd.value) weken"))
        #expect(
            Self.parameters.visibleAfterEnd.quote.contains("\(Self.parameters.visibleAfterEnd.value) weken"))
        #expect(
            Self.parameters.dataRequestAnswer.quote.contains(
                "\(Self.parameters.dataRequestAnswer.value) weken"))
        #expect(
            Self.parameters.destroyedAfterEnd.value == 12
                && Self.parameters.destroyedAfterEnd.quote.hasPrefix("Eén jaar"))
        #expect(
            Self.parameters.liabilityCap.quote.contains("Euro \(Self.parameters.liabilityCap.value / 100),-"))
    }

    @Test(
        "The rules read the parameters: app use ends after day 41, data stays visible through day 55, a request is answered within 28 days, the cap is € 500"
    )
    func rulesReadTheParameters() {
        #expect(AppAccess.weeksAfterEnd == Self.parameters.appUseAfterEnd.value)
        #expect(AppAccess.lastDayWithAccess == 41)
        #expect(Retention.visibleWeeks == Self.parameters.visibleAfterEnd.value)
        #expect(Retention.lastVisibleDay == 55)
        #expect(DataRequest.weeks == Self.parameters.dataRequestAnswer.value)
        #expect(LiabilityCapRule.maximum == Money(cents: Self.parameters.liabilityCap.value))
        #expect(Self.parameters.destroyedPhrase(in: .nl) == "1 jaar")
        #expect(Self.parameters.destroyedPhrase(in: .en) == "1 year")
    }
}
