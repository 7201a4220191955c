import Testing

@testable import ChildcareRules

/// A fictitious edition of the TSO terms, for tests only: 72 hours instead of 96 (art. 5 lid 1) and a
/// same-day cut-off of 10:00 instead of 11:00 (art. 5, extra opvang lid 1). Every other number as in 2024.
enum FixtureEdition {
    static let tso2027 = TermsEdition(
        document: .tsoTerms, effectiveDate: LocalDate(unchecked: 2027, 1, 1),
        label: Explanation(verbatim: "1 januari 2027 (fictief)", en: "1 January 2027 (fictitious)"))

    static func moved<V>(
        _ parameter: TermsParameter<V>, value: V? = nil, quote: String? = nil
    ) -> TermsParameter<V> {
        let c = parameter.citation
        return TermsParameter(
            name: parameter.name, value: value ?? parameter.value, unit: parameter.unit,
            citation: Citation(
                edition: tso2027, article: c.article, section: c.section, paragraph: c.paragraph,
                point: c.point),
            quote: quote ?? parameter.quote)
    }

    static let parameters: TSOParameters = {
        let base = TSOParameters.edition2024
        return TSOParameters(
            absenceNotice: moved(
                base.absenceNotice, value: 72, quote: "meer dan 72 uur voor de start van de opvang"),
            sameDayCutoff: moved(
                base.sameDayCutoff, value: LocalTime(uncheckedSeconds: 10 * 3600),
                quote: "aanvragen vóór 10:00 uur in de ouderapp"),
            extraCareHoursCancellation: moved(base.extraCareHoursCancellation),
            extraCareInvoiceCancellation: moved(base.extraCareInvoiceCancellation),
            swapHoursExpiry: moved(base.swapHoursExpiry), instalments: moved(base.instalments),
            monthsWithoutInvoice: moved(base.monthsWithoutInvoice),
            cancellationPeriod: moved(base.cancellationPeriod), noticePeriod: moved(base.noticePeriod),
            changePeriod: moved(base.changePeriod), paymentDefault: moved(base.paymentDefault),
            termsChangeMonths: moved(base.termsChangeMonths), termsChangeWeeks: moved(base.termsChangeWeeks),
            priceChangeMonths: moved(base.priceChangeMonths), priceChangeWeeks: moved(base.priceChangeWeeks),
            consentAgreementPeriod: moved(base.consentAgreementPeriod),
            consentNoticePeriod: moved(base.consentNoticePeriod),
            consentBeforeStartPeriod: moved(base.consentBeforeStartPeriod),
            consentLastWeekBeforeStart: moved(base.consentLastWeekBeforeStart))
    }()
}

extension TSOParameters {
    /// These parameters with the given values changed, each moved to the fixture edition.
    func changing(
        extraCareHoursCancellation hoursDays: Int? = nil,
        extraCareInvoiceCancellation invoiceDays: Int? = nil,
        noticePeriod noticeMonths: Int? = nil, priceChangeWeeks priceWeeks: Int? = nil,
        cancellationPeriod cancellationMonths: Int? = nil, changePeriod changeMonths: Int? = nil,
        paymentDefault defaultMonths: Int? = nil, consentAgreementPeriod agreementMonths: Int? = nil,
        consentNoticePeriod consentNoticeMonths: Int? = nil,
        consentLastWeekBeforeStart lastWeeks: Int? = nil
    ) -> TSOParameters {
        func change(_ parameter: TermsParameter<Int>, _ value: Int?) -> TermsParameter<Int> {
            value.map { FixtureEdition.moved(parameter, value: $0) } ?? parameter
        }
        return TSOParameters(
            absenceNotice: absenceNotice, sameDayCutoff: sameDayCutoff,
            extraCareHoursCancellation: change(extraCareHoursCancellation, hoursDays),
            extraCareInvoiceCancellation: change(extraCareInvoiceCancellation, invoiceDays),
            swapHoursExpiry: swapHoursExpiry, instalments: instalments,
            monthsWithoutInvoice: monthsWithoutInvoice,
            cancellationPeriod: change(cancellationPeriod, cancellationMonths),
            noticePeriod: change(noticePeriod, noticeMonths),
            changePeriod: change(changePeriod, changeMonths),
            paymentDefault: change(paymentDefault, defaultMonths), termsChangeMonths: termsChangeMonths,
            termsChangeWeeks: termsChangeWeeks, priceChangeMonths: priceChangeMonths,
            priceChangeWeeks: change(priceChangeWeeks, priceWeeks),
            consentAgreementPeriod: change(consentAgreementPeriod, agreementMonths),
            consentNoticePeriod: change(consentNoticePeriod, consentNoticeMonths),
            consentBeforeStartPeriod: consentBeforeStartPeriod,
            consentLastWeekBeforeStart: change(consentLastWeekBeforeStart, lastWeeks))
    }
}

