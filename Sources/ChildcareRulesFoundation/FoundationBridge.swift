import ChildcareRules
import Foundation

extension Instant {
    /// The instant of `date`, in whole seconds: a fraction of a second is dropped (rounded towards the past),
    /// so 12:00:00.9 is 12:00:00, as a clock shows it.
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange` for a date outside the supported range (`SupportedRange`) or not finite.
    public init(_ date: Date) throws(CalendarError) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, let whole = Int64(exactly: seconds) else {
            throw CalendarError(
                code: .instantOutOfRange,
                value: "\(date.timeIntervalSince1970) seconds since 1970-01-01T00:00:00Z",
                context: SupportedRange.instantsText)
        }
        try self.init(secondsSinceEpoch: whole)
    }
}

extension Date {
    /// The date of `instant`: exact, since an instant is a whole number of seconds.
    public init(_ instant: Instant) {
        self.init(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch))
    }

    /// The date of an Amsterdam wall-clock reading, resolved by `policy` in the spring gap and the autumn
    /// overlap: ``LocalTimePolicy/strict`` refuses both, as the engine does for an event's time.
    ///
    /// - Throws: ``CalendarError``: `nonexistentLocalTime` or `ambiguousLocalTime` when the policy refuses the
    ///   reading; `yearOutOfRange` outside 1996–2199.
    public init(amsterdam local: LocalDateTime, policy: LocalTimePolicy = .strict) throws(CalendarError) {
        self.init(try Amsterdam.resolve(local, policy: policy).instant)
    }
}

extension LocalDateTime {
    /// The Amsterdam wall-clock reading of `date`, in whole seconds (what ``TimedEvent/at`` takes).
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange` outside the years 1996–2199.
    public init(amsterdam date: Date) throws(CalendarError) {
        self = try ZonedDateTime(amsterdam: date).local
    }
}

extension ZonedDateTime {
    /// The Amsterdam reading of `date` with its offset, `2026-03-29T03:00:00+02:00`.
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange` outside the years 1996–2199.
    public init(amsterdam date: Date) throws(CalendarError) {
        self = try Amsterdam.zoned(try Instant(date))
    }
}

extension CalendarError.Code {
    /// A `TimeZone` whose offsets differ from Europe/Amsterdam's somewhere in the years checked.
    public static let notAmsterdamTime = Self(rawValue: "notAmsterdamTime")
}

extension Amsterdam {
    /// Checks that `zone` keeps Amsterdam time: the same offset from UTC as the built-in Europe/Amsterdam
    /// rule just before, at and just after every change to and from summer time, and in midwinter and
    /// midsummer, in each of `years`. A zone with another name but the same rules there (`Europe/Brussels`)
    /// passes; `UTC`, `Europe/London` or a fixed `+01:00` do not.
    ///
    /// A service that reads local times from its own clock or database zone calls this once at start-up,
    /// so that a wrongly configured zone is an error rather than hours booked an hour off.
    ///
    /// - Throws: ``CalendarError`` with code ``CalendarError/Code/notAmsterdamTime`` naming the zone and
    ///   the first moment where it differs; `yearOutOfRange` when `years` leaves 1996–2199.
    public static func check(
        _ zone: TimeZone, years: ClosedRange<Int> = 1996...2100
    ) throws(CalendarError) {
        for year in years {
            let summer = try summerTime(in: year)
            let start = summer.lowerBound.secondsSinceEpoch
            let end = summer.upperBound.secondsSinceEpoch
            let moments = [
                start - 1, start, start + 1, end - 1, end, end + 1, start - 40 * 86_400, start + 90 * 86_400,
            ]
            for seconds in moments {
                let instant = try Instant(secondsSinceEpoch: seconds)
                let expected = Int(try offset(at: instant).seconds)
                let actual = zone.secondsFromGMT(for: Date(instant))
                guard actual == expected else {
                    let zoned = try zoned(instant)
                    throw CalendarError(
                        code: .notAmsterdamTime, value: zone.identifier,
                        context:
                            "at \(instant) Amsterdam time is \(zoned) (UTC\(zoned.offset)), but this zone is "
                            + "\(actual / 3600 >= 0 ? "+" : "")\(actual / 3600)h from UTC")
                }
            }
        }
    }
}
