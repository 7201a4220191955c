import DutchCalendar
import Foundation
import Testing

@Suite("Month arithmetic with explicit rounding")
struct MonthArithmeticTests {
    @Test(
        "Worked examples of both roundings",
        arguments: [
            ("2026-01-31", 1, "2026-02-28", "2026-03-01"),
            ("2024-01-31", 1, "2024-02-29", "2024-03-01"),
            ("2026-03-31", 1, "2026-04-30", "2026-05-01"),
            ("2026-01-15", 1, "2026-02-15", "2026-02-15"),
            ("2026-01-31", 2, "2026-03-31", "2026-03-31"),
            ("2026-12-31", 2, "2027-02-28", "2027-03-01"),
            ("2026-08-31", 6, "2027-02-28", "2027-03-01"),
            ("2024-02-29", 12, "2025-02-28", "2025-03-01"),
            ("2026-03-31", -1, "2026-02-28", "2026-03-01"),
            ("2026-01-31", -2, "2025-11-30", "2025-12-01"),
            ("2026-05-20", 0, "2026-05-20", "2026-05-20"),
        ])
    func examples(start: String, months: Int, down: String, up: String) throws {
        let date = try LocalDate(start)
        #expect(try date.adding(months: months, rounding: .down).description == down)
        #expect(try date.adding(months: months, rounding: .up).description == up)
    }

    @Test("n months are added from the original date, never step by step")
    func notStepwise() throws {
        let date = try LocalDate("2026-01-31")
        #expect(try date.adding(months: 2, rounding: .down) == LocalDate("2026-03-31"))
        let stepwise = try date.adding(months: 1, rounding: .down).adding(months: 1, rounding: .down)
        #expect(stepwise == (try LocalDate("2026-03-28")))
    }

    @Test(
        "Every day 1996–2100, plus 1 to 24 months: .down agrees with Foundation's Calendar; .up is .down or the next day"
    )
    func againstFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var date = try LocalDate("1996-01-01")
        let last = try LocalDate("2100-12-31")
        var checked = 0
        var mismatches: [String] = []
        while date <= last {
            let start = Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400)
            for months in 1...24 {
                let down = try date.adding(months: months, rounding: .down)
                let up = try date.adding(months: months, rounding: .up)
                guard let expected = calendar.date(byAdding: .month, value: months, to: start) else {
                    mismatches.append("Foundation gave no result for \(date) + \(months)")
                    continue
                }
                let expectedDay = Int((expected.timeIntervalSince1970 / 86_400).rounded(.down))
                if down.daysSinceEpoch != expectedDay {
                    mismatches.append("\(date) + \(months) months: \(down), Foundation day \(expectedDay)")
                }
                if down.day == date.day {
                    if up != down { mismatches.append("\(date) + \(months) up: \(up) should equal \(down)") }
                } else if !(down.isLastDayOfMonth && up.day == 1 && down.days(to: up) == 1) {
                    mismatches.append("\(date) + \(months) up: \(up) should be the day after \(down)")
                }
                checked += 1
            }
            guard let next = date.nextDay else { break }
            date = next
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(checked == 38_351 * 24)
    }
}
