import ChildcareRules
import Testing

@Suite("Care calendar of a period — TSO terms art. 4 lid 2 to 4, art. 5 lid 1")
struct CarePeriodTests {
    @Test(
        "Care days carry their start and 96-hour deadline; holidays, closure days and school holidays are skipped"
    )
    func period() throws {
        let contract = try Fixtures.contract()
        let school = SchoolCalendar(
            schoolHolidays: [
                try DateRange(first: Fixtures.day("2025-10-18"), last: Fixtures.day("2025-10-26"))
            ],
            closureDays: [try Fixtures.day("2025-10-13")])
        let decision = try CareCalendar.decide(
            from: Fixtures.day("2025-10-09"), through: Fixtures.day("2025-10-28"), contract: contract,
            school: school)
        let days = decision.outcome.days.map { status -> String in
            switch status {
            case .care(let day): "\(day.date) care \(day.deadline)"
            case .noCare(let day): "\(day.date) \(day.reason.rawValue)"
            }
        }
        #expect(
            days == [
                "2025-10-09 care 2025-10-05T12:00:00+02:00",
                "2025-10-13 schoolClosureDay",
                "2025-10-14 care 2025-10-10T12:00:00+02:00",
                "2025-10-16 care 2025-10-12T12:00:00+02:00",
                "2025-10-20 schoolHoliday",
                "2025-10-21 schoolHoliday",
                "2025-10-23 schoolHoliday",
                "2025-10-27 care 2025-10-23T13:00:00+02:00",
                "2025-10-28 care 2025-10-24T13:00:00+02:00",
            ])
        #expect(decision.deadlines.count == 5)
        #expect(decision.deadlines.allSatisfy { !$0.isInclusive })
        #expect(
            decision.citationKeys == [
                "TSO art. 4 lid 2", "TSO art. 4 lid 3", "TSO art. 4 lid 4", "TSO art. 5 lid 1",
            ])
        #expect(decision.explanation.nl.contains("Op 4 van je vaste opvangdagen is er geen tso"))
    }

    @Test(
        "TSO holidays on a scheduled day are skipped (art. 4 lid 3)",
        arguments: [
            ("2025-12-25", "eersteKerstdag"), ("2026-04-06", "tweedePaasdag"), ("2026-04-27", "koningsdag"),
            ("2026-05-14", "hemelvaartsdag"), ("2026-05-25", "tweedePinksterdag"),
        ])
    func holidays(row: (String, String)) throws {
        let contract = try Fixtures.contract()
        let date = try Fixtures.day(row.0)
        let decision = try CareCalendar.decide(from: date, through: date, contract: contract, school: .none)
        guard case .noCare(let skipped) = try #require(decision.outcome.days.first) else {
            Issue.record("\(row.0) is a care day")
            return
        }
        #expect(skipped.reason == .tsoHoliday)
        #expect(skipped.holidays.map(\.key.rawValue) == [row.1])
    }

    @Test("Periods before the terms or ending before they start are rejected")
    func invalid() throws {
        let contract = try Fixtures.contract(signed: "2024-06-01", start: "2024-07-01")
        let early = #expect(throws: RulesError.self) {
            try CareCalendar.decide(
                from: Fixtures.day("2024-07-01"), through: Fixtures.day("2024-09-01"), contract: contract,
                school: .none)
        }
        #expect(early?.code == .beforeFirstEdition)
        let reversed = #expect(throws: RulesError.self) {
            try CareCalendar.decide(
                from: Fixtures.day("2025-09-02"), through: Fixtures.day("2025-09-01"), contract: contract,
                school: .none)
        }
        #expect(reversed?.code == .invalidArgument)
    }
}
