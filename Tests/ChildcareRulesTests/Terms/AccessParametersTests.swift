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
        for parameter in Self.parameters.all {
            let clause = try #require(
                ClauseRegistry.clause(for: parameter.citation), "\(parameter.name): \(parameter.clauseKey)")
            #expect(
                clause.text.contains(parameter.quote),
                "\(parameter.name): “\(parameter.quote)” is not in \(parameter.clauseKey)")
        }
    }

    @Test("Names are unique; each value is the number its quote states")
    func valuesMatchTheirWords() {
        let all = Self.parameters.all
        #expect(Set(all.map { $0.name }).count == all.count)
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
