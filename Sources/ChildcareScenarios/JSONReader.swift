import ChildcareRules

/// Reads a JSON object member by member, remembering the path for error messages and refusing
/// members it was not asked for (an unknown field is a typo that would otherwise be ignored silently).
///
/// ```swift
/// var reader = try JSONReader(value, at: .root)
/// let title = try reader.string("title")
/// let at = try reader.dateTime("at")
/// try reader.finish()   // fails on any member not read
/// ```
public struct JSONReader {
    /// The path of the object being read.
    public let path: JSONPath
    private let members: [(String, JSON)]
    private var read: Set<String> = []

    /// Starts reading `value`, which must be an object.
    ///
    /// - Throws: ``ScenarioError`` when `value` is not an object.
    public init(_ value: JSON, at path: JSONPath) throws(ScenarioError) {
        guard case .object(let members) = value else {
            throw ScenarioError(path: path, message: "expected an object, found \(value.kindName)")
        }
        self.path = path
        self.members = members
    }

    /// Whether the object has member `key`.
    ///
    /// Asking counts the member as a known field of this object, so that ``finish()`` lists it among the
    /// fields here even when it is absent.
    public mutating func has(_ key: String) -> Bool {
        read.insert(key)
        return members.contains { $0.0 == key }
    }

    /// Member `key` and its path, or `nil` when absent (or `null`).
    public mutating func optional(_ key: String) -> (value: JSON, path: JSONPath)? {
        read.insert(key)
        guard let member = members.first(where: { $0.0 == key }) else { return nil }
        if case .null = member.1 { return nil }
        return (member.1, path.appending(key))
    }

    /// Member `key` and its path.
    ///
    /// - Throws: ``ScenarioError`` naming the missing member.
    public mutating func required(_ key: String) throws(ScenarioError) -> (value: JSON, path: JSONPath) {
        guard let member = optional(key) else {
            throw ScenarioError(path: path.appending(key), message: "this field is required")
        }
        return member
    }

    /// Checks that every member was read.
    ///
    /// - Throws: ``ScenarioError`` naming the first member that was not expected.
    public func finish() throws(ScenarioError) {
        if let unknown = members.first(where: { !read.contains($0.0) }) {
            let known = read.sorted().joined(separator: ", ")
            throw ScenarioError(
                path: path.appending(unknown.0), message: "unknown field; the fields here are: \(known)")
        }
    }

    // MARK: Typed members

    /// Member `key` as a string.
    ///
    /// - Throws: ``ScenarioError``.
    public mutating func string(_ key: String) throws(ScenarioError) -> String {
        let (value, path) = try required(key)
        return try Self.string(value, at: path)
    }

    /// Member `key` as a string, or `nil` when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not a string.
    public mutating func optionalString(_ key: String) throws(ScenarioError) -> String? {
        guard let (value, path) = optional(key) else { return nil }
        return try Self.string(value, at: path)
    }

    /// Member `key` as a whole number in `range`.
    ///
    /// - Throws: ``ScenarioError``.
    public mutating func int(
        _ key: String, in range: ClosedRange<Int>, unit: String
    ) throws(ScenarioError) -> Int {
        let (value, path) = try required(key)
        return try Self.int(value, at: path, in: range, unit: unit)
    }

    /// Member `key` as a whole number in `range`, or `nil` when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not a whole number in range.
    public mutating func optionalInt(
        _ key: String, in range: ClosedRange<Int>, unit: String
    ) throws(ScenarioError)
        -> Int?
    {
        guard let (value, path) = optional(key) else { return nil }
        return try Self.int(value, at: path, in: range, unit: unit)
    }

    /// Member `key` as `true` or `false`, or `fallback` when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not a boolean.
    public mutating func bool(_ key: String, default fallback: Bool) throws(ScenarioError) -> Bool {
        guard let (value, path) = optional(key) else { return fallback }
        guard case .bool(let flag) = value else {
            throw ScenarioError(path: path, message: "expected true or false, found \(value.kindName)")
        }
        return flag
    }

