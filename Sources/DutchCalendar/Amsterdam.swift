/// The Europe/Amsterdam time zone, built in: the EU summer-time rule, never read from the system.
///
/// Summer time (+02:00) runs from the last Sunday of March at 01:00 UTC to the last Sunday of October
/// at 01:00 UTC; the rest of the year is +01:00. The EU has used this rule since 1996, so
/// Amsterdam local times of the years 1996 to 2199 are supported. Anything else is a typed
/// ``CalendarError`` with code `yearOutOfRange` or `instantOutOfRange`, never a silent guess.
///
/// A local time in the spring gap (02:00–02:59 on the last Sunday of March) does not exist, and one
/// in the autumn overlap (02:00–02:59 on the last Sunday of October) occurs twice. ``LocalTimePolicy``
/// says what ``resolve(_:policy:)`` does with them.
public enum Amsterdam {
    /// The local years this built-in rule covers.
    public static let supportedYears: ClosedRange<Int> = 1996...2199

    /// The instants at which summer time starts and ends in `year`: summer time is `start ..< end`.
    ///
    /// - Throws: ``CalendarError`` with code `yearOutOfRange` outside ``supportedYears``.
    public static func summerTime(in year: Int) throws(CalendarError) -> Range<Instant> {
        guard supportedYears.contains(year) else {
            throw CalendarError(
                code: .yearOutOfRange, value: String(year),
                context: "the built-in Amsterdam rule covers \(supportedYears.lowerBound) to \(supportedYears.upperBound)")
        }
        return uncheckedSummerTime(in: year)
    }

    static func uncheckedSummerTime(in year: Int) -> Range<Instant> {
        let start = Int64(lastSunday(year: year, month: 3)) * 86_400 + 3600
        let end = Int64(lastSunday(year: year, month: 10)) * 86_400 + 3600
        return Instant(uncheckedSeconds: start)..<Instant(uncheckedSeconds: end)
    }

    /// The day number (since 1970-01-01) of the last Sunday of a 31-day month.
    static func lastSunday(year: Int, month: Int) -> Int {
        let last = LocalDate.daysFromCivil(year, month, 31)
        let mondayBased = ((last + 3) % 7 + 7) % 7  // 0 = Monday … 6 = Sunday
        return last - (mondayBased + 1) % 7
    }

    /// The offset from UTC in Amsterdam at `instant`.
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange` when the Amsterdam date is outside ``supportedYears``.
    public static func offset(at instant: Instant) throws(CalendarError) -> UTCOffset {
        let year = try localYear(of: instant)
        return uncheckedSummerTime(in: year).contains(instant) ? .cest : .cet
    }

    /// The instant as an Amsterdam wall-clock reading with its offset.
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange` when the Amsterdam date is outside ``supportedYears``.
    public static func zoned(_ instant: Instant) throws(CalendarError) -> ZonedDateTime {
        let offset = try offset(at: instant)
        let shifted = Instant(uncheckedSeconds: instant.secondsSinceEpoch + Int64(offset.seconds))
        return ZonedDateTime(instant: instant, local: shifted.utc, offset: offset)
    }

    /// Resolves an Amsterdam wall-clock reading to a moment.
    ///
    /// - Parameters:
    ///   - local: the wall-clock reading.
    ///   - policy: what to do in the spring gap and the autumn overlap; ``LocalTimePolicy/lenient`` by default.
    /// - Throws: ``CalendarError`` with code `yearOutOfRange` outside ``supportedYears``;
    ///   `nonexistentLocalTime` or `ambiguousLocalTime` when the policy rejects the reading.
    public static func resolve(
        _ local: LocalDateTime, policy: LocalTimePolicy = .lenient
    ) throws(CalendarError) -> ZonedDateTime {
        guard supportedYears.contains(local.date.year) else {
            throw CalendarError(
                code: .yearOutOfRange, value: local.description,
                context: "the built-in Amsterdam rule covers \(supportedYears.lowerBound) to \(supportedYears.upperBound)")
        }
        let wall = Instant(utc: local).secondsSinceEpoch
        let summer = uncheckedSummerTime(in: local.date.year)
        let asWinter = Instant(uncheckedSeconds: wall - 3600)
        let asSummer = Instant(uncheckedSeconds: wall - 7200)
        let winterFits = !summer.contains(asWinter)
        let summerFits = summer.contains(asSummer)
        switch (winterFits, summerFits) {
        case (true, false):
            return ZonedDateTime(instant: asWinter, local: local, offset: .cet)
        case (false, true):
            return ZonedDateTime(instant: asSummer, local: local, offset: .cest)
        case (true, true):
            switch policy.overlap {
            case .earlier: return ZonedDateTime(instant: asSummer, local: local, offset: .cest)
            case .later: return ZonedDateTime(instant: asWinter, local: local, offset: .cet)
            case .reject:
                throw CalendarError(
                    code: .ambiguousLocalTime, value: local.description,
                    context: "it is both \(local.date)T\(local.time.withSeconds)+02:00 and …+01:00")
            }
        case (false, false):
            switch policy.gap {
            case .shiftForward:
                // Read with the offset in force just before the gap (+01:00): 02:30 becomes 03:30+02:00.
                return try zoned(asWinter)
            case .reject:
                throw CalendarError(
                    code: .nonexistentLocalTime, value: local.description,
                    context: "on \(local.date) the clocks move from 02:00 to 03:00")
            }
        }
    }

    /// The Amsterdam local year of an instant, checked against ``supportedYears``.
    private static func localYear(of instant: Instant) throws(CalendarError) -> Int {
        // At a year boundary Amsterdam is always on winter time (+01:00).
        let year = Instant(uncheckedSeconds: instant.secondsSinceEpoch + 3600).utc.date.year
        guard supportedYears.contains(year), Instant.supportedSeconds.contains(instant.secondsSinceEpoch) else {
            throw CalendarError(
                code: .instantOutOfRange, value: instant.description,
                context: "the built-in Amsterdam rule covers \(supportedYears.lowerBound) to \(supportedYears.upperBound)")
        }
        return year
    }
}
