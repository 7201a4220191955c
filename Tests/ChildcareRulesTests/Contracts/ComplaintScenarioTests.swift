import ChildcareRules
import Testing

/// Complaints of the 2023 report (see `Docs/ComplaintsCatalogue.md`), decided under the TSO terms
/// of 1 August 2024. The report gives few dates; where a date is needed it is invented, and moved into
/// the period of the 2024 terms, since the library refuses dates before their first edition.
@Suite("Complaint scenarios — contracts and billing, TSO terms art. 2 to 8")
struct ComplaintScenarioTests {
    @Test(
        "Complaints report line 5039: a termination by e-mail ends the contract one month after receipt (art. 6:237 sub m BW, I-231)"
    )
    func terminationByEmail() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let email = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-05-02"), channel: .email)
        #expect(email.outcome.endDate == (try Fixtures.day("2025-06-01")))
        #expect(email.outcome.end?.firstDayWithoutContract == (try Fixtures.day("2025-06-02")))
        #expect(email.citationKeys.first == "BW art. 6:237 sub m")
        let form = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-05-10"), channel: .onlineForm)
        #expect(form.outcome.endDate == (try Fixtures.day("2025-06-09")))
        #expect(form.outcome.end?.firstDayWithoutContract == (try Fixtures.day("2025-06-10")))
    }

    @Test("Complaints report line 4646: a request to terminate immediately ends after one month's notice")
    func immediateTermination() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-02-14"), channel: .onlineForm,
            requestedEndDate: Fixtures.day("2025-02-14"))
        #expect(decision.outcome.endDate == (try Fixtures.day("2025-03-13")))
        #expect(decision.outcome.end?.firstDayWithoutContract == (try Fixtures.day("2025-03-14")))
        #expect(decision.explanation.en.contains("earlier than the notice period allows"))
    }

    @Test(
        "Complaints report line 11601: no retroactive end; the form received 7 February ends the contract per 7 March"
    )
    func retroactiveTermination() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-02-07"), channel: .onlineForm,
            requestedEndDate: Fixtures.day("2024-12-22"))
        #expect(decision.outcome.endDate == (try Fixtures.day("2025-03-06")))
        #expect(decision.outcome.end?.firstDayWithoutContract == (try Fixtures.day("2025-03-07")))
    }

    @Test(
        "Complaints report line 8268: cancellation costs shortly before the start are the September instalment"
    )
    func cancellationCosts() throws {
        let contract = try Fixtures.contract(signed: "2024-08-05", start: "2024-09-01")
        let decision = try CancellationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2024-08-20"), channel: .email)
        let terms = try #require(decision.outcome.terms)
        #expect(terms.effectiveDate == (try Fixtures.day("2024-09-20")))
        #expect(terms.owed == [Instalment(month: try YearMonth("2024-09"), amount: Money(cents: 12_345))])
        #expect(decision.explanation.nl.contains("september 2024 (€ 123,45)"))
    }

    @Test(
        "Complaints report line 16395: cancelling by phone shortly before the start does not count, nor do phone answers"
    )
    func cancellationByPhone() throws {
        let contract = try Fixtures.contract(signed: "2024-08-05", start: "2024-09-02")
        let phone = try CancellationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2024-08-26"), channel: .phone)
        #expect(phone.outcome == .rejected(.notInWriting(.phone)))
        let answer = try AgreementRule.decide(
            subject: "geen annuleringskosten", madeOn: Fixtures.day("2024-08-26"), channel: .phone)
        #expect(!answer.outcome.isValid)
    }

    @Test("Complaints report line 4321: termination after more than one month of payment default is allowed")
    func paymentDefault() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let decision = try ProviderTerminationRule.decide(
            contract: contract, reason: .paymentDefault(since: Fixtures.day("2025-03-01"), paidOn: nil),
            noticeOn: Fixtures.day("2025-04-05"))
        #expect(
            decision.outcome
                == .allowed(
                    point: "a", endDate: try Fixtures.day("2025-05-04"),
                    firstDayWithoutContract: try Fixtures.day("2025-05-05")))
        #expect(
            decision.deadlines.map(\.moment.local.date) == [
                try Fixtures.day("2025-04-01"), try Fixtures.day("2025-05-04"),
                try Fixtures.day("2025-05-05"),
            ])
    }

    @Test(
        "Complaints report line 14346: paid two days after the debit date, so no month of default and no ground"
    )
    func paidLate() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let decision = try ProviderTerminationRule.decide(
            contract: contract,
            reason: .paymentDefault(since: Fixtures.day("2025-03-01"), paidOn: Fixtures.day("2025-03-03")),
            noticeOn: Fixtures.day("2025-03-10"))
        #expect(decision.outcome == .rejected(.defaultPaidOff(paidOn: try Fixtures.day("2025-03-03"))))
    }

    @Test(
        "Complaints report line 12872: a change requested in November takes effect in December; January is late"
    )
    func changeAppliedLate() throws {
        let decision = try ContractChangeRule.decide(
            receivedOn: Fixtures.day("2024-11-01"), channel: .onlineForm,
            appliedOn: Fixtures.day("2025-01-01"))
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("rejected")
            return
        }
        #expect(terms.effectiveDate == (try Fixtures.day("2024-12-01")))
        #expect(terms.isAppliedLate)
    }

    @Test(
        "Complaints report line 8462: the 2023 tariffs predate the 2024 terms; their arithmetic allows 1 January"
    )
    func tariffs2023() throws {
        let error = #expect(throws: RulesError.self) {
            try PriceChangeRule.decide(
                announcedOn: Fixtures.day("2023-11-20"), proposedEffectiveDate: Fixtures.day("2024-01-01"))
        }
        #expect(error?.code == .beforeFirstEdition)
        #expect(
            try NoticePeriod.earliestEffectiveDate(for: .priceChange, from: Fixtures.day("2023-11-20"))
                == Fixtures.day("2023-12-27"))
    }

    @Test("Complaints report line 14013: a tariff change announced on 1 December cannot apply on 1 January")
    func tariffs2024() throws {
        let late = try PriceChangeRule.decide(
            announcedOn: Fixtures.day("2024-12-01"), proposedEffectiveDate: Fixtures.day("2025-01-01"))
        #expect(late.outcome.isContraryToArticle7)
        #expect(late.outcome.effectiveDate == (try Fixtures.day("2025-01-08")))
        let inTime = try PriceChangeRule.decide(
            announcedOn: Fixtures.day("2024-11-20"), proposedEffectiveDate: Fixtures.day("2025-01-01"))
        #expect(!inTime.outcome.isContraryToArticle7)
    }

    @Test(
        "Complaints report line 5483: placement without consent, found 1 April; no agreement by 1 May; ends 1 June"
    )
    func missingConsent() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let decision = try MissingConsentRule.decide(
            contract: contract, foundOn: Fixtures.day("2025-04-01"), hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil)
        #expect(decision.outcome.agreementDeadline == (try Fixtures.day("2025-05-01")))
        #expect(
            decision.outcome.consequence
                == .terminated(
                    endDate: try Fixtures.day("2025-05-31"),
                    firstDayWithoutContract: try Fixtures.day("2025-06-01")))
    }

    @Test("Complaints report line 14942: an extra day promised orally gives no right")
    func oralPromise() throws {
        let decision = try AgreementRule.decide(
            subject: "een extra opvangdag", madeOn: Fixtures.day("2025-03-07"), channel: .oral)
        #expect(!decision.outcome.isValid)
        #expect(decision.explanation.nl.contains("geeft je geen recht"))
    }

    @Test(
        "Complaints report line 410: terminated on 10 March for illness; April is still billed, nothing refunded"
    )
    func illnessTermination() throws {
        let contract = try Fixtures.contract(signed: "2024-08-15", start: "2024-09-02")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: Fixtures.day("2025-03-10"), channel: .onlineForm)
        guard case .accepted(let terms) = decision.outcome else {
            Issue.record("rejected")
            return
        }
        #expect(terms.endDate == (try Fixtures.day("2025-04-09")))
        #expect(terms.instalmentsStillDue.map(\.month.description) == ["2025-04"])
        let refund = try RefundRule.decide(.unusedHoursAfterTermination, on: terms.endDate)
        #expect(refund.outcome == .excluded)
    }

    @Test("Complaints report line 685: a school closure day gives no care, no swap hours and no refund")
    func closureDay() throws {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let contract = try Contract(
            id: "c-685", contractParent: "p", child: "k", service: .tso, location: "l",
            signingDate: Fixtures.day("2024-08-15"), startDate: Fixtures.day("2024-09-02"),
            schedule: try WeeklySchedule([.friday: session]), annualAmount: Money(cents: 50_000),
            hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
        let closure = try Fixtures.day("2024-10-25")
        let school = SchoolCalendar(closureDays: [closure])
        let day = try CareCalendar.day(closure, contract: contract, school: school)
        #expect(
            day
                == .noCare(
                    SkippedDay(
                        date: closure, reason: .schoolClosureDay, contractedMinutes: 60,
                        closure: ClosureDay(date: closure))))
        #expect(try RefundRule.decide(.holidayOrClosureDay, on: closure).outcome == .excluded)
    }

    @Test(
        "Complaints report line 2410: care cancelled after staff sickness is force majeure; no refund is owed"
    )
    func forceMajeure() throws {
        let decision = try RefundRule.decide(
            .forceMajeure(partouDidEverythingPossible: true), on: Fixtures.day("2025-03-11"))
        #expect(decision.outcome == .excluded)
        #expect(decision.citationKeys == ["TSO art. 6 lid 6"])
    }
}
