import ChildcareRules
import Foundation

/// Deterministic inputs for the cases, generated with SplitMix64 so every run measures the same work.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

enum Workloads {
    /// Care starts spread over 2024–2030 on weekdays, at lunchtime on the quarter hour.
    static func careStarts(count: Int) -> [LocalDateTime] {
        var random = SplitMix64(state: 96)
        let first = (try? LocalDate("2024-08-01"))?.daysSinceEpoch ?? 0
        let last = (try? LocalDate("2030-12-31"))?.daysSinceEpoch ?? 0
        var result: [LocalDateTime] = []
        result.reserveCapacity(count)
        while result.count < count {
            guard let date = try? LocalDate(daysSinceEpoch: first + random.next(below: last - first + 1)),
                !date.weekday.isWeekend,
                let time = try? LocalTime(
                    hour: 11 + random.next(below: 3), minute: 15 * random.next(below: 4))
            else { continue }
            result.append(LocalDateTime(date: date, time: time))
        }
        return result
    }

    /// Dates spread over 1996–2100, each with a month count of 1 to 24.
    static func monthAdditions(count: Int) -> [(LocalDate, Int)] {
        var random = SplitMix64(state: 24)
        let first = (try? LocalDate("1996-01-01"))?.daysSinceEpoch ?? 0
        let last = (try? LocalDate("2100-12-31"))?.daysSinceEpoch ?? 0
        var result: [(LocalDate, Int)] = []
        result.reserveCapacity(count)
        while result.count < count {
            guard let date = try? LocalDate(daysSinceEpoch: first + random.next(below: last - first + 1))
            else {
                continue
            }
            result.append((date, 1 + random.next(below: 24)))
        }
        return result
    }
}

extension Workloads {
    /// A TSO contract for Mon/Tue/Thu at 12:00 for 60 minutes, from 31 August 2026.
    static let contract: Contract = {
        let noon = (try? LocalTime("12:00")) ?? .midnight
        let session = CareSession(start: noon, minutes: 60)
        let schedule = (try? WeeklySchedule([.monday: session, .tuesday: session, .thursday: session]))
        let start = (try? LocalDate("2026-08-31"))
        guard let schedule, let start,
            let contract = try? Contract(
                id: "bench", contractParent: "parent", child: "child", service: .tso, location: "school",
                signingDate: start, startDate: start, schedule: schedule, annualAmount: Money(cents: 123_457),
                hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
        else {
            print("bench: could not build the benchmark contract")
            exit(1)
        }
        return contract
    }()

    /// The autumn, Christmas, spring and May holidays of 2026/2027 (region midden) and two study days.
    static let schoolCalendar: SchoolCalendar = {
        let ranges = [
            ("2026-10-17", "2026-10-25"), ("2026-12-19", "2027-01-03"), ("2027-02-20", "2027-02-28"),
            ("2027-04-24", "2027-05-02"), ("2027-07-17", "2027-08-29"),
        ].compactMap { first, last -> DateRange? in
            guard let first = try? LocalDate(first), let last = try? LocalDate(last) else { return nil }
            return try? DateRange(first: first, last: last)
        }
        let closures = ["2026-11-13", "2027-03-19"].compactMap { try? LocalDate($0) }
        return SchoolCalendar(schoolHolidays: ranges, closureDays: closures)
    }()
}