    /// Member `key` as a `YYYY-MM-DD` date.
    ///
    /// - Throws: ``ScenarioError`` naming the value when it is not a valid date.
    public mutating func date(_ key: String) throws(ScenarioError) -> LocalDate {
        let (value, path) = try required(key)
        return try Self.date(value, at: path)
    }

    /// Member `key` as a date, or `nil` when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not a valid date.
    public mutating func optionalDate(_ key: String) throws(ScenarioError) -> LocalDate? {
        guard let (value, path) = optional(key) else { return nil }
        return try Self.date(value, at: path)
    }

    /// Member `key` as an Amsterdam local `YYYY-MM-DDTHH:MM` date-time.
    ///
    /// - Throws: ``ScenarioError`` naming the value.
    public mutating func dateTime(_ key: String) throws(ScenarioError) -> LocalDateTime {
        let (value, path) = try required(key)
        return try Self.dateTime(value, at: path)
    }

    /// Member `key` as an identifier: a string that is not empty and does not start or end with a space.
    ///
    /// - Throws: ``ScenarioError`` when it is missing, not a string, empty or padded.
    public mutating func identifier(_ key: String) throws(ScenarioError) -> String {
        let (value, path) = try required(key)
        return try Self.identifier(value, at: path)
    }

    /// Member `key` as an identifier, or `nil` when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not a string, empty or padded.
    public mutating func optionalIdentifier(_ key: String) throws(ScenarioError) -> String? {
        guard let (value, path) = optional(key) else { return nil }
        return try Self.identifier(value, at: path)
    }

    /// Member `key` as a `HH:MM` time: minutes, without seconds.
    ///
    /// - Throws: ``ScenarioError`` naming the value.
    public mutating func time(_ key: String) throws(ScenarioError) -> LocalTime {
        let (value, path) = try required(key)
        let text = try Self.string(value, at: path)
        guard text.utf8.count == 5 else {
            throw ScenarioError(
                path: path,
                message: "'\(EchoedValue.cut(text))' is not a time of the form HH:MM, such as 12:00")
        }
        do {
            return try LocalTime(text)
        } catch {
            throw ScenarioError(path: path, message: error.description)
        }
    }

