import Testing

@testable import ChildcareRules

@Suite("One care calendar behind every entry point (TSO terms art. 4 lid 2 to 4; art. 5 lid 1; extra opvang)")
struct CareCalendarEntryPointTests {
    /// The autumn holiday 17–25 October 2026, a closure day on 9 October 2026 announced at the start of the
    /// school year, and one on Thursday 12 November 2026 announced on 20 October 2026.
    static var school: SchoolCalendar {
        get throws {
            SchoolCalendar(
                schoolHolidays: [
                    try DateRange(first: LocalDate("2026-10-17"), last: LocalDate("2026-10-25"))
                ],
                closures: [
                    ClosureDay(date: try LocalDate("2026-10-09")),
                    ClosureDay(date: try LocalDate("2026-11-12"), announced: try LocalDate("2026-10-20")),
                ])
        }
    }

    @Test(
        "An absence on a day without care earns 0 minutes and names the reason: Koningsdag, a Saturday, a closure day, a school holiday, a weekday without care (art. 4 lid 2 to 4)",
        arguments: [
            ("2026-04-27", "notACareDay.tsoHoliday", "feestdag"),
            ("2026-03-28", "notACareDay.weekend", "weekend"),
            ("2026-10-09", "notACareDay.schoolClosureDay", "schoolsluitingsdag"),
            ("2026-10-19", "notACareDay.schoolHoliday", "schoolvakantie"),
            ("2026-03-18", "notACareDay.notScheduled", "geen opvangdag"),
        ])
    func noCareDay(date: String, reason: String, word: String) throws {
        let decision = try AbsenceRule.decide(
            date: LocalDate(date), contract: SwapHoursFixtures.contract(), school: try Self.school,
            reported: LocalDateTime("2026-03-01T09:00"))
        #expect(decision.outcome.earnedMinutes == 0)
        #expect(decision.outcome.reason.code == reason)
        #expect(decision.explanation.nl.contains(word))
        #expect(decision.explanation.nl.contains("0 minuten"))
        #expect(decision.explanation.en.contains("0 minutes"))
        #expect(decision.explanation.nl.contains(" 2026"))
    }