@Suite("The numbers of the TSO terms as parameters with their sources (TSO terms art. 3, 5, 6, 7, 8, 10)")
struct TSOParametersTests {
    @Test("Every parameter of the 2024 edition quotes its clause verbatim, and the clause is in the registry")
    func quotesAreVerbatim() throws {
        for row in TSOParameters.edition2024.table {
            let clause = try #require(
                ClauseRegistry.clause(forKey: row.clauseKey), "\(row.name): \(row.clauseKey)")
            #expect(clause.text.contains(row.quote), "\(row.name): “\(row.quote)” is not in \(row.clauseKey)")
        }
    }

    @Test("Parameter names are unique, and every parameter belongs to the edition it is listed under")
    func namesAndEdition() {
        let table = TSOParameters.edition2024.table
        #expect(Set(table.map(\.name)).count == table.count)
        #expect(TSOParameters.edition2024.edition == .tso2024)
        #expect(TSOParameters.edition2024.absenceNotice.startDate == LocalDate(unchecked: 2024, 8, 1))
        #expect(TSOParameters.edition2024.absenceNotice.clauseKey == "TSO art. 5 lid 1")
    }

    @Test(
        "The numbers the terms write in digits are the values of their parameters",
        arguments: [
            (TSOParameters.edition2024.absenceNotice.value, TSOParameters.edition2024.absenceNotice.quote),
            (
                TSOParameters.edition2024.extraCareHoursCancellation.value,
                TSOParameters.edition2024.extraCareHoursCancellation.quote
            ),
            (
                TSOParameters.edition2024.extraCareInvoiceCancellation.value,
                TSOParameters.edition2024.extraCareInvoiceCancellation.quote
            ),
            (TSOParameters.edition2024.instalments.value, TSOParameters.edition2024.instalments.quote),
            (
                TSOParameters.edition2024.swapHoursExpiry.value.day,
                TSOParameters.edition2024.swapHoursExpiry.quote
            ),
        ])
    func digitsMatch(value: Int, quote: String) {
        #expect(quote.contains("\(value) "))
    }

    @Test("The rules read the parameters: the 2024 values are the ones the rules expose")
    func rulesReadParameters() {
        #expect(NinetySixHourRule.hours == 96)
        #expect(ExtraCareRequestRule.sameDayCutoff.hourMinute == "11:00")
        #expect(BillingSchedule.instalmentCount == 10)
    }

    @Test("A date before the first edition has no parameters: a typed error, never a default")
    func beforeFirstEdition() throws {
        let error = #expect(throws: RulesError.self) {
            try TSOParameters.inForce(on: LocalDate("2024-07-31"))
        }
        #expect(error?.code == .beforeFirstEdition)
        #expect(try TSOParameters.inForce(on: LocalDate("2024-08-01")) == .edition2024)
    }
}

@Suite("A fictitious 2027 edition switches the rules (TSO terms art. 5 lid 1; art. 5, extra opvang lid 1)")
struct FixtureEditionTests {
    static let careDay = "2026-11-02"  // a Monday with care at 12:00 in the fixture contract

    @Test(
        "An absence reported 80 hours ahead earns nothing under the 2024 edition and the day's hours under 72 hours"
    )
    func eightyHoursAhead() throws {
        let contract = try SwapHoursFixtures.contract()
        let school = try SwapHoursFixtures.school()
        let reported = try LocalDateTime("2026-10-30T04:00")  // 80 hours before Monday 2 November 12:00
        let under2024 = try AbsenceRule.decide(
            date: LocalDate(Self.careDay), contract: contract, school: school, reported: reported)
        let underFixture = try AbsenceRule.decide(
            date: LocalDate(Self.careDay), contract: contract, school: school, reported: reported,
            parameters: FixtureEdition.parameters)
        #expect(!under2024.outcome.earnsHours)
        #expect(underFixture.outcome.earnsHours)
        #expect(underFixture.outcome.earnedMinutes == 60)
        #expect(underFixture.outcome.deadline?.description == "2026-10-30T12:00:00+01:00")
        #expect(underFixture.citations.first?.edition == FixtureEdition.tso2027)
        #expect(underFixture.explanation.nl.contains("meer dan 72 uur"))
        #expect(underFixture.explanation.en.contains("more than 72 hours"))
        #expect(under2024.citations.first?.edition == .tso2024)
    }

