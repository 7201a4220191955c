import ChildcareRules
import Testing

@Suite("Termination by Partou — TSO terms art. 8 lid 5")
struct ProviderTerminationTests {
    static let listed: [ProviderTerminationReason] = [
        .extraCareNeed, .riskToOthers(warned: true, warningNotReasonablyExpected: false),
        .riskToOthers(warned: false, warningNotReasonablyExpected: true), .disproportionateBurden,
        .unableToPerform,
        .businessNecessity, .lossOfAuthority, .disproportionateCareNeedOrBehaviour, .brokenRelationship,
    ]

    @Test(
        "The listed serious reasons b to h allow termination with one month's notice, rounded up (I-206)",
        arguments: listed)
    func listedReasons(reason: ProviderTerminationReason) throws {
        let contract = try Fixtures.contract()
        let decision = try ProviderTerminationRule.decide(
            contract: contract, reason: reason, noticeOn: Fixtures.day("2026-01-31"))
        #expect(
            decision.outcome
                == .allowed(
                    point: try #require(reason.point), endDate: try Fixtures.day("2026-02-28"),
                    firstDayWithoutContract: try Fixtures.day("2026-03-01")))
        #expect(
            decision.explanation.nl.contains(
                "laatste opvangdag 28 februari 2026; de overeenkomst eindigt per 1 maart 2026"))
        #expect(
            decision.explanation.en.contains(
                "last day of care 28 February 2026; the contract ends as of 1 March 2026"))
        #expect(decision.citationKeys == ["TSO art. 8 lid 5 sub \(reason.point ?? "")", "TSO art. 8 lid 1"])
    }

    @Test("An unlisted reason is not listed and judged case by case, never contrary to the terms (I-205)")
    func otherReason() throws {
        let contract = try Fixtures.contract()
        let decision = try ProviderTerminationRule.decide(
            contract: contract, reason: .other("de ouder diende een klacht in"),
            noticeOn: Fixtures.day("2026-01-31"))
        #expect(decision.outcome == .notListed(reason: "de ouder diende een klacht in"))
        #expect(decision.outcome.endDate == nil)
        #expect(ContractEventOutcome.providerTermination(decision.outcome).contractEnd == nil)
        #expect(decision.explanation.nl.contains("per geval beoordeeld"))
        #expect(decision.explanation.en.contains("judged case by case"))
        #expect(!decision.explanation.nl.contains("in strijd met de voorwaarden"))
        #expect(!decision.explanation.en.contains("contrary to the terms"))
    }

    @Test("A risk to others without a warning that could be expected is no ground (sub b)")
    func noWarning() throws {
        let contract = try Fixtures.contract()
        let decision = try ProviderTerminationRule.decide(
            contract: contract, reason: .riskToOthers(warned: false, warningNotReasonablyExpected: false),
            noticeOn: Fixtures.day("2026-01-31"))
        #expect(decision.outcome == .rejected(.noWarning))
    }

    @Test(
        "Payment default: one month is reached on the start of the default + 1 month, rounded up (I-207)",
        arguments: [
            ("2025-03-01", "2025-04-01"), ("2025-01-31", "2025-03-01"), ("2028-01-31", "2028-03-01"),
            ("2025-03-31", "2025-05-01"), ("2025-02-28", "2025-03-28"), ("2025-12-15", "2026-01-15"),
        ])
    func oneMonthReached(row: (String, String)) throws {
        #expect(try PaymentDefaultRule.oneMonthReached(since: Fixtures.day(row.0)) == Fixtures.day(row.1))
    }

    @Test(
        "Payment default is a ground only from the day one month is reached, and not once paid off (sub a)",
        arguments: [
            // since, paid, notice, allowed
            ("2025-03-01", nil, "2025-03-31", false),
            ("2025-03-01", nil, "2025-04-01", true),
            ("2025-01-31", nil, "2025-02-28", false),
            ("2025-01-31", nil, "2025-03-01", true),
            ("2025-03-01", "2025-04-05", "2025-04-05", false),
            ("2025-03-01", "2025-04-06", "2025-04-05", true),
        ] as [(String, String?, String, Bool)])
    func paymentDefault(row: (String, String?, String, Bool)) throws {
        let contract = try Fixtures.contract()
        let reason = ProviderTerminationReason.paymentDefault(
            since: try Fixtures.day(row.0), paidOn: try row.1.map { try Fixtures.day($0) })
        let decision = try ProviderTerminationRule.decide(
            contract: contract, reason: reason, noticeOn: Fixtures.day(row.2))
        #expect(decision.outcome.isAllowed == row.3)
        #expect(decision.citationKeys.first == "TSO art. 8 lid 5 sub a")
    }

    @Test("Payment before the default began is invalid input")
    func paidBeforeDefault() throws {
        let error = #expect(throws: RulesError.self) {
            try PaymentDefaultRule.decide(
                since: Fixtures.day("2025-03-01"), paidOn: Fixtures.day("2025-02-01"),
                noticeOn: Fixtures.day("2025-04-05"))
        }
        #expect(error?.code == .invalidArgument)
    }
}