    @Test(
        "The 96-hour timing of an absence takes the calendar: a Saturday or Koningsdag has no deadline (art. 4 lid 2 and 3)"
    )
    func timingTakesTheCalendar() throws {
        for date in ["2026-03-28", "2026-04-27"] {
            let error = #expect(throws: RulesError.self) {
                try NinetySixHourRule.absence(
                    date: LocalDate(date), contract: SwapHoursFixtures.contract(), school: .none,
                    reported: LocalDateTime("2026-03-01T09:00"))
            }
            #expect(error?.code == .invalidArgument)
        }
        let monday = try NinetySixHourRule.absence(
            date: LocalDate("2026-03-30"), contract: SwapHoursFixtures.contract(), school: .none,
            reported: LocalDateTime("2026-03-26T12:40"))
        #expect(!monday.outcome.isInTime)
        #expect(monday.outcome.deadline.description == "2026-03-26T12:00:00+01:00")
    }

    @Test(
        "A closure day counts as announced at the start of the school year when announced on or before 1 August of its school year (art. 4 lid 1 and 2, I-230)",
        arguments: [("2026-08-01", true), ("2026-08-02", false), ("2026-02-10", true), ("2027-02-10", false)])
    func announcementBoundary(announced: String, atStart: Bool) throws {
        let closure = ClosureDay(date: try LocalDate("2027-03-05"), announced: try LocalDate(announced))
        #expect(closure.startOfSchoolYear == (try LocalDate("2026-08-01")))
        #expect(closure.isAnnouncedAtStartOfSchoolYear == atStart)
        #expect(ClosureDay(date: try LocalDate("2027-03-05")).isAnnouncedAtStartOfSchoolYear)
        #expect(
            SchoolCalendar(closureDays: [try LocalDate("2027-03-05")]).closures == [
                ClosureDay(date: try LocalDate("2027-03-05"))
            ])
    }

    @Test(
        "A closure day announced after the start of the school year earns the day's minutes whatever the timing or channel; one announced by 1 August earns nothing (art. 4 lid 4, I-230)"
    )
    func lateClosureEarns() throws {
        let contract = try SwapHoursFixtures.contract()
        for (reported, channel) in [("2026-11-12T11:30", Channel.app), ("2026-11-11T09:00", .staff)] {
            let decision = try AbsenceRule.decide(
                date: LocalDate("2026-11-12"), contract: contract, school: try Self.school,
                reported: LocalDateTime(reported), channel: channel)
            #expect(decision.outcome.earnedMinutes == 60)
            #expect(decision.outcome.reason == .closureDayAnnouncedLate)
            #expect(decision.citations.map(\.key) == ["TSO art. 4 lid 2", "TSO art. 4 lid 4"])
            #expect(decision.explanation.nl.contains("dinsdag 20 oktober 2026"))
            #expect(decision.explanation.en.contains("Tuesday 20 October 2026"))
            #expect(decision.outcome.ledgerCommand(for: contract) != nil)
        }
        let onTime = SchoolCalendar(
            closures: [ClosureDay(date: try LocalDate("2026-11-12"), announced: try LocalDate("2026-08-01"))])
        let announced = try AbsenceRule.decide(
            date: LocalDate("2026-11-12"), contract: contract, school: onTime,
            reported: LocalDateTime("2026-10-01T09:00"))
        #expect(announced.outcome.earnedMinutes == 0)
        #expect(announced.outcome.reason == .notACareDay(.schoolClosureDay))
        let credit = try CareCalendar.closureCredit(
            on: LocalDate("2026-11-12"), contract: contract, school: try Self.school, child: "Noor")
        #expect(credit.outcome.minutes == 60)
        #expect(credit.explanation.nl.contains("Noor"))
        let none = try CareCalendar.closureCredit(
            on: LocalDate("2026-11-12"), contract: contract, school: onTime)
        #expect(none.outcome.minutes == 0)
    }

    @Test(
        "Extra care on a day without TSO is refused, not invoiced: 25 December, a Saturday, a school holiday, a closure day (art. 4 lid 2 and 3, I-120)",
        arguments: [
            ("2026-12-25T12:00", "dayWithoutCare.tsoHoliday"), ("2026-03-28T12:00", "dayWithoutCare.weekend"),
            ("2026-10-21T12:00", "dayWithoutCare.schoolHoliday"),
            ("2026-10-09T13:00", "dayWithoutCare.schoolClosureDay"),
            ("2026-11-12T13:00", "dayWithoutCare.closureDayAnnouncedLate"),
        ])
    func extraCareOnADayWithoutCare(careStart: String, refusal: String) throws {
        let decision = try ExtraCareRequestRule.decide(
            contract: SwapHoursFixtures.contract(), school: try Self.school,
            careStart: LocalDateTime(careStart),
            minutes: 60, requested: LocalDateTime("2026-03-01T09:00"), withHours: true, availableMinutes: 600)
        #expect(!decision.outcome.isAccepted)
        #expect(decision.outcome.refusal?.code == refusal)
        #expect(decision.outcome.charge.minutes == 0)
        #expect(decision.outcome.hoursMinutes == 0)
        #expect(decision.citedKeys.contains("TSO art. 4 lid 2"))
        #expect(decision.explanation.nl.contains("geen factuur"))
        #expect(decision.explanation.en.contains("not invoiced"))
    }

    @Test(
        "Extra care on a school day outside the schedule is accepted; overlapping the contracted slot by one minute is refused as already scheduled, right after it is accepted (art. 6 lid 1, I-120)",
        arguments: [
            ("2026-03-18T12:00", 60, nil), ("2026-03-16T12:00", 60, "alreadyScheduled"),
            ("2026-03-16T11:00", 61, "alreadyScheduled"), ("2026-03-16T12:59", 30, "alreadyScheduled"),
            ("2026-03-16T11:00", 60, nil), ("2026-03-16T13:00", 60, nil),
        ] as [(String, Int, String?)])
    func overlap(careStart: String, minutes: Int, refusal: String?) throws {
        let decision = try ExtraCareRequestRule.decide(
            contract: SwapHoursFixtures.contract(), school: try Self.school,
            careStart: LocalDateTime(careStart),
            minutes: minutes, requested: LocalDateTime("2026-03-01T09:00"), withHours: true,
            availableMinutes: 600)
        #expect(decision.outcome.refusal?.code == refusal)
        if refusal != nil {
            #expect(decision.outcome.charge.minutes == 0)
            #expect(decision.citedKeys.contains("TSO art. 6 lid 1"))
            #expect(decision.explanation.nl.contains("12:00 tot 13:00"))
        }
    }

    @Test("Extra care in the contracted slot draws no hours from the ledger (art. 6 lid 1, I-120)")
    func alreadyScheduledDrawsNothing() throws {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        let account = LedgerAccount(contract)
        try desk.record(
            .earn(account, careDate: LocalDate("2026-03-03"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-02-20T09:00"))
        let request = try desk.request(
            "xc", contract: contract, school: try Self.school, careStart: LocalDateTime("2026-03-16T12:00"),
            minutes: 60,
            requested: LocalDateTime("2026-03-02T09:00"), withHours: true, key: "req")
        #expect(
            request.outcome.refusal
                == .alreadyScheduled(CareSession(start: try LocalTime("12:00"), minutes: 60)))
        #expect(desk.ledger.balance(of: account).available == 60)
        #expect(desk.bookings.isEmpty)
    }
}
