import DutchCalendar
import TestSupport
import Testing

@Suite("LocalDate — ISO 8601 civil dates, 1996–2199")
struct LocalDateTests {
    @Test(
        "Valid ISO dates parse and print unchanged",
        arguments: [
            "1996-01-01", "1996-03-31", "2024-02-29", "2026-03-30", "2100-02-28", "2199-12-31",
        ])
    func roundTrip(text: String) throws {
        #expect(try LocalDate(text).description == text)
    }

    @Test(
        "Invalid text is a typed error that names the value",
        arguments: [
            ("2025-02-30", CalendarError.Code.invalidDate),
            ("2025-13-01", .invalidDate),
            ("2025-00-10", .invalidDate),
            ("2025-04-31", .invalidDate),
            ("2100-02-29", .invalidDate),
            ("abc", .invalidDateText),
            ("", .invalidDateText),
            ("2025-2-3", .invalidDateText),
            ("2025/02/03", .invalidDateText),
            ("2025-02-03T12:00", .invalidDateText),
            ("1995-12-31", .yearOutOfRange),
            ("1900-01-01", .yearOutOfRange),
            ("2200-01-01", .yearOutOfRange),
            ("２０２５-01-01", .invalidDateText),
        ])
    func invalid(text: String, code: CalendarError.Code) {
        #expect {
            _ = try LocalDate(text)
        } throws: { error in
            guard let error = error as? CalendarError else { return false }
            return error.code == code && error.value == text
                && error.description.contains(text.isEmpty ? "empty" : text)
        }
    }

    @Test("The message for 2025-02-30 says February 2025 has 28 days")
    func message() {
        #expect(throws: CalendarError.self) { try LocalDate("2025-02-30") }
        do {
            _ = try LocalDate("2025-02-30")
        } catch {
            #expect(error.description == "2025-02-30 is not a valid date: February 2025 has 28 days.")
        }
    }

    @Test(
        "Weekdays of known dates",
        arguments: [
            ("1996-01-01", Weekday.monday), ("2000-01-01", .saturday), ("2000-02-29", .tuesday),
            ("2026-03-26", .thursday), ("2026-03-30", .monday), ("2026-10-22", .thursday),
            ("2199-12-31", .tuesday),
        ])
    func weekday(text: String, weekday: Weekday) throws {
        #expect(try LocalDate(text).weekday == weekday)
    }

    @Test("Adding and subtracting days and weeks")
    func dayArithmetic() throws {
        let date = try LocalDate("2026-03-30")
        #expect(try date.adding(days: -4) == LocalDate("2026-03-26"))
        #expect(try date.subtracting(days: 30) == LocalDate("2026-02-28"))
        #expect(try date.adding(weeks: 1) == LocalDate("2026-04-06"))
        #expect(try date.adding(days: 365) == LocalDate("2027-03-30"))
        #expect(try LocalDate("2024-02-28").adding(days: 1) == LocalDate("2024-02-29"))
        #expect(try LocalDate("2026-03-26").days(to: date) == 4)
        #expect(try date.days(to: LocalDate("2026-03-26")) == -4)
    }

    @Test(
        "Arithmetic that leaves 1996–2199 is a typed error, never a trap",
        arguments: [
            Int.max, Int.min, 1_000_000, -1_000_000,
        ])
    func arithmeticOutOfRange(days: Int) throws {
        let date = try LocalDate("2026-03-30")
        #expect(throws: CalendarError.self) { try date.adding(days: days) }
        #expect(throws: CalendarError.self) { try date.subtracting(days: days) }
        #expect(throws: CalendarError.self) { try date.adding(weeks: days) }
        #expect(throws: CalendarError.self) { try date.adding(months: days, rounding: .down) }
    }

    @Test("Day numbers round-trip for every day of 1996–2199")
    func dayNumbers() throws {
        var date = try LocalDate("1996-01-01")
        var number = date.daysSinceEpoch
        while let next = date.nextDay {
            number += 1
            #expect(next.daysSinceEpoch == number)
            #expect(try LocalDate(daysSinceEpoch: number) == next)
            #expect(date < next)
            date = next
        }
        #expect(date.description == "2199-12-31")
    }

    @Test("Hashable and Comparable laws hold")
    func laws() throws {
        let values = try ["2026-03-30", "2026-03-31", "2025-12-31", "2026-03-30", "1996-01-01"].map {
            try LocalDate($0)
        }
        #expect(hashableLawViolations(values).isEmpty)
        #expect(comparableLawViolations(values).isEmpty)
    }
}
