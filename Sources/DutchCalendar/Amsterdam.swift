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
    public static let supportedYears: ClosedRange<Int> = SupportedRange.years

    /// The instants at which summer time starts and ends in `year`: summer time is `start ..< end`.
    ///
    /// - Throws: ``CalendarError`` with code `yearOutOfRange` outside ``supportedYears``.
    public static func summerTime(in year: Int) throws(CalendarError) -> Range<Instant> {
        guard supportedYears.contains(year) else {
            throw CalendarError(
                code: .yearOutOfRange, value: String(year),
                context:
                    "the built-in Amsterdam rule covers \(supportedYears.lowerBound) to \(supportedYears.upperBound)"
            )
        }
        return uncheckedSummerTime(in: year)
    }

    static func uncheckedSummerTime(in year: Int) -> Range<Instant> {
        let bounds = summerBounds(year)
        return Instant(uncheckedSeconds: bounds.start)..<Instant(uncheckedSeconds: bounds.end)
    }

    /// The start and end of summer time in `year`, in seconds since 1970, from a table computed once
    /// for ``supportedYears`` (204 years, 3 KiB); computed directly for any other year.
    @inline(__always)
    static func summerBounds(_ year: Int) -> (start: Int64, end: Int64) {
        let index = year - supportedYears.lowerBound
        if index >= 0 && index < summerTable.count / 2 {
            return (summerTable[2 &* index], summerTable[2 &* index &+ 1])
        }
        return computedSummerBounds(year)
    }

    private static func computedSummerBounds(_ year: Int) -> (start: Int64, end: Int64) {
        (
            Int64(lastSunday(year: year, month: 3)) * 86_400 + 3600,
            Int64(lastSunday(year: year, month: 10)) * 86_400 + 3600
        )
    }

    private static let summerTable: [Int64] = supportedYears.flatMap { year -> [Int64] in
        let bounds = computedSummerBounds(year)
        return [bounds.start, bounds.end]
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
        try zoned(instant).offset
    }

    /// The offset at `seconds` since 1970, given the Amsterdam year of a moment within a few days of it.
    ///
    /// Summer time starts in March and ends in October, so any year within a few days of the moment
    /// gives the right bounds. Used on hot paths that already know the year.
    package static func offset(atSeconds seconds: Int64, nearYear year: Int) -> UTCOffset {
        let bounds = summerBounds(year)
        return seconds >= bounds.start && seconds < bounds.end ? .cest : .cet
    }

    /// Builds a zoned value from parts the caller has already checked to agree.
    package static func zoned(
        unchecked instant: Instant, local: LocalDateTime, offset: UTCOffset
    ) -> ZonedDateTime {
        ZonedDateTime(instant: instant, local: local, offset: offset)
    }

    /// The instant as an Amsterdam wall-clock reading with its offset.
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange` when the Amsterdam date is outside ``supportedYears``.
    public static func zoned(_ instant: Instant) throws(CalendarError) -> ZonedDateTime {
        let seconds = instant.secondsSinceEpoch
        let utcDays = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let utc = LocalDate.civilFromDays(Int(utcDays))
        // Summer time never spans a change of year, so the UTC year's bounds decide the offset.
        let bounds = summerBounds(utc.year)
        let offset: UTCOffset = seconds >= bounds.start && seconds < bounds.end ? .cest : .cet
        let localSeconds = Int(seconds - utcDays * 86_400) + Int(offset.seconds)
        var (year, month, day) = utc
        var timeOfDay = localSeconds
        if localSeconds >= 86_400 {
            timeOfDay -= 86_400
            if day < LocalDate.daysInMonth(year: year, month: month) {
                day += 1
            } else {
                (year, month, day) = LocalDate.civilFromDays(Int(utcDays) + 1)
            }
        }
        guard supportedYears.contains(year), Instant.supportedSeconds.contains(seconds) else {
            throw CalendarError(
                code: .instantOutOfRange, value: instant.description,
                context:
                    "the built-in Amsterdam rule covers \(supportedYears.lowerBound) to \(supportedYears.upperBound)"
            )
        }
        let local = LocalDateTime(
            date: LocalDate(unchecked: year, month, day), time: LocalTime(uncheckedSeconds: timeOfDay))
        return ZonedDateTime(instant: instant, local: local, offset: offset)
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
                context:
                    "the built-in Amsterdam rule covers \(supportedYears.lowerBound) to \(supportedYears.upperBound)"
            )
        }
        let wall = Instant(utc: local).secondsSinceEpoch
        // The first local hour of 1996 is still 1995 in UTC: outside the supported instants (SupportedRange).
        guard Instant.supportedSeconds.contains(wall - 3600) else {
            throw CalendarError(
                code: .instantOutOfRange, value: local.description, context: SupportedRange.instantsText)
        }
        let bounds = summerBounds(local.date.year)
        let asWinter = Instant(uncheckedSeconds: wall - 3600)
        let asSummer = Instant(uncheckedSeconds: wall - 7200)
        let winterFits = wall - 3600 < bounds.start || wall - 3600 >= bounds.end
        let summerFits = wall - 7200 >= bounds.start && wall - 7200 < bounds.end
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
}
