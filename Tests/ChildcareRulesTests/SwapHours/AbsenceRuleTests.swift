import Testing

@testable import ChildcareRules

@Suite("Swap hours: earning by reporting an absence (TSO terms art. 5 lid 1; art. 4 lid 2 and 4)")
struct AbsenceRuleTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let careStart: String
        let reported: String
        let earns: Bool
        let note: String
        var testDescription: String { "\(note): report \(reported) for \(careStart) earns \(earns)" }
    }

    /// 96-hour boundaries (art. 5 lid 1, "meer dan 96 uur"; I-001 later reading; I-002 strict).
    static let boundaries: [Row] = [
        Row(
            careStart: "2026-03-10T12:00", reported: "2026-03-06T11:59:59", earns: true,
            note: "96:00:01 before"),
        Row(
            careStart: "2026-03-10T12:00", reported: "2026-03-06T12:00:00", earns: false,
            note: "exactly 96:00:00"),
        Row(
            careStart: "2026-03-10T12:00", reported: "2026-03-06T12:00:01", earns: false,
            note: "95:59:59 before"),
        // Spring clock change (29 March 2026): deadline is Thu 26 March 12:00+01:00 (4 days, same clock time).
        Row(
            careStart: "2026-03-30T12:00", reported: "2026-03-26T11:59:59", earns: true,
            note: "spring, 1 s before"),
        Row(
            careStart: "2026-03-30T12:00", reported: "2026-03-26T12:00:00", earns: false,
            note: "spring, at deadline"),
        Row(
            careStart: "2026-03-30T12:00", reported: "2026-03-26T12:00:01", earns: false,
            note: "spring, 1 s after"),
        Row(
            careStart: "2026-03-30T12:00", reported: "2026-03-26T11:00:00", earns: true,
            note: "spring, elapsed 96:00:00"),
        Row(
            careStart: "2026-03-30T12:00", reported: "2026-03-26T10:59:59", earns: true,
            note: "spring, elapsed 96:00:01"),
        // Autumn clock change (25 October 2026): deadline is Thu 22 October 13:00+02:00 (96 elapsed hours).
        Row(
            careStart: "2026-10-26T12:00", reported: "2026-10-22T12:59:59", earns: true,
            note: "autumn, 96:00:01"),
        Row(
            careStart: "2026-10-26T12:00", reported: "2026-10-22T13:00:00", earns: false,
            note: "autumn, 96:00:00"),
        Row(
            careStart: "2026-10-26T12:00", reported: "2026-10-22T13:00:01", earns: false,
            note: "autumn, 95:59:59"),
    ]

    @Test("A report earns the day's minutes only strictly before the 96-hour deadline", arguments: boundaries)
    func boundary(row: Row) throws {
        let decision = try AbsenceRule.decide(
            careStart: LocalDateTime(row.careStart), minutes: 60, reported: LocalDateTime(row.reported))
        #expect(decision.outcome.earnsHours == row.earns)
        #expect(decision.outcome.earnedMinutes == (row.earns ? 60 : 0))
        #expect(decision.citations.first?.key == "TSO art. 5 lid 1")
        let deadline = try #require(decision.outcome.deadline)
        #expect(decision.explanation.nl.contains(deadline.local.time.hourMinute))
    }

    @Test("An absence entered by a staff member earns nothing (art. 5 lid 1, last sentence)")
    func staff() throws {
        let decision = try AbsenceRule.decide(
            careStart: LocalDateTime("2026-03-10T12:00"), minutes: 60,
            reported: LocalDateTime("2026-03-01T09:00"),
            channel: .staff)
        #expect(decision.outcome.earnedMinutes == 0)
        #expect(decision.outcome.reason == .enteredByStaff)
        #expect(decision.explanation.nl.contains("medewerker"))
    }

    @Test("An absence entered in app version 2 earns nothing (App terms art. 4)")
    func versionTwo() throws {
        let decision = try AbsenceRule.decide(
            careStart: LocalDateTime("2026-03-10T12:00"), minutes: 60,
            reported: LocalDateTime("2026-03-01T09:00"),
            appVersion: .v2)
        #expect(decision.outcome.reason == .appVersionCannotRequest)
        #expect(decision.outcome.earnedMinutes == 0)
        let v1 = try AbsenceRule.decide(
            careStart: LocalDateTime("2026-03-10T12:00"), minutes: 60,
            reported: LocalDateTime("2026-03-01T09:00"),
            appVersion: .v1)
        #expect(v1.outcome.earnedMinutes == 60)
    }

    @Test(
        "A day that is not a care day earns nothing (art. 4 lid 2 and 4)",
        arguments: [
            ("2026-04-27", NoCareReason.tsoHoliday),  // Koningsdag, a Monday
            ("2026-10-09", .schoolClosureDay),
            ("2026-10-19", .schoolHoliday),
            ("2025-08-25", .beforeContract),
            ("2026-03-25", .notScheduled),  // a Wednesday
        ])
    func notACareDay(date: String, reason: NoCareReason) throws {
        let day = try LocalDate(date)
        let contract = try SwapHoursFixtures.contract()
        let reported = LocalDateTime(date: try day.adding(days: -30), time: try LocalTime("09:00"))
        let decision = try AbsenceRule.decide(
            date: day, contract: contract, school: SwapHoursFixtures.school(), reported: reported)
        #expect(decision.outcome.reason == .notACareDay(reason))
        #expect(decision.outcome.earnedMinutes == 0)
        #expect(decision.outcome.ledgerCommand(for: contract) == nil)
    }

    @Test("A day after the contract's end earns nothing (art. 4 lid 1)")
    func afterContract() throws {
        let contract = try SwapHoursFixtures.contract(end: "2026-06-30")
        let decision = try AbsenceRule.decide(
            date: LocalDate("2026-07-02"), contract: contract, school: .none,
            reported: LocalDateTime("2026-06-01T09:00"))
        #expect(decision.outcome.reason == .notACareDay(.afterContract))
    }

    @Test("A care day reported in time in the app gives an earn command with the day's minutes and expiry")
    func careDay() throws {
        let contract = try SwapHoursFixtures.contract(end: "2026-06-30")
        let decision = try AbsenceRule.decide(
            date: LocalDate("2026-03-10"), contract: contract, school: SwapHoursFixtures.school(),
            reported: LocalDateTime("2026-03-01T09:00"))
        #expect(decision.outcome.earnedMinutes == 60)
        let command = try #require(decision.outcome.ledgerCommand(for: contract))
        #expect(
            command
                == .earn(
                    LedgerAccount(contract), careDate: try LocalDate("2026-03-10"), minutes: 60,
                    expiry: try LocalDate("2026-06-30")))
    }

    @Test("Reporting the same day twice earns once")
    func twice() throws {
        var ledger = SwapHoursLedger()
        let account = LedgerAccount(child: SwapHoursFixtures.noor, service: .tso)
        let day = try LocalDate("2026-03-10")
        let command = LedgerCommand.earn(
            account, careDate: day, minutes: 60, expiry: try LocalDate("2026-12-31"))
        try ledger.apply(command, key: "report-1", at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        let second = try ledger.apply(
            command, key: "report-2", at: SwapHoursFixtures.instant("2026-03-02T09:00"))
        #expect(second.isDuplicate)
        #expect(ledger.balance(of: account).earned == 60)
    }

    @Test("Withdrawing an absence before the care starts gives the hours back to the day (I-104)")
    func withdraw() throws {
        var ledger = SwapHoursLedger()
        let account = LedgerAccount(child: SwapHoursFixtures.noor, service: .tso)
        let day = try LocalDate("2026-03-10")
        let start = try SwapHoursFixtures.instant("2026-03-10T12:00")
        try ledger.apply(
            .earn(account, careDate: day, minutes: 60, expiry: try LocalDate("2026-12-31")), key: "report",
            at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        #expect(throws: RulesError.self) {
            try ledger.apply(
                .withdrawAbsence(account, careDate: day, careStart: start), key: "late",
                at: try SwapHoursFixtures.instant("2026-03-10T12:00"))
        }
        try ledger.apply(
            .withdrawAbsence(account, careDate: day, careStart: start), key: "withdraw",
            at: SwapHoursFixtures.instant("2026-03-10T11:59"))
        let balance = ledger.balance(of: account)
        #expect(balance.available == 0)
        #expect(balance.used == 60)
        #expect(balance.isConsistent)
    }
}
