// Straightforward Foundation baselines for the cases that have an equivalent. They live in the bench
// target only: the library itself never imports Foundation.
import ChildcareRules
import Foundation

enum Baselines {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone.current
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = amsterdam
        return calendar
    }()
    static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
        return calendar
    }()

    /// The 96-hour deadline with Calendar and TimeZone: the later of start − 96 h and start − 4 days.
    static func deadlines(_ starts: [LocalDateTime]) -> Int {
        var checksum = 0
        for start in starts {
            let components = DateComponents(
                year: start.date.year, month: start.date.month, day: start.date.day, hour: start.time.hour,
                minute: start.time.minute)
            guard let instant = calendar.date(from: components),
                let calendarReading = calendar.date(byAdding: .day, value: -4, to: instant)
            else { continue }
            let elapsedReading = instant.addingTimeInterval(-96 * 3600)
            let deadline = max(calendarReading, elapsedReading)
            checksum &+= Int(deadline.timeIntervalSince1970)
        }
        return checksum
    }

    /// Adding months with Calendar (which clamps, like `.down`).
    static func addMonths(_ inputs: [(LocalDate, Int)]) -> Int {
        var checksum = 0
        for (date, months) in inputs {
            let components = DateComponents(year: date.year, month: date.month, day: date.day)
            guard let start = utcCalendar.date(from: components),
                let result = utcCalendar.date(byAdding: .month, value: months, to: start)
            else { continue }
            checksum &+= Int(result.timeIntervalSince1970)
        }
        return checksum
    }

    /// The TSO holidays of a year with Calendar: Easter by the same algorithm, dates by DateComponents.
    static func holidays(years: ClosedRange<Int>) -> Int {
        var checksum = 0
        for year in years {
            guard let easter = try? Easter.sunday(in: year),
                let easterDate = utcCalendar.date(
                    from: DateComponents(year: year, month: easter.month, day: easter.day))
            else { continue }
            var dates: [Date] = []
            for (month, day) in [(1, 1), (12, 25), (12, 26)] {
                if let date = utcCalendar.date(from: DateComponents(year: year, month: month, day: day)) {
                    dates.append(date)
                }
            }
            for offset in [1, 39, 50] {
                if let date = utcCalendar.date(byAdding: .day, value: offset, to: easterDate) {
                    dates.append(date)
                }
            }
            let kingsDay = year >= 2014 ? 27 : 30
            if let date = utcCalendar.date(from: DateComponents(year: year, month: 4, day: kingsDay)) {
                let sunday = utcCalendar.component(.weekday, from: date) == 1
                dates.append(sunday ? date.addingTimeInterval(-86_400) : date)
            }
            if year % 5 == 0, let date = utcCalendar.date(from: DateComponents(year: year, month: 5, day: 5))
            {
                dates.append(date)
            }
            dates.sort()
            checksum &+= dates.count &+ Int(dates.last?.timeIntervalSince1970 ?? 0)
        }
        return checksum
    }
}

extension Baselines {
    /// The same care calendar with Calendar: weekday, holiday, closure and holiday checks, and the deadline.
    static func careCalendar(first: LocalDate, last: LocalDate, school: SchoolCalendar) -> Int {
        var checksum = 0
        guard
            let start = calendar.date(
                from: DateComponents(year: first.year, month: first.month, day: first.day, hour: 12)),
            let end = calendar.date(
                from: DateComponents(year: last.year, month: last.month, day: last.day, hour: 12))
        else { return 0 }
        let holidays = Set(
            (first.year...last.year).flatMap { (try? TSOHolidays.holidays(in: $0)) ?? [] }.map {
                $0.date.description
            })
        let closures = Set(school.closureDays.map(\.description))
        var day = start
        while day <= end {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
            let weekday = parts.weekday ?? 0  // 1 = Sunday
            if [2, 3, 5].contains(weekday), let year = parts.year, let month = parts.month,
                let dayOfMonth = parts.day
            {
                let key =
                    "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
                let inHoliday = school.schoolHolidays.contains { range in
                    range.first.description <= key && key <= range.last.description
                }
                if !holidays.contains(key) && !closures.contains(key) && !inHoliday,
                    let calendarReading = calendar.date(byAdding: .day, value: -4, to: day)
                {
                    let deadline = max(calendarReading, day.addingTimeInterval(-96 * 3600))
                    checksum &+= Int(deadline.timeIntervalSince1970)
                }
            }
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return checksum
    }
}
