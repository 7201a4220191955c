/// A wall-clock time of day, to the second, with no date and no time zone.
///
/// The text form is `HH:MM` when the seconds are zero and `HH:MM:SS` otherwise.
public struct LocalTime: Sendable, Hashable {
    /// The number of seconds since midnight, 0 to 86 399.
    public let secondsSinceMidnight: Int32

    /// Midnight, 00:00.
    public static let midnight = LocalTime(uncheckedSeconds: 0)
    /// The last second of the day, 23:59:59.
    public static let endOfDay = LocalTime(uncheckedSeconds: 86_399)

    /// Creates a time, checking each part: hour 0–23, minute 0–59, second 0–59.
    ///
    /// - Throws: ``CalendarError`` with code `invalidTime` naming the time.
    public init(hour: Int, minute: Int, second: Int = 0) throws(CalendarError) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            throw CalendarError(
                code: .invalidTime,
                value: "\(Digits.padded(hour, 2)):\(Digits.padded(minute, 2)):\(Digits.padded(second, 2))",
                context: "hours run from 00 to 23, minutes and seconds from 00 to 59")
        }
        self.init(uncheckedSeconds: hour * 3600 + minute * 60 + second)
    }

    package init(uncheckedSeconds seconds: Int) {
        secondsSinceMidnight = Int32(truncatingIfNeeded: seconds)
    }

    /// The hour, 0 to 23.
    public var hour: Int { Int(secondsSinceMidnight) / 3600 }
    /// The minute, 0 to 59.
    public var minute: Int { Int(secondsSinceMidnight) / 60 % 60 }
    /// The second, 0 to 59.
    public var second: Int { Int(secondsSinceMidnight) % 60 }

    /// The time as `HH:MM`, dropping any seconds: the form used in explanations.
    public var hourMinute: String { text(withSeconds: false) }

    /// `HH:MM`, or `HH:MM:SS` when `withSeconds` (the three forms share it); see ``Digits/isoText``.
    private func text(withSeconds: Bool) -> String {
        #if hasFeature(Embedded)
            let hourMinute = "\(Digits.padded(hour, 2)):\(Digits.padded(minute, 2))"
            return withSeconds ? hourMinute + ":" + Digits.padded(second, 2) : hourMinute
        #else
            return Digits.isoText(date: nil, time: (hour, minute), second: withSeconds ? second : nil)
        #endif
    }

    /// Parses `HH:MM` or `HH:MM:SS`.
    ///
    /// - Throws: ``CalendarError`` naming the text: `invalidTimeText` or `invalidTime`.
    public init(_ text: some StringProtocol) throws(CalendarError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 5 || bytes.count == 8, bytes[2] == Digits.colon,
            let hour = Digits.number(bytes, 0..<2), let minute = Digits.number(bytes, 3..<5)
        else {
            throw CalendarError(code: .invalidTimeText, value: String(text))
        }
        var second = 0
        if bytes.count == 8 {
            guard bytes[5] == Digits.colon, let parsed = Digits.number(bytes, 6..<8) else {
                throw CalendarError(code: .invalidTimeText, value: String(text))
            }
            second = parsed
        }
        do {
            try self.init(hour: hour, minute: minute, second: second)
        } catch {
            throw CalendarError(code: error.code, value: String(text), context: error.context)
        }
    }
}

extension LocalTime: Comparable {
    /// Earlier times of day come first.
    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }
}

extension LocalTime: CustomStringConvertible {
    /// `HH:MM` when the seconds are zero, `HH:MM:SS` otherwise.
    public var description: String { text(withSeconds: second != 0) }

    /// Always `HH:MM:SS`.
    public var withSeconds: String { text(withSeconds: true) }
}
