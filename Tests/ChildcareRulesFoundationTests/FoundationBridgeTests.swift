import ChildcareRules
import ChildcareRulesFoundation
import Foundation
import Testing

@Suite("The Foundation bridge: Date, Amsterdam local time and the TimeZone check")
struct FoundationBridgeTests {
    /// 2026-03-29 01:00 UTC: summer time starts (02:00 CET becomes 03:00 CEST).
    static let springChange: TimeInterval = 1_774_746_000
    /// 2026-10-25 01:00 UTC: summer time ends (03:00 CEST becomes 02:00 CET).
    static let autumnChange: TimeInterval = 1_792_890_000

    @Test("Date and Instant convert both ways, whole seconds, a fraction rounded towards the past")
    func roundTrip() throws {
        let date = Date(timeIntervalSince1970: Self.springChange + 0.75)
        let instant = try Instant(date)
        #expect(instant.secondsSinceEpoch == Int64(Self.springChange))
        #expect(Date(instant) == Date(timeIntervalSince1970: Self.springChange))
        #expect(
            try Instant(Date(timeIntervalSince1970: Self.springChange - 0.5)).secondsSinceEpoch
                == Int64(Self.springChange) - 1)
        // Outside the supported range (1996–2199): 1970 is refused, not guessed.
        #expect(throws: CalendarError.self) { try Instant(Date(timeIntervalSince1970: 0)) }
        #expect(throws: CalendarError.self) { try Instant(Date.distantFuture) }
    }

    @Test(
        "Dates around the spring change read as Amsterdam time with the right offset (TSO art. 5 lid 1 deadlines)",
        arguments: [
            (-1.0, "2026-03-29T01:59:59+01:00"),
            (0.0, "2026-03-29T03:00:00+02:00"),
            (3600.0, "2026-03-29T04:00:00+02:00"),
        ])
    func spring(offset: TimeInterval, expected: String) throws {
        let date = Date(timeIntervalSince1970: Self.springChange + offset)
        #expect(try ZonedDateTime(amsterdam: date).description == expected)
        let local = try LocalDateTime(amsterdam: date)
        #expect("\(local.date)T\(local.time.withSeconds)" == String(expected.prefix(19)))
    }

    @Test(
        "Dates around the autumn change read as Amsterdam time: the repeated hour once in each offset",
        arguments: [
            (-3601.0, "2026-10-25T01:59:59+02:00"),
            (-1800.0, "2026-10-25T02:30:00+02:00"),
            (1800.0, "2026-10-25T02:30:00+01:00"),
            (3600.0, "2026-10-25T03:00:00+01:00"),
        ])
    func autumn(offset: TimeInterval, expected: String) throws {
        #expect(
            try ZonedDateTime(amsterdam: Date(timeIntervalSince1970: Self.autumnChange + offset)).description
                == expected)
    }

    @Test("A local time in the spring gap or the autumn overlap is refused strictly, resolved leniently")
    func localToDate() throws {
        #expect(throws: CalendarError.self) { try Date(amsterdam: try LocalDateTime("2026-03-29T02:30")) }
        #expect(throws: CalendarError.self) { try Date(amsterdam: try LocalDateTime("2026-10-25T02:30")) }
        #expect(
            try Date(amsterdam: try LocalDateTime("2026-03-29T02:30"), policy: .lenient)
                == Date(timeIntervalSince1970: Self.springChange + 1800))
        #expect(
            try Date(amsterdam: try LocalDateTime("2026-10-25T02:30"), policy: .lenient)
                == Date(timeIntervalSince1970: Self.autumnChange - 1800))
        #expect(
            try Date(amsterdam: try LocalDateTime("2026-03-26T12:00"))
                == Date(timeIntervalSince1970: 1_774_522_800))
    }

    @Test("The bridge agrees with Foundation's Europe/Amsterdam every hour of both change days")
    func foundationOracle() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        for change in [Self.springChange, Self.autumnChange] {
            for hour in -24...24 {
                let date = Date(timeIntervalSince1970: change + TimeInterval(hour * 3600))
                let zoned = try ZonedDateTime(amsterdam: date)
                #expect(Int(zoned.offset.seconds) == zone.secondsFromGMT(for: date))
            }
        }
    }

    @Test(
        "A zone with Amsterdam's rules passes the check",
        arguments: ["Europe/Amsterdam", "Europe/Brussels", "Europe/Paris", "CET"])
    func amsterdamZones(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        try Amsterdam.check(zone)
    }

    @Test(
        "A zone with other offsets is refused, named",
        arguments: ["UTC", "Europe/London", "America/New_York", "Etc/GMT-1"])
    func otherZones(identifier: String) throws {
        let zone = try #require(TimeZone(identifier: identifier))
        #expect {
            try Amsterdam.check(zone)
        } throws: { error in
            guard let error = error as? CalendarError else { return false }
            return error.code == .notAmsterdamTime && error.value == zone.identifier
        }
    }
}
