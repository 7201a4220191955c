import DutchCalendar
import Testing

@Suite("Easter — the anonymous Gregorian algorithm")
struct EasterTests {
    /// A second, independent computation: Oudin's algorithm (1940), as given by Claus Tøndering.
    static func oudin(_ year: Int) -> (month: Int, day: Int) {
        let g = year % 19
        let c = year / 100
        let h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30
        let i = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11))
        let j = (year + year / 4 + i + 2 - c + c / 4) % 7
        let l = i - j
        let month = 3 + (l + 40) / 44
        let day = l + 28 - 31 * (month / 4)
        return (month, day)
    }

    @Test("Every year 1996–2199 agrees with Oudin's algorithm and falls on a Sunday")
    func againstOudin() throws {
        for year in 1996...2199 {
            let easter = try Easter.sunday(in: year)
            let expected = Self.oudin(year)
            #expect(easter.month == expected.month && easter.day == expected.day, "Easter \(year)")
            #expect(easter.weekday == .sunday)
        }
    }

    @Test(
        "Known Easter Sundays",
        arguments: [
            (2005, "2005-03-27"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"),
            (2027, "2027-03-28"), (2038, "2038-04-25"), (2185, "2185-04-17"),
        ])
    func known(year: Int, date: String) throws {
        #expect(try Easter.sunday(in: year).description == date)
    }
}
