import ChildcareRules
import Foundation
import Testing

@Suite("The 96-hour deadline against Foundation — TSO terms art. 5 lid 1")
struct NinetySixHourOracleTests {
    @Test(
        "For every day of 2024-08 to 2030 at 08:00, 12:00 and 12:45, the deadline is the later of both readings as Foundation computes them"
    )
    func everyDay() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var date = try LocalDate("2024-08-01")
        let last = try LocalDate("2030-12-31")
        var mismatches: [String] = []
        while date <= last {
            for (hour, minute) in [(8, 0), (12, 0), (12, 45)] {
                let start = LocalDateTime(date: date, time: try LocalTime(hour: hour, minute: minute))
                let ours = try NinetySixHourRule.computation(careStart: start).deadline
                let components = DateComponents(
                    year: date.year, month: date.month, day: date.day, hour: hour, minute: minute)
                guard let instant = calendar.date(from: components),
                    let fourDays = calendar.date(byAdding: .day, value: -4, to: instant)
                else {
                    mismatches.append("Foundation could not compute \(start)")
                    continue
                }
                let expected = max(fourDays, instant.addingTimeInterval(-96 * 3600))
                if ours.instant.secondsSinceEpoch != Int64(expected.timeIntervalSince1970) {
                    mismatches.append("\(start): ours \(ours), Foundation \(expected)")
                }
                if try Amsterdam.zoned(ours.instant) != ours {
                    mismatches.append("\(start): the deadline's local reading is inconsistent")
                }
            }
            guard let next = date.nextDay else { break }
            date = next
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
