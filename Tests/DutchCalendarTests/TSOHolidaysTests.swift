import DutchCalendar
import Testing

@Suite("TSO holidays — TSO terms art. 4 lid 3")
struct TSOHolidaysTests {
    /// Written by hand from a printed calendar, not computed: the holidays of 2024–2031.
    static let table: [(Int, [String])] = [
        (
            2024,
            [
                "2024-01-01", "2024-04-01", "2024-04-27", "2024-05-09", "2024-05-20", "2024-12-25",
                "2024-12-26",
            ]
        ),
        (
            2025,
            [
                "2025-01-01", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29", "2025-06-09",
                "2025-12-25", "2025-12-26",
            ]
        ),
        (
            2026,
            [
                "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25",
                "2026-12-26",
            ]
        ),
        (
            2027,
            [
                "2027-01-01", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-17", "2027-12-25",
                "2027-12-26",
            ]
        ),
        (
            2028,
            [
                "2028-01-01", "2028-04-17", "2028-04-27", "2028-05-25", "2028-06-05", "2028-12-25",
                "2028-12-26",
            ]
        ),
        (
            2029,
            [
                "2029-01-01", "2029-04-02", "2029-04-27", "2029-05-10", "2029-05-21", "2029-12-25",
                "2029-12-26",
            ]
        ),
        (
            2030,
            [
                "2030-01-01", "2030-04-22", "2030-04-27", "2030-05-05", "2030-05-30", "2030-06-10",
                "2030-12-25", "2030-12-26",
            ]
        ),
        (
            2031,
            [
                "2031-01-01", "2031-04-14", "2031-04-26", "2031-05-22", "2031-06-02", "2031-12-25",
                "2031-12-26",
            ]
        ),
    ]

    @Test("The hand-written table for 2024–2031", arguments: table)
    func handWritten(year: Int, dates: [String]) throws {
        #expect(try TSOHolidays.holidays(in: year).map(\.date.description) == dates)
    }

    @Test("Koningsdag moves to Saturday 26 April when the 27th is a Sunday (2025, 2031)")
    func koningsdag() throws {
        let holiday = try #require(try TSOHolidays.holidays(in: 2025).first { $0.key == .koningsdag })
        #expect(holiday.date.description == "2025-04-26")
        #expect(holiday.date.weekday == .saturday)
        #expect(holiday.name == "Koningsdag")
        #expect(holiday.nameEn == "King's Day")
    }

    @Test(
        "Before 2014 it is Koninginnedag, 30 April, or 29 April when the 30th is a Sunday",
        arguments: [
            (2006, "2006-04-29"), (2012, "2012-04-30"), (2013, "2013-04-30"), (2000, "2000-04-29"),
            (1996, "1996-04-30"),
        ])
    func koninginnedag(year: Int, date: String) throws {
        let holiday = try #require(try TSOHolidays.holidays(in: year).first { $0.key == .koningsdag })
        #expect(holiday.date.description == date)
        #expect(holiday.name == "Koninginnedag")
        #expect(holiday.nameEn == "Queen's Day")
    }

    @Test("Bevrijdingsdag only in years divisible by 5 (eens per 5 jaar)")
    func bevrijdingsdag() throws {
        for year in TSOHolidays.supportedYears {
            let has = try TSOHolidays.holidays(in: year).contains { $0.key == .bevrijdingsdag }
            #expect(has == (year % 5 == 0), "\(year)")
        }
    }

    @Test("Two holidays on one date are both kept: 5 May 2005")
    func sameDate() throws {
        let holidays = try TSOHolidays.holidays(on: LocalDate("2005-05-05"))
        #expect(holidays.map(\.key) == [.bevrijdingsdag, .hemelvaartsdag])
    }

    @Test("Every year 1990–2100 has 7 or 8 holidays, sorted, with the Easter-based ones at +1, +39 and +50")
    func everyYear() throws {
        for year in TSOHolidays.supportedYears {
            let holidays = try TSOHolidays.holidays(in: year)
            #expect(holidays.count == (year % 5 == 0 ? 8 : 7))
            #expect(holidays == holidays.sorted())
            let easter = try Easter.sunday(in: year)
            let byKey = Dictionary(
                holidays.map { ($0.key, $0.date) }, uniquingKeysWith: { first, _ in first })
            #expect(try byKey[.tweedePaasdag] == easter.adding(days: 1))
            #expect(try byKey[.hemelvaartsdag] == easter.adding(days: 39))
            #expect(try byKey[.tweedePinksterdag] == easter.adding(days: 50))
        }
    }

    @Test("Years outside 1996–2199, the supported range, are a typed error", arguments: [1995, 2200, 0, -5])
    func outOfRange(year: Int) {
        #expect(throws: CalendarError.self) { try TSOHolidays.holidays(in: year) }
    }

    @Test(
        "Every day of 1996–2199 has the holidays of its year that fall on it, by the quick path or the full one"
    )
    func holidaysOnEachDay() throws {
        var day = try LocalDate(year: 1996, month: 1, day: 1)
        var holidays = 0
        let last = try LocalDate(year: 2199, month: 12, day: 31)
        while true {
            let expected = try TSOHolidays.holidays(in: day.year).filter { $0.date == day }
            #expect(try TSOHolidays.holidays(on: day) == expected, "\(day)")
            holidays += expected.count
            guard day < last else { break }
            day = try day.adding(days: 1)
        }
        // 7 a year, plus Bevrijdingsdag in the 40 years divisible by 5 (2000 to 2195): 204 × 7 + 40.
        #expect(holidays == 204 * 7 + 40)
    }
}
