/// A moment on the UTC time line, in whole seconds since 1970-01-01T00:00:00Z.
///
/// The rules never read a clock: callers pass the current instant in, so every decision can be
/// replayed. Instants from 1996-01-01T00:00:00Z to 2199-12-31T22:59:59Z are supported (``SupportedRange``):
/// every one of them falls on a supported date both in UTC and in Amsterdam.
public struct Instant: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z; negative before 1970.
    public let secondsSinceEpoch: Int64

    /// The supported seconds: 1996-01-01T00:00:00Z up to 2199-12-31T23:00:00Z, the last hour of 2199 in UTC
    /// being 2200 in Amsterdam.
    public static let supportedSeconds: Range<Int64> =
        Int64(LocalDate.supportedDayRange.lowerBound)
        * 86_400..<(Int64(LocalDate.supportedDayRange.upperBound) + 1) * 86_400 - 3_600

    /// Creates an instant, checking that it is in the supported range.
    ///
    /// - Throws: ``CalendarError`` with code `instantOutOfRange`.
    public init(secondsSinceEpoch: Int64) throws(CalendarError) {
        guard Self.supportedSeconds.contains(secondsSinceEpoch) else {
            throw CalendarError(
                code: .instantOutOfRange, value: "\(secondsSinceEpoch) seconds since 1970-01-01T00:00:00Z",
                context: SupportedRange.instantsText)
        }
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    package init(uncheckedSeconds seconds: Int64) {
        secondsSinceEpoch = seconds
    }

    /// The instant at a UTC date and time.
    public init(utc dateTime: LocalDateTime) {
        self.init(
            uncheckedSeconds: Int64(dateTime.date.daysSinceEpoch) * 86_400
                + Int64(dateTime.time.secondsSinceMidnight))
    }

    /// The UTC date and time of this instant.
    public var utc: LocalDateTime {
        let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
        let seconds = secondsSinceEpoch - days * 86_400
        let (y, m, d) = LocalDate.civilFromDays(Int(days))
        return LocalDateTime(
            date: LocalDate(unchecked: y, m, d), time: LocalTime(uncheckedSeconds: Int(seconds)))
    }

    /// The instant `seconds` seconds later (earlier for a negative count).
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the result leaves the supported range.
    public func advanced(bySeconds seconds: Int64) throws(CalendarError) -> Instant {
        let (sum, overflow) = secondsSinceEpoch.addingReportingOverflow(seconds)
        guard !overflow, Self.supportedSeconds.contains(sum) else {
            throw CalendarError(code: .arithmeticOutOfRange, value: "\(self) + \(seconds) seconds")
        }
        return Instant(uncheckedSeconds: sum)
    }

    /// The instant `hours` hours of elapsed time later (earlier for a negative count).
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the result leaves the supported range.
    public func advanced(byHours hours: Int) throws(CalendarError) -> Instant {
        let (seconds, overflow) = Int64(hours).multipliedReportingOverflow(by: 3600)
        guard !overflow else {
            throw CalendarError(code: .arithmeticOutOfRange, value: "\(self) + \(hours) hours")
        }
        return try advanced(bySeconds: seconds)
    }

    /// The elapsed seconds from this instant to `other`: positive when `other` is later.
    public func seconds(to other: Instant) -> Int64 {
        other.secondsSinceEpoch - secondsSinceEpoch
    }
}

extension Instant: Comparable {
    /// Earlier instants come first.
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }
}

extension Instant: CustomStringConvertible {
    /// RFC 3339 in UTC, such as `2026-03-26T11:00:00Z`.
    public var description: String {
        let utc = utc
        return "\(utc.date)T\(utc.time.withSeconds)Z"
    }
}
