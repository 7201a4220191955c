/// A JSON value. Objects keep their members in the order written, so output follows a fixed key order
/// (`{"kind":…,"from":…,"date":…}`) and errors can point at the member a person wrote.
///
/// Numbers that are whole and fit in an `Int` are ``int(_:)``; any other number keeps its text in
/// ``number(_:)``, so that a reader can say "1.5 is not a whole number of minutes" rather than round it.
public indirect enum JSON: Sendable {
    /// A string.
    case string(String)
    /// A whole number.
    case int(Int)
    /// Any other number, as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array.
    case array([JSON])
    /// An object, members in the order written.
    case object([(String, JSON)])

    /// The compact text form, with no spaces: what the command line prints.
    public var rendered: String {
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// An indented text form (two spaces), for files a person reads.
    public var pretty: String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    /// The kind of value, for error messages: "a string", "a whole number", …
    public var kindName: String {
        switch self {
        case .string: "a string"
        case .int: "a whole number"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        let newline = indent == nil ? "" : "\n"
        let inner = indent.map { String(repeating: $0, count: level + 1) } ?? ""
        let outer = indent.map { String(repeating: $0, count: level) } ?? ""
        switch self {
        case .string(let text): JSON.writeString(text, to: &output)
        case .int(let number): output += String(number)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else {
                output += "[]"
                return
            }
            output += "[" + newline
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," + newline }
                output += inner
                item.write(to: &output, indent: indent, level: level + 1)
            }
            output += newline + outer + "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{" + newline
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," + newline }
                output += inner
                JSON.writeString(key, to: &output)
                output += indent == nil ? ":" : ": "
                value.write(to: &output, indent: indent, level: level + 1)
            }
            output += newline + outer + "}"
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension JSON: Hashable {
    /// Two values are equal when their compact text forms are equal (member order counts).
    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.rendered == rhs.rendered }

    /// Hashes the compact text form.
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }
}

extension JSON: CustomStringConvertible {
    /// The compact text form.
    public var description: String { rendered }
}
