import ChildcareRules
import JSONValue

/// One JSON object of a request, read member by member; every refusal names the member as a JSON path.
struct AppRequest {
    /// The members, in the order written.
    let members: [(String, JSON)]
    /// Where this object sits in the request, such as `$.contract`.
    let path: String

    /// Reads `value` at `path` as an object.
    init(_ value: JSON, path: String = "$") throws(ParentAppError) {
        guard case .object(let members) = value else {
            throw Self.wrong(path, "an object", value)
        }
        self.members = members
        self.path = path
    }

    /// The member `key`, or `nil` when it is absent or `null`.
    func optional(_ key: String) -> JSON? {
        for (name, value) in members where name == key {
            if case .null = value { return nil }
            return value
        }
        return nil
    }

    /// The member `key`; absent is an error.
    func required(_ key: String) throws(ParentAppError) -> JSON {
        guard let value = optional(key) else {
            throw ParentAppError(code: .invalidRequest, message: "\(path).\(key) is missing.")
        }
        return value
    }

    /// The member `key` as a string.
    func string(_ key: String) throws(ParentAppError) -> String {
        try Self.string(required(key), path: "\(path).\(key)")
    }

    /// The member `key` as a string, or `nil` when absent.
    func optionalString(_ key: String) throws(ParentAppError) -> String? {
        guard let value = optional(key) else { return nil }
        return try Self.string(value, path: "\(path).\(key)")
    }

    /// The member `key` as a whole number.
    func int(_ key: String) throws(ParentAppError) -> Int {
        let value = try required(key)
        guard case .int(let number) = value else {
            throw Self.wrong("\(path).\(key)", "a whole number", value)
        }
        return number
    }

    /// The member `key` as an object.
    func object(_ key: String) throws(ParentAppError) -> AppRequest {
        try AppRequest(required(key), path: "\(path).\(key)")
    }

    /// The member `key` as an object, or `nil` when absent.
    func optionalObject(_ key: String) throws(ParentAppError) -> AppRequest? {
        guard let value = optional(key) else { return nil }
        return try AppRequest(value, path: "\(path).\(key)")
    }

    /// The member `key` as an array (an absent member is an empty array), each item with its path.
    func array(_ key: String) throws(ParentAppError) -> [(JSON, String)] {
        guard let value = optional(key) else { return [] }
        guard case .array(let items) = value else { throw Self.wrong("\(path).\(key)", "an array", value) }
        var result: [(JSON, String)] = []
        for (index, item) in items.enumerated() { result.append((item, "\(path).\(key)[\(index)]")) }
        return result
    }

    /// The member `key` as a date, `YYYY-MM-DD`.
    func date(_ key: String) throws(ParentAppError) -> LocalDate {
        let text = try string(key)
        return try Self.parse("\(path).\(key)", text) { () throws(CalendarError) in try LocalDate(text) }
    }

    /// The member `key` as a date, or `nil` when absent.
    func optionalDate(_ key: String) throws(ParentAppError) -> LocalDate? {
        guard let text = try optionalString(key) else { return nil }
        return try Self.parse("\(path).\(key)", text) { () throws(CalendarError) in try LocalDate(text) }
    }

    /// The member `key` as Amsterdam local date and time, `YYYY-MM-DDTHH:MM`.
    func dateTime(_ key: String) throws(ParentAppError) -> LocalDateTime {
        let text = try string(key)
        return try Self.parse("\(path).\(key)", text) { () throws(CalendarError) in try LocalDateTime(text) }
    }

    /// The member `key` as a time of day, `HH:MM`.
    func time(_ key: String) throws(ParentAppError) -> LocalTime {
        let text = try string(key)
        return try Self.parse("\(path).\(key)", text) { () throws(CalendarError) in try LocalTime(text) }
    }

    /// The member `key` as a language, `nl` or `en`; absent is Dutch, the language of the terms.
    func language(_ key: String) throws(ParentAppError) -> Language {
        guard let text = try optionalString(key) else { return .nl }
        guard let language = Language(rawValue: text) else {
            throw ParentAppError(
                code: .invalidRequest, message: "\(path).\(key) is \"\(text)\", which is not nl or en.")
        }
        return language
    }

    static func string(_ value: JSON, path: String) throws(ParentAppError) -> String {
        guard case .string(let text) = value else { throw wrong(path, "a string", value) }
        return text
    }

    static func parse<T>(
        _ path: String, _ text: String, _ body: () throws(CalendarError) -> T
    ) throws(ParentAppError) -> T {
        do {
            return try body()
        } catch {
            throw ParentAppError(code: .invalidRequest, message: "\(path): \(error.description)")
        }
    }

    static func wrong(_ path: String, _ expected: String, _ value: JSON) -> ParentAppError {
        ParentAppError(code: .invalidRequest, message: "\(path) must be \(expected), not \(value.kindName).")
    }
}
