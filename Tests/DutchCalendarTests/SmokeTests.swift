import DutchCalendar
import Testing

@Suite("DutchCalendar smoke")
struct SmokeTests {
    @Test("A date round-trips through its ISO text")
    func roundTrip() throws {
        #expect(try LocalDate("2026-03-30").description == "2026-03-30")
    }
}