    @Test(
        "The 72-hour deadline keeps the later reading around a clock change (I-001): 3 days at the same clock time"
    )
    func clockChange() throws {
        // Care Tuesday 31 March 2026 12:00+02:00; 72 elapsed hours back is Saturday 28 March 11:00+01:00,
        // 3 days back at the same clock time is 12:00+01:00: the later one is the deadline.
        let computation = try NinetySixHourRule.computation(
            careStart: LocalDateTime("2026-03-31T12:00"), parameters: FixtureEdition.parameters)
        #expect(computation.readingsDiffer)
        #expect(computation.elapsedReading.description == "2026-03-28T11:00:00+01:00")
        #expect(computation.deadline.description == "2026-03-28T12:00:00+01:00")
    }

    @Test(
        "A same-day extra-care request at 10:30 is in time under the 2024 edition and late under 10:00",
        arguments: [("2026-11-02T09:59:59", true, true), ("2026-11-02T10:30", true, false)])
    func sameDayCutoff(requested: String, in2024: Bool, inFixture: Bool) throws {
        func decide(_ parameters: TSOParameters?) throws -> Decision<ExtraCareRequestOutcome> {
            try ExtraCareRequestRule.decide(
                contract: SwapHoursFixtures.contract(), school: .none,
                careStart: LocalDateTime("2026-11-02T13:00"), minutes: 60,
                requested: LocalDateTime(requested), withHours: false, availableMinutes: 0,
                parameters: parameters)
        }
        #expect(try decide(nil).outcome.isAccepted == in2024)
        let fixture = try decide(FixtureEdition.parameters)
        #expect(fixture.outcome.isAccepted == inFixture)
        #expect(fixture.deadlines.first?.moment.description == "2026-11-02T10:00:00+01:00")
        #expect(fixture.citations.first?.edition == FixtureEdition.tso2027)
    }
}

@Suite(
    "Extra-care cancellation reads its days from the edition (TSO terms art. 5, extra opvang lid 6 sub a and b)"
)
struct ExtraCareCancellationParameterTests {
    static func edition(hoursDays: Int, invoiceDays: Int) -> TSOParameters {
        FixtureEdition.parameters.changing(
            extraCareHoursCancellation: hoursDays, extraCareInvoiceCancellation: invoiceDays)
    }

    @Test("Cancelling paid-with-hours extra care 3 days ahead returns the hours under 3 days, not under 4")
    func hoursBack() throws {
        func decide(_ parameters: TSOParameters?) throws -> Decision<ExtraCareCancellationOutcome> {
            try ExtraCareCancellationRule.decide(
                careStart: LocalDateTime("2026-11-02T12:00"), cancelled: LocalDateTime("2026-10-30T12:00"),
                paidWith: .hours, channel: .app, minutes: 60, parameters: parameters)
        }
        let under2024 = try decide(nil)
        let underThree = try decide(Self.edition(hoursDays: 3, invoiceDays: 7))
        #expect(!under2024.outcome.hoursBack)
        #expect(under2024.explanation.nl.contains("4 dagen, 96 uur vooraf"))
        #expect(underThree.outcome.hoursBack)
        #expect(underThree.outcome.deadline.description == "2026-10-30T12:00:00+01:00")
        #expect(underThree.explanation.en.contains("3 days, 72 hours ahead"))
        #expect(underThree.citations.first?.edition == FixtureEdition.tso2027)
    }

    @Test(
        "Cancelling invoiced extra care by e-mail 5 days ahead earns makeup hours under 5 days, not under 7")
    func invoiceDays() throws {
        func decide(_ parameters: TSOParameters?) throws -> Decision<ExtraCareCancellationOutcome> {
            try ExtraCareCancellationRule.decide(
                careStart: LocalDateTime("2026-11-09T12:00"), cancelled: LocalDateTime("2026-11-04T09:00"),
                paidWith: .invoice, channel: .email, minutes: 60, parameters: parameters)
        }
        #expect(try !decide(nil).outcome.hoursBack)
        let underFive = try decide(Self.edition(hoursDays: 4, invoiceDays: 5))
        #expect(underFive.outcome.hoursBack)
        #expect(underFive.outcome.deadline.description == "2026-11-04T23:59:59+01:00")
    }
}

