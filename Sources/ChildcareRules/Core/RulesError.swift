/// An error from the rules: a question the terms cannot answer, or input the rules cannot accept.
///
/// It follows the shape of `swift-subprocess`'s error: a struct with a stable ``Code``, the offending
/// ``value`` as given, and extra ``context``; the full sentence lives apart, in ``description``.
/// Calendar problems (an impossible date, an unsupported year) arrive wrapped, with the
/// ``CalendarError`` kept in ``calendarError``.
public struct RulesError: Error, Sendable, Hashable {
    /// The kind of rules error: stable, suitable for matching and for logs.
    public struct Code: RawRepresentable, Sendable, Hashable {
        /// The stable text of the code, such as `beforeFirstEdition`.
        public let rawValue: String

        /// Creates a code from its stable text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }
    }

    /// What went wrong.
    public let code: Code
    /// The offending value, as text.
    public let value: String
    /// Extra facts for the message.
    public let context: String
    /// The calendar error behind this one, when the problem was a date, time or instant.
    public let calendarError: CalendarError?

    /// Creates an error. The library creates these; callers normally only read them.
    public init(code: Code, value: String, context: String = "") {
        self.code = code
        // Echoed input is cut at 80 characters, so a message stays short whatever the input.
        self.value = EchoedValue.cut(value)
        self.context = context
        calendarError = nil
    }

    /// Wraps a calendar error.
    public init(_ calendarError: CalendarError) {
        code = .calendar
        value = calendarError.value
        context = calendarError.context
        self.calendarError = calendarError
    }

    /// Runs calendar code, turning its ``CalendarError`` into a ``RulesError``.
    @inlinable
    public static func calendar<T>(_ body: () throws(CalendarError) -> T) throws(RulesError) -> T {
        do {
            return try body()
        } catch {
            throw RulesError(error)
        }
    }
}

extension RulesError.Code {
    /// A date, time or instant was not valid or not supported; see ``RulesError/calendarError``.
    public static let calendar = Self(rawValue: "calendar")
    /// A date before the first edition of the terms: no terms apply to it.
    public static let beforeFirstEdition = Self(rawValue: "beforeFirstEdition")
    /// An argument is outside what the rules accept (such as negative minutes).
    public static let invalidArgument = Self(rawValue: "invalidArgument")
    /// A command repeated an idempotency key with a different payload.
    public static let idempotencyConflict = Self(rawValue: "idempotencyConflict")
    /// A command refers to something that does not exist (such as an unknown reservation).
    public static let unknownReference = Self(rawValue: "unknownReference")
    /// A command is not allowed in the current state (such as approving a rejected request).
    public static let invalidState = Self(rawValue: "invalidState")
}

extension RulesError.Code: CustomStringConvertible {
    /// The stable text of the code.
    public var description: String { rawValue }
}

/// A rules error is data a service may store or send on: it encodes its code, value, context and the
/// calendar error behind it, and reads back equal. (Synthesized, so it lives in the file that declares the
/// type.)
#if !hasFeature(Embedded)
    extension RulesError: Codable {}
#endif

#if !hasFeature(Embedded)
    extension RulesError.Code: Codable {}
#endif
