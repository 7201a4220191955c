/// A date and a wall-clock time with no time zone, such as the start of care "2026-03-30T12:00".
///
/// To turn it into a moment, resolve it in Amsterdam with ``Amsterdam/resolve(_:policy:)``.
/// The text form is `YYYY-MM-DDTHH:MM`, with `:SS` added when the seconds are not zero.
public struct LocalDateTime: Sendable, Hashable {
    /// The date.
    public let date: LocalDate
    /// The time of day.
    public let time: LocalTime

    /// Combines a date and a time.
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Parses `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    ///
    /// - Throws: ``CalendarError`` naming the whole text: `invalidDateTimeText` when it is not of
    ///   that form, otherwise the date's or time's own code (such as `invalidDate` for 2026-02-30T12:00).
    public init(_ text: some StringProtocol) throws(CalendarError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 16 || bytes.count == 19, bytes[10] == Digits.letterT else {
            throw CalendarError(code: .invalidDateTimeText, value: String(text))
        }
        let whole = String(text)
        let dateText = String(decoding: bytes[0..<10], as: UTF8.self)
        let timeText = String(decoding: bytes[11...], as: UTF8.self)
        do {
            self.init(date: try LocalDate(dateText), time: try LocalTime(timeText))
        } catch  where error.code == .invalidDateText || error.code == .invalidTimeText {
            throw CalendarError(code: .invalidDateTimeText, value: whole)
        } catch {
            throw CalendarError(code: error.code, value: whole, context: error.context)
        }
    }

    /// The same time of day, `days` days later (or earlier, for a negative count).
    ///
    /// - Throws: ``CalendarError`` with code `arithmeticOutOfRange` when the date leaves the supported years.
    public func adding(days: Int) throws(CalendarError) -> LocalDateTime {
        LocalDateTime(date: try date.adding(days: days), time: time)
    }
}

extension LocalDateTime: Comparable {
    /// Earlier date-times come first (compared as wall-clock readings, without a time zone).
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.date != rhs.date ? lhs.date < rhs.date : lhs.time < rhs.time
    }
}

extension LocalDateTime: CustomStringConvertible {
    /// `YYYY-MM-DDTHH:MM`, with `:SS` added when the seconds are not zero.
    public var description: String {
        // Written into one buffer, without the intermediate texts of the date and the time.
        #if hasFeature(Embedded)
            return "\(date)T\(time)"
        #else
            let year = date.year
            guard (0..<10_000).contains(year) else { return "\(date)T\(time)" }
            let second = time.second
            return Digits.isoText(
                date: (year, date.month, date.day), time: (time.hour, time.minute),
                second: second == 0 ? nil : second)
        #endif
    }
}