@Suite(
    "Notice periods read their months and weeks from the edition (TSO terms art. 3, 7, 8 lid 1 and 2, 10 lid 2)"
)
struct NoticePeriodParameterTests {
    /// The fixture edition with a notice period of `noticeMonths` and price-change weeks of `priceWeeks`.
    static func edition(noticeMonths: Int, priceWeeks: Int) -> TSOParameters {
        FixtureEdition.parameters.changing(noticePeriod: noticeMonths, priceChangeWeeks: priceWeeks)
    }

    @Test(
        "A termination received 31 December ends per 31 January under one month, per 28 February under two",
        arguments: [(1, "2027-01-31", "een maand"), (2, "2027-02-28", "2 maanden")])
    func termination(months: Int, per: String, phrase: String) throws {
        let parameters = Self.edition(noticeMonths: months, priceWeeks: 1)
        let decision = try NoticePeriod.decide(
            .termination, from: LocalDate("2026-12-31"), parameters: parameters)
        #expect(try decision.outcome.date == LocalDate(per))
        #expect(decision.explanation.nl.contains("De opzegtermijn is \(phrase)"))
        #expect(decision.citations.first?.edition == FixtureEdition.tso2027)
    }

    @Test("A price change announced 31 January applies from 8 March under one week, from 15 March under two")
    func priceChange() throws {
        let oneWeek = try NoticePeriod.decide(.priceChange, from: LocalDate("2026-01-31"))
        #expect(try oneWeek.outcome.date == LocalDate("2026-03-08"))
        #expect(oneWeek.explanation.nl.contains("één kalendermaand plus één week"))
        let twoWeeks = try NoticePeriod.decide(
            .priceChange, from: LocalDate("2026-01-31"),
            parameters: Self.edition(noticeMonths: 1, priceWeeks: 2))
        #expect(try twoWeeks.outcome.date == LocalDate("2026-03-15"))
        #expect(twoWeeks.explanation.en.contains("one calendar month plus 2 weeks"))
    }

    @Test("Without parameters, a notice dated before 1 August 2024 is a typed error, not the 2024 periods")
    func beforeFirstEdition() {
        #expect(throws: RulesError.self) {
            try NoticePeriod.decide(.termination, from: LocalDate(unchecked: 2024, 7, 31))
        }
    }
}

@Suite(
    "The contract rules read their periods from the edition (TSO terms art. 2 lid 5, art. 3, art. 8 lid 1, 2 and 5)"
)
struct ContractParameterTests {
    static let fixture = FixtureEdition.parameters

    @Test(
        "A termination received 31 December 2026 ends per 31 January under one month, per 28 February under two",
        arguments: [(1, "2027-01-30", "een maand"), (2, "2027-02-27", "2 maanden")])
    func parentTermination(months: Int, lastDay: String, phrase: String) throws {
        let contract = try Fixtures.contract(signed: "2026-06-01", start: "2026-08-01")
        let decision = try ParentTerminationRule.decide(
            contract: contract, receivedOn: LocalDate("2026-12-31"), channel: .onlineForm,
            parameters: Self.fixture.changing(noticePeriod: months))
        #expect(try decision.outcome.endDate == LocalDate(lastDay))
        #expect(decision.explanation.nl.contains("De opzegtermijn is \(phrase)"))
        #expect(decision.citations.first?.edition == FixtureEdition.tso2027)
    }

    @Test("A cancellation received 10 June takes effect on 10 July under one month, on 10 August under two")
    func cancellation() throws {
        let contract = try Fixtures.contract(signed: "2026-06-01", start: "2026-09-01")
        let received = try LocalDate("2026-06-10")
        let one = try CancellationRule.decide(contract: contract, receivedOn: received, channel: .email)
        let two = try CancellationRule.decide(
            contract: contract, receivedOn: received, channel: .email,
            parameters: Self.fixture.changing(cancellationPeriod: 2))
        #expect(try one.outcome.terms?.effectiveDate == LocalDate("2026-07-10"))
        #expect(try two.outcome.terms?.effectiveDate == LocalDate("2026-08-10"))
        #expect(two.explanation.nl.contains("De annuleringstermijn is 2 maanden"))
    }

