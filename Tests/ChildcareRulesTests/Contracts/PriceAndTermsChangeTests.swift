import ChildcareRules
import Testing

@Suite("Price change — TSO terms art. 7")
struct PriceChangeTests {
    @Test(
        "A proposed date before announced + 1 calendar month (up) + 1 week is contrary to art. 7",
        arguments: [
            // announced, proposed, earliest, contrary
            ("2024-11-20", "2025-01-01", "2024-12-27", false),
            ("2024-11-20", "2024-12-27", "2024-12-27", false),
            ("2024-11-20", "2024-12-26", "2024-12-27", true),
            ("2024-12-01", "2025-01-01", "2025-01-08", true),
            ("2025-01-31", "2025-03-01", "2025-03-08", true),
            ("2025-05-31", "2025-07-08", "2025-07-08", false),
        ])
    func earliest(row: (String, String, String, Bool)) throws {
        let decision = try PriceChangeRule.decide(
            announcedOn: Fixtures.day(row.0), proposedEffectiveDate: Fixtures.day(row.1))
        #expect(decision.outcome.earliestEffectiveDate == (try Fixtures.day(row.2)))
        #expect(decision.outcome.isContraryToArticle7 == row.3)
        #expect(decision.outcome.effectiveDate == max(try Fixtures.day(row.1), try Fixtures.day(row.2)))
        #expect(decision.citationKeys == ["TSO art. 7"])
        #expect(decision.explanation.nl.contains(row.3 ? "in strijd met artikel 7" : "dat mag"))
        #expect(decision.explanation.en.contains(row.3 ? "contrary to article 7" : "that is allowed"))
    }
}

@Suite("Change of the terms — TSO terms art. 10")
struct TermsChangeTests {
    @Test(
        "Changed terms take effect one month and one week after the parent was informed; earlier dates move")
    func effective() throws {
        let decision = try TermsChangeRule.decide(
            informedOn: Fixtures.day("2025-01-31"), proposedEffectiveDate: Fixtures.day("2025-03-01"),
            isMaterial: false)
        #expect(decision.outcome.earliestEffectiveDate == (try Fixtures.day("2025-03-08")))
        #expect(decision.outcome.effectiveDate == (try Fixtures.day("2025-03-08")))
        #expect(decision.outcome.isPrematureDate)
        #expect(decision.outcome.terminationWindowEnds == nil)
        #expect(decision.citationKeys == ["TSO art. 10"])
    }

    @Test("A material change opens a termination window up to and including the effective date")
    func materialWindow() throws {
        let decision = try TermsChangeRule.decide(informedOn: Fixtures.day("2025-01-31"), isMaterial: true)
        #expect(decision.outcome.terminationWindowEnds == (try Fixtures.day("2025-03-08")))
        #expect(decision.deadlines.count == 2)
        #expect(decision.explanation.nl.contains("tot en met zaterdag 8 maart 2025"))
    }

    @Test(
        "Terminating against a material change ends the contract before the new terms apply (I-204)",
        arguments: [
            // received, requested (a per date), per: the first day without a contract
            ("2025-02-10", nil, "2025-03-08"),
            ("2025-02-01", nil, "2025-03-01"),
            ("2025-03-08", nil, "2025-03-09"),
            ("2025-02-10", "2025-03-31", "2025-03-31"),
            ("2025-03-09", nil, "2025-04-09"),
        ] as [(String, String?, String)])
    func terminateAgainst(row: (String, String?, String)) throws {
        let contract = try Fixtures.contract(signed: "2024-08-01", start: "2024-08-01")
        let change = try TermsChangeRule.decide(informedOn: Fixtures.day("2025-01-31"), isMaterial: true)
            .outcome
        let decision = try TermsChangeRule.terminate(
            contract: contract, against: change, receivedOn: Fixtures.day(row.0), channel: .onlineForm,
            requestedEndDate: try row.1.map { try Fixtures.day($0) })
        #expect(decision.outcome.end?.firstDayWithoutContract == (try Fixtures.day(row.2)))
        #expect(decision.outcome.endDate == (try Fixtures.day(row.2).adding(days: -1)))
    }

    @Test("A change that is not material gives only the ordinary notice; the notice must still be in writing")
    func notMaterial() throws {
        let contract = try Fixtures.contract(signed: "2024-08-01", start: "2024-08-01")
        let change = try TermsChangeRule.decide(informedOn: Fixtures.day("2025-01-31"), isMaterial: false)
            .outcome
        let ordinary = try TermsChangeRule.terminate(
            contract: contract, against: change, receivedOn: Fixtures.day("2025-02-10"), channel: .onlineForm)
        #expect(ordinary.outcome.endDate == (try Fixtures.day("2025-03-09")))
        #expect(ordinary.outcome.end?.source == .parentTermination)
        #expect(ordinary.explanation.en.contains("not material"))
        let material = try TermsChangeRule.decide(informedOn: Fixtures.day("2025-01-31"), isMaterial: true)
            .outcome
        let byPhone = try TermsChangeRule.terminate(
            contract: contract, against: material, receivedOn: Fixtures.day("2025-02-10"), channel: .phone)
        #expect(byPhone.outcome == .rejected(.notThroughOnlineForm(.phone)))
        let byMail = try TermsChangeRule.terminate(
            contract: contract, against: material, receivedOn: Fixtures.day("2025-02-10"), channel: .email)
        #expect(byMail.outcome.end?.source == .termsChangeTermination)
        #expect(byMail.citationKeys.contains("BW art. 6:237 sub m"))
    }
}
