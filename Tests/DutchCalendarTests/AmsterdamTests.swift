import DutchCalendar
import Foundation
import Testing

@Suite("Europe/Amsterdam — the EU summer-time rule, built in")
struct AmsterdamTests {
    @Test("Summer time 2026 runs from 29 March 01:00 UTC to 25 October 01:00 UTC")
    func summer2026() throws {
        let summer = try Amsterdam.summerTime(in: 2026)
        #expect(summer.lowerBound.description == "2026-03-29T01:00:00Z")
        #expect(summer.upperBound.description == "2026-10-25T01:00:00Z")
    }

    @Test("Offsets print as +01:00 and +02:00")
    func offsets() {
        #expect(UTCOffset.cet.description == "+01:00")
        #expect(UTCOffset.cest.description == "+02:00")
    }

    @Test("Every hour of every transition day 1996–2100 agrees with Foundation's Europe/Amsterdam")
    func transitionsAgainstFoundation() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var mismatches: [String] = []
        var checked = 0
        for year in 1996...2100 {
            let summer = try Amsterdam.summerTime(in: year)
            for transition in [summer.lowerBound, summer.upperBound] {
                // From 03:00 UTC the day before to 03:00 UTC the day after, hour by hour, plus the seconds
                // on either side of the change itself.
                let day = transition.secondsSinceEpoch - 3600
                var moments = stride(from: day - 24 * 3600, through: day + 26 * 3600, by: 3600).map { $0 }
                moments += [transition.secondsSinceEpoch - 1, transition.secondsSinceEpoch]
                for seconds in moments {
                    let instant = try Instant(secondsSinceEpoch: seconds)
                    let zoned = try Amsterdam.zoned(instant)
                    let date = Date(timeIntervalSince1970: Double(seconds))
                    let expectedOffset = zone.secondsFromGMT(for: date)
                    let parts = calendar.dateComponents(
                        [.year, .month, .day, .hour, .minute, .second], from: date)
                    let local = zoned.local
                    let same =
                        Int(zoned.offset.seconds) == expectedOffset && local.date.year == parts.year
                        && local.date.month == parts.month && local.date.day == parts.day
                        && local.time.hour == parts.hour && local.time.minute == parts.minute
                    if !same {
                        mismatches.append("\(instant): ours \(zoned), Foundation offset \(expectedOffset)")
                    }
                    // And back: a wall-clock reading that occurs once resolves to the same instant.
                    let back = try Amsterdam.resolve(local, policy: .lenient)
                    let other = try? Amsterdam.resolve(local, policy: .strictLaterForTests)
                    if back.instant != instant && other?.instant != instant {
                        mismatches.append("\(local) did not resolve back to \(instant)")
                    }
                    checked += 1
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(checked == 105 * 2 * 53)
    }

    @Test(
        "Spring gap and autumn overlap follow the stated policy",
        arguments: [
            ("2026-03-29T02:30", LocalTimePolicy.lenient, "2026-03-29T03:30:00+02:00"),
            ("2026-10-25T02:30", .lenient, "2026-10-25T02:30:00+02:00"),
            ("2026-10-25T02:30", LocalTimePolicy(gap: .reject, overlap: .later), "2026-10-25T02:30:00+01:00"),
            ("2026-03-29T01:59", .strict, "2026-03-29T01:59:00+01:00"),
            ("2026-03-29T03:00", .strict, "2026-03-29T03:00:00+02:00"),
            ("2026-10-25T01:59", .strict, "2026-10-25T01:59:00+02:00"),
            ("2026-10-25T03:00", .strict, "2026-10-25T03:00:00+01:00"),
        ])
    func policy(local: String, policy: LocalTimePolicy, expected: String) throws {
        #expect(try Amsterdam.resolve(LocalDateTime(local), policy: policy).description == expected)
    }

    @Test("The strict policy rejects the gap and the overlap with a typed error")
    func strict() throws {
        #expect {
            try Amsterdam.resolve(LocalDateTime("2026-03-29T02:30"), policy: .strict)
        } throws: { ($0 as? CalendarError)?.code == .nonexistentLocalTime }
        #expect {
            try Amsterdam.resolve(LocalDateTime("2026-10-25T02:30"), policy: .strict)
        } throws: { ($0 as? CalendarError)?.code == .ambiguousLocalTime }
    }

    @Test(
        "Years outside 1996–2199 are rejected, not guessed",
        arguments: ["1995-07-01T12:00", "1900-01-01T00:00", "1996-01-01T00:59", "2200-01-01T00:00"])
    func outOfRange(local: String) throws {
        #expect(throws: CalendarError.self) { try Amsterdam.resolve(LocalDateTime(local)) }
    }

    @Test("A year boundary is on winter time", arguments: [1997, 2026, 2199])
    func yearBoundary(year: Int) throws {
        let zoned = try Amsterdam.resolve(
            LocalDateTime(date: LocalDate(year: year, month: 1, day: 1), time: .midnight))
        #expect(zoned.offset == .cet)
        #expect(try Amsterdam.zoned(zoned.instant) == zoned)
    }
}

extension LocalTimePolicy {
    static let strictLaterForTests = LocalTimePolicy(gap: .reject, overlap: .later)
}