    @Test("A change received 31 March takes effect on 30 April under one month, on 31 May under two")
    func contractChange() throws {
        let received = try LocalDate("2026-03-31")
        let one = try ContractChangeRule.decide(receivedOn: received, channel: .onlineForm)
        let two = try ContractChangeRule.decide(
            receivedOn: received, channel: .onlineForm, parameters: Self.fixture.changing(changePeriod: 2))
        guard case .accepted(let first) = one.outcome, case .accepted(let second) = two.outcome else {
            Issue.record("both changes are in writing and accepted")
            return
        }
        #expect(try first.effectiveDate == LocalDate("2026-04-30"))
        #expect(try second.effectiveDate == LocalDate("2026-05-31"))
        #expect(two.explanation.en.contains("The change period is 2 months"))
    }

    @Test("A default that began 10 January is a ground on 10 February under one month, not under two")
    func paymentDefault() throws {
        let since = try LocalDate("2027-01-10")
        let notice = try LocalDate("2027-02-10")
        let one = try PaymentDefaultRule.decide(
            since: since, paidOn: nil, noticeOn: notice, parameters: Self.fixture)
        let two = try PaymentDefaultRule.decide(
            since: since, paidOn: nil, noticeOn: notice, parameters: Self.fixture.changing(paymentDefault: 2))
        #expect(one.outcome.isGround)
        #expect(!two.outcome.isGround)
        #expect(try two.outcome.oneMonthReachedOn == LocalDate("2027-03-10"))
        #expect(two.explanation.nl.contains("2 maanden verzuim is bereikt"))
    }

    @Test(
        "Partou's own notice of 31 January ends the contract per 1 March under one month, per 31 March under two"
    )
    func providerTermination() throws {
        let contract = try Fixtures.contract(signed: "2026-06-01", start: "2026-08-01")
        let reason = ProviderTerminationReason.unableToPerform
        let one = try ProviderTerminationRule.decide(
            contract: contract, reason: reason, noticeOn: LocalDate("2027-01-31"), parameters: Self.fixture)
        let two = try ProviderTerminationRule.decide(
            contract: contract, reason: reason, noticeOn: LocalDate("2027-01-31"),
            parameters: Self.fixture.changing(noticePeriod: 2))
        #expect(try one.outcome.end?.firstDayWithoutContract == LocalDate("2027-03-01"))
        #expect(try two.outcome.end?.firstDayWithoutContract == LocalDate("2027-03-31"))
        #expect(two.explanation.en.contains("With 2 months' notice"))
    }

    @Test(
        "Missing consent found after the start: the parents get the edition's month to agree, then its notice"
    )
    func missingConsentAfterStart() throws {
        let contract = try Fixtures.contract(signed: "2026-06-01", start: "2026-08-01")
        let decision = try MissingConsentRule.decide(
            contract: contract, foundOn: LocalDate("2027-01-10"), hasCourtRulingOrSettlement: false,
            agreementReachedOn: nil,
            parameters: Self.fixture.changing(consentAgreementPeriod: 2, consentNoticePeriod: 3))
        #expect(try decision.outcome.agreementDeadline == LocalDate("2027-03-10"))
        #expect(
            try decision.outcome.consequence
                == .terminated(
                    endDate: LocalDate("2027-06-09"), firstDayWithoutContract: LocalDate("2027-06-10")))
        #expect(decision.explanation.nl.contains("Jullie hebben 2 maanden om het eens te worden"))
    }

    @Test("Missing consent found shortly before the start: agree by the edition's weeks before the start")
    func missingConsentBeforeStart() throws {
        let contract = try Fixtures.contract(signed: "2027-01-04", start: "2027-02-01")
        let found = try LocalDate("2027-01-10")
        let one = try MissingConsentRule.decide(
            contract: contract, foundOn: found, hasCourtRulingOrSettlement: false, agreementReachedOn: nil,
            parameters: Self.fixture)
        let two = try MissingConsentRule.decide(
            contract: contract, foundOn: found, hasCourtRulingOrSettlement: false, agreementReachedOn: nil,
            parameters: Self.fixture.changing(consentLastWeekBeforeStart: 2))
        #expect(try one.outcome.agreementDeadline == LocalDate("2027-01-25"))
        #expect(try two.outcome.agreementDeadline == LocalDate("2027-01-18"))
        #expect(two.explanation.nl.contains("uiterlijk 2 weken voor de start"))
        #expect(one.explanation.nl.contains("uiterlijk een week voor de start"))
    }
}
