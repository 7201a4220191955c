/// An error from the civil calendar: a value that is not a date, a time, or a moment this library supports.
///
/// Like the errors of `swift-subprocess`, this is a struct with a stable ``Code`` and the offending
/// ``value`` as the caller gave it. The full-sentence wording lives apart from the data, in
/// ``description``, so that callers can match on the code and show the sentence.
///
/// ```swift
/// do {
///     _ = try LocalDate("2025-02-30")
/// } catch {
///     print(error)  // "2025-02-30 is not a valid date: February 2025 has 28 days."
/// }
/// ```
public struct CalendarError: Error, Sendable, Hashable {
    /// The kind of calendar error: stable, suitable for matching and for logs.
    public struct Code: RawRepresentable, Sendable, Hashable {
        /// The stable text of the code, such as `invalidDate`.
        public let rawValue: String

        /// Creates a code from its stable text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }
    }

    /// What went wrong.
    public let code: Code

    /// The offending value, as text, as the caller gave it (or as the library computed it); a value of
    /// more than 80 characters is cut, ending in "…(N more)".
    public let value: String

    /// Extra facts for the message, such as the number of days in the month or the supported range.
    public let context: String

    /// Creates an error. The library creates these; callers normally only read them.
    public init(code: Code, value: String, context: String = "") {
        self.code = code
        // Echoed input is cut at 80 characters, so a message stays short whatever the input.
        self.value = EchoedValue.cut(value)
        self.context = context
    }
}

extension CalendarError.Code {
    /// Text that is not of the form `YYYY-MM-DD`.
    public static let invalidDateText = Self(rawValue: "invalidDateText")
    /// A year, month and day that do not form a date, such as 2025-02-30 or 2025-13-01.
    public static let invalidDate = Self(rawValue: "invalidDate")
    /// A year outside the years this library supports for the operation asked.
    public static let yearOutOfRange = Self(rawValue: "yearOutOfRange")
    /// Text that is not of the form `HH:MM` or `HH:MM:SS`.
    public static let invalidTimeText = Self(rawValue: "invalidTimeText")
    /// An hour, minute or second out of range, such as 24:00 or 12:60.
    public static let invalidTime = Self(rawValue: "invalidTime")
    /// Text that is not of the form `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`.
    public static let invalidDateTimeText = Self(rawValue: "invalidDateTimeText")
    /// Text that is not of the form `YYYY-MM`.
    public static let invalidYearMonthText = Self(rawValue: "invalidYearMonthText")
    /// An Amsterdam local time that does not exist: it falls in the spring gap of a clock change.
    public static let nonexistentLocalTime = Self(rawValue: "nonexistentLocalTime")
    /// An Amsterdam local time that occurs twice: it falls in the repeated autumn hour.
    public static let ambiguousLocalTime = Self(rawValue: "ambiguousLocalTime")
    /// An instant outside the range this library supports.
    public static let instantOutOfRange = Self(rawValue: "instantOutOfRange")
    /// A count of days, weeks, months or seconds so large that the result leaves every supported year.
    public static let arithmeticOutOfRange = Self(rawValue: "arithmeticOutOfRange")
}

extension CalendarError.Code: CustomStringConvertible {
    /// The stable text of the code.
    public var description: String { rawValue }
}

/// A calendar error is data a service may store or send on: it encodes its code, value and context, and
/// reads back equal. (Synthesized, so it lives in the file that declares the type.)
#if !hasFeature(Embedded)
    extension CalendarError: Codable {}
#endif

#if !hasFeature(Embedded)
    extension CalendarError.Code: Codable {}
#endif