    /// Member `key` as one of the raw values of `T`.
    ///
    /// - Throws: ``ScenarioError`` listing the accepted values.
    public mutating func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, as type: T.Type
    ) throws(ScenarioError)
        -> T where T.RawValue == String
    {
        let (value, path) = try required(key)
        return try Self.choice(value, at: path, as: type)
    }

    /// Member `key` as an array, each element with its path.
    ///
    /// - Throws: ``ScenarioError`` when it is not an array.
    public mutating func array(_ key: String) throws(ScenarioError) -> [(value: JSON, path: JSONPath)] {
        let (value, path) = try required(key)
        return try Self.array(value, at: path)
    }

    /// Member `key` as an array, or an empty array when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not an array.
    public mutating func optionalArray(_ key: String) throws(ScenarioError) -> [(value: JSON, path: JSONPath)]
    {
        guard let (value, path) = optional(key) else { return [] }
        return try Self.array(value, at: path)
    }

    /// Member `key` as an object reader.
    ///
    /// - Throws: ``ScenarioError`` when it is missing or not an object.
    public mutating func object(_ key: String) throws(ScenarioError) -> JSONReader {
        let (value, path) = try required(key)
        return try JSONReader(value, at: path)
    }

    /// Member `key` as an object reader, or `nil` when absent.
    ///
    /// - Throws: ``ScenarioError`` when present but not an object.
    public mutating func optionalObject(_ key: String) throws(ScenarioError) -> JSONReader? {
        guard let (value, path) = optional(key) else { return nil }
        return try JSONReader(value, at: path)
    }

    // MARK: Values

    /// `value` as a string.
    ///
    /// - Throws: ``ScenarioError``.
    public static func string(_ value: JSON, at path: JSONPath) throws(ScenarioError) -> String {
        guard case .string(let text) = value else {
            throw ScenarioError(path: path, message: "expected a string, found \(value.kindName)")
        }
        return text
    }

    /// `value` as an identifier: a string that is not empty and does not start or end with a space.
    ///
    /// - Throws: ``ScenarioError``.
    public static func identifier(_ value: JSON, at path: JSONPath) throws(ScenarioError) -> String {
        let text = try string(value, at: path)
        guard let first = text.first, let last = text.last else {
            throw ScenarioError(path: path, message: "an identifier cannot be empty")
        }
        guard !first.isWhitespace, !last.isWhitespace else {
            throw ScenarioError(
                path: path,
                message:
                    "'\(EchoedValue.cut(text))' starts or ends with a space: an identifier is written without"
            )
        }
        return text
    }

    /// `value` as a whole number in `range`.
    ///
    /// - Throws: ``ScenarioError`` naming the number and the unit.
    public static func int(
        _ value: JSON, at path: JSONPath, in range: ClosedRange<Int>, unit: String
    )
        throws(ScenarioError) -> Int
    {
        switch value {
        case .int(let number) where range.contains(number):
            return number
        case .int(let number):
            throw ScenarioError(
                path: path,
                message:
                    "\(number) is out of range: \(unit) must be from \(range.lowerBound) to \(range.upperBound)"
            )
        case .number("-0"):
            throw ScenarioError(path: path, message: "-0 is not a number of \(unit): write 0")
        case .number(let text) where Self.isWholeNumberText(text):
            // Whole, but too large (or too small) for an `Int`: say so, rather than "not whole".
            let isNegative = text.hasPrefix("-")
            let bound = isNegative ? range.lowerBound : range.upperBound
            throw ScenarioError(
                path: path,
                message:
                    "\(EchoedValue.cut(text)) is too \(isNegative ? "small (minimum" : "large (maximum") "
                    + "\(bound) \(unit))")
        case .number(let text):
            throw ScenarioError(
                path: path, message: "\(EchoedValue.cut(text)) is not a whole number of \(unit)")
        default:
            throw ScenarioError(
                path: path, message: "expected a whole number of \(unit), found \(value.kindName)")
        }
    }

    /// Whether `text` is an optional minus sign followed by digits only: a whole number, whatever its size.
    static func isWholeNumberText(_ text: String) -> Bool {
        let digits = text.utf8.drop { $0 == UInt8(ascii: "-") }
        return !digits.isEmpty && digits.count >= text.utf8.count - 1
            && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// `value` as a date.
    ///
    /// - Throws: ``ScenarioError`` naming the value.
    public static func date(_ value: JSON, at path: JSONPath) throws(ScenarioError) -> LocalDate {
        let text = try string(value, at: path)
        do {
            return try LocalDate(text)
        } catch {
            throw ScenarioError(path: path, message: error.description)
        }
    }

    /// `value` as an Amsterdam local date-time.
    ///
    /// - Throws: ``ScenarioError`` naming the value.
    public static func dateTime(_ value: JSON, at path: JSONPath) throws(ScenarioError) -> LocalDateTime {
        let text = try string(value, at: path)
        do {
            return try LocalDateTime(text)
        } catch {
            throw ScenarioError(path: path, message: error.description)
        }
    }

    /// `value` as one of the raw values of `T`.
    ///
    /// - Throws: ``ScenarioError`` listing the accepted values.
    public static func choice<T: RawRepresentable & CaseIterable>(
        _ value: JSON, at path: JSONPath, as type: T.Type
    )
        throws(ScenarioError) -> T where T.RawValue == String
    {
        let text = try string(value, at: path)
        guard let match = T(rawValue: text) else {
            let accepted = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw ScenarioError(path: path, message: "'\(EchoedValue.cut(text))' is not one of: \(accepted)")
        }
        return match
    }

    /// `value` as an array, each element with its path.
    ///
    /// - Throws: ``ScenarioError`` when it is not an array.
    public static func array(
        _ value: JSON, at path: JSONPath
    ) throws(ScenarioError) -> [(value: JSON, path: JSONPath)] {
        guard case .array(let items) = value else {
            throw ScenarioError(path: path, message: "expected an array, found \(value.kindName)")
        }
        return items.enumerated().map { ($0.element, path.appending($0.offset)) }
    }
}
