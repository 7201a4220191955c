import ChildcareRules
import Testing

@Suite("Agreements — TSO terms art. 2 lid 4")
struct AgreementTests {
    @Test(
        "Only agreements in writing, by e-mail or through the app are valid",
        arguments: [
            (Channel.letter, true), (.email, true), (.app, true), (.onlineForm, true),
            (.oral, false), (.phone, false), (.staff, false),
        ])
    func validity(row: (Channel, Bool)) throws {
        let decision = try AgreementRule.decide(
            subject: "een extra dag", madeOn: Fixtures.day("2025-03-07"), channel: row.0)
        #expect(decision.outcome.isValid == row.1)
        #expect(decision.citationKeys == ["TSO art. 2 lid 4"])
        if !row.1 {
            #expect(decision.explanation.nl.contains("een mondelinge toezegging geeft je geen recht"))
            #expect(decision.explanation.en.contains("an oral promise gives you no right"))
        }
    }
}

@Suite("Missing consent of the other parent with authority — TSO terms art. 2 lid 5")
struct MissingConsentTests {
    @Test(
        "Found between signing and start: found + 1 month, or one week before the start if less remains",
        arguments: [
            // found, deadline
            ("2025-06-10", "2025-07-10"),
            ("2025-08-01", "2025-09-01"),
            ("2025-08-02", "2025-08-25"),
            ("2025-08-20", "2025-08-25"),
            ("2025-08-25", "2025-08-25"),
            ("2025-08-29", "2025-08-29"),
        ])
    func beforeStartDeadline(row: (String, String)) throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let decision = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day(row.0), hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        #expect(decision.outcome.stage == .beforeStart)
        #expect(decision.outcome.agreementDeadline == (try Fixtures.day(row.1)))
        #expect(decision.citationKeys.first == "TSO art. 2 lid 5 sub b")
    }

    @Test(
        "Without agreement before the start, the contract does not start: a cancellation under art. 3 on the deadline"
    )
    func doesNotStart() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let early = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-06-10"), hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        guard case .doesNotStart(let earlyTerms) = early.outcome.consequence else {
            Issue.record("expected doesNotStart")
            return
        }
        #expect(earlyTerms.effectiveDate == (try Fixtures.day("2025-08-10")))
        #expect(earlyTerms.owed.isEmpty)
        #expect(early.citationKeys == ["TSO art. 2 lid 5 sub b", "TSO art. 3"])
        let late = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-08-20"), hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        guard case .doesNotStart(let lateTerms) = late.outcome.consequence else {
            Issue.record("expected doesNotStart")
            return
        }
        #expect(lateTerms.effectiveDate == (try Fixtures.day("2025-09-25")))
        #expect(lateTerms.owed.map(\.month.description) == ["2025-09"])
    }

    @Test("Agreement by the deadline (included) keeps the contract; a day later is too late")
    func agreement() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let inTime = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-06-10"), hasCourtRulingOrSettlement: false,
            agreementReachedOn: Fixtures.day("2025-07-10"))
        #expect(inTime.outcome.consequence == .none)
        let late = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-06-10"), hasCourtRulingOrSettlement: false,
            agreementReachedOn: Fixtures.day("2025-07-11"))
        #expect(late.outcome.consequence != .none)
    }

    @Test(
        "Found on or after the start: one month to agree, then termination with one month's notice (sub a)",
        arguments: [
            ("2025-09-01", "2025-10-01", "2025-11-01"),
            ("2026-01-31", "2026-03-01", "2026-04-01"),
            ("2025-12-31", "2026-01-31", "2026-03-01"),
        ])
    func afterStart(row: (String, String, String)) throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let decision = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day(row.0), hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        #expect(decision.outcome.stage == .afterStart)
        #expect(decision.outcome.agreementDeadline == (try Fixtures.day(row.1)))
        #expect(
            decision.outcome.consequence
                == .terminated(
                    endDate: try Fixtures.day(row.2).adding(days: -1),
                    firstDayWithoutContract: try Fixtures.day(row.2)))
        #expect(decision.citationKeys == ["TSO art. 2 lid 5 sub a"])
    }

    @Test("A structural change without consent: cancelled after the start, not taking effect before it")
    func change() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-08-01")
        let subject = MissingConsentRule.Subject.change(
            requestedOn: try Fixtures.day("2025-10-01"), effectiveOn: try Fixtures.day("2025-11-01"))
        let before = try MissingConsentRule.decide(
            contract: contract, subject: subject, foundOn: Fixtures.day("2025-10-10"),
            hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        #expect(before.outcome.consequence == .changeDoesNotTakeEffect)
        #expect(before.outcome.agreementDeadline == (try Fixtures.day("2025-10-25")))
        let after = try MissingConsentRule.decide(
            contract: contract, subject: subject, foundOn: Fixtures.day("2025-11-05"),
            hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        #expect(after.outcome.consequence == .changeCancelled(from: try Fixtures.day("2026-01-05")))
    }

    @Test("A court ruling or divorce settlement removes the need for consent (lid 3 sub b)")
    func courtRuling() throws {
        let contract = try Fixtures.contract(signed: "2025-06-01", start: "2025-09-01")
        let decision = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-10-01"), hasCourtRulingOrSettlement: true,
            agreementReachedOn: nil)
        #expect(decision.outcome.stage == .consentNotNeeded)
        #expect(decision.outcome.consequence == .none)
        #expect(decision.citationKeys == ["TSO art. 2 lid 3 sub b"])
    }
}
