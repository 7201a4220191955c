import DutchCalendar
import Foundation
import Testing

@Suite("LocalTime, LocalDateTime, Instant, SchoolYear, YearMonth")
struct TimeAndInstantTests {
    @Test("Dates, times and date-times write their ISO text digit for digit, as Foundation formats it")
    func isoTextMatchesFoundation() {
        var date = LocalDate(unchecked: 1996, 1, 1)
        var step = 0
        while true {
            let seconds = (step * 7_919) % 86_400
            let time = LocalTime(uncheckedSeconds: seconds)
            let (hour, minute, second) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
            let day = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
            let clock = String(format: "%02d:%02d", hour, minute)
            let withSeconds = clock + String(format: ":%02d", second)
            #expect(date.description == day)
            #expect(time.hourMinute == clock)
            #expect(time.withSeconds == withSeconds)
            #expect(time.description == (second == 0 ? clock : withSeconds))
            #expect(
                LocalDateTime(date: date, time: time).description
                    == day + "T" + (second == 0 ? clock : withSeconds))
            guard let next = try? date.adding(days: 13) else { break }
            date = next
            step += 1
        }
        #expect(step > 5_700)
        #expect(
            LocalDateTime(date: LocalDate(unchecked: 2026, 3, 30), time: .midnight).description
                == "2026-03-30T00:00")
    }

    @Test(
        "Times parse as HH:MM or HH:MM:SS and reject the impossible",
        arguments: [
            ("12:00", true), ("00:00", true), ("23:59:59", true), ("24:00", false), ("12:60", false),
            ("12:00:60", false), ("1200", false), ("12:0", false), ("", false), ("ab:cd", false),
        ])
    func times(text: String, valid: Bool) {
        #expect(((try? LocalTime(text)) != nil) == valid)
    }

    @Test(
        "Local date-times parse YYYY-MM-DDTHH:MM and name the bad value",
        arguments: [
            ("2026-03-30T12:00", nil), ("2026-03-30T12:00:05", nil),
            ("2026-02-30T12:00", CalendarError.Code.invalidDate), ("2026-03-30 12:00", .invalidDateTimeText),
            ("2026-03-30T25:00", .invalidTime), ("tomorrow", .invalidDateTimeText),
        ])
    func dateTimes(text: String, error code: CalendarError.Code?) {
        do {
            let value = try LocalDateTime(text)
            #expect(code == nil)
            #expect(value.description == text)
        } catch {
            #expect(error.code == code)
            #expect(error.value == text)
        }
    }

    @Test("The error message names the whole value: 2026-02-30T12:00")
    func message() {
        do {
            _ = try LocalDateTime("2026-02-30T12:00")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "2026-02-30T12:00 is not a valid date: February 2026 has 28 days.")
        }
    }

    @Test("Instants print in UTC and reject the unsupported range")
    func instants() throws {
        // The supported range (1996–2199) starts at 820,454,400 seconds since 1970.
        #expect(try Instant(secondsSinceEpoch: 820_454_400).description == "1996-01-01T00:00:00Z")
        #expect(throws: CalendarError.self) { try Instant(secondsSinceEpoch: 820_454_399) }
        #expect(throws: CalendarError.self) { try Instant(secondsSinceEpoch: 0) }
        #expect(try Instant(secondsSinceEpoch: 7_258_114_799).description == "2199-12-31T22:59:59Z")
        #expect(throws: CalendarError.self) { try Instant(secondsSinceEpoch: 7_258_114_800) }
        #expect(throws: CalendarError.self) { try Instant(secondsSinceEpoch: Int64.max) }
        let instant = try Instant(secondsSinceEpoch: 1_774_746_000)
        #expect(throws: CalendarError.self) { try instant.advanced(bySeconds: Int64.max) }
        #expect(throws: CalendarError.self) { try instant.advanced(byHours: Int.max) }
        #expect(try instant.advanced(byHours: -96).seconds(to: instant) == 96 * 3600)
    }

    @Test("School years run from 1 August to 31 July (art. 4 lid 1)")
    func schoolYear() throws {
        let year = try SchoolYear(startYear: 2025)
        #expect(year.description == "2025/2026")
        #expect(year.firstDay.description == "2025-08-01")
        #expect(year.lastDay.description == "2026-07-31")
        #expect(SchoolYear(containing: try LocalDate("2026-07-31")) == year)
        #expect(SchoolYear(containing: try LocalDate("2026-08-01")) == year.next)
        #expect(year.months.map(\.description).first == "2025-08")
        #expect(year.months.map(\.description).last == "2026-07")
        #expect(year.months.count == 12)
    }

    @Test(
        "Values encode as readable strings and decode back",
        arguments: [
            "\"2026-03-30\"", "\"12:00\"", "\"2026-03-30T12:00\"", "\"2025-09\"",
        ])
    func codable(json: String) throws {
        let data = Data(json.utf8)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        let reencoded: Data
        switch json.count {
        case 12: reencoded = try encoder.encode(try decoder.decode(LocalDate.self, from: data))
        case 7: reencoded = try encoder.encode(try decoder.decode(LocalTime.self, from: data))
        case 18: reencoded = try encoder.encode(try decoder.decode(LocalDateTime.self, from: data))
        default: reencoded = try encoder.encode(try decoder.decode(YearMonth.self, from: data))
        }
        #expect(String(decoding: reencoded, as: UTF8.self) == json)
    }

    @Test("Decoding an impossible date fails with the calendar error")
    func decodingFails() {
        #expect(throws: CalendarError.self) {
            try JSONDecoder().decode(LocalDate.self, from: Data("\"2026-02-30\"".utf8))
        }
    }

    @Test("A zoned date-time round-trips through its RFC 3339 text, including the repeated hour")
    func zonedCodable() throws {
        for text in ["2026-03-26T12:00:00+01:00", "2026-10-25T02:30:00+02:00", "2026-10-25T02:30:00+01:00"] {
            let zoned = try JSONDecoder().decode(ZonedDateTime.self, from: Data("\"\(text)\"".utf8))
            #expect(zoned.description == text)
        }
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(ZonedDateTime.self, from: Data("\"2026-03-26T12:00:00+02:00\"".utf8))
        }
    }
}
