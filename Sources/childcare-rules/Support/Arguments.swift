import ChildcareRules

/// A usage error: one line naming the bad value, printed to standard error; the tool exits with code 2.
struct UsageError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The arguments of one command, split into positionals and `--name value` options.
///
/// Every option must be declared by the command; an unknown one, a missing value, or a repeated one
/// is a ``UsageError``.
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    private(set) var wantsHelp = false

    init(_ arguments: [String], options: Set<String>) throws(UsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--help" || argument == "-h" {
                wantsHelp = true
            } else if argument.hasPrefix("--") {
                var name = String(argument.dropFirst(2))
                var value: String?
                if let equals = name.firstIndex(of: "=") {
                    value = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard options.contains(name) else {
                    throw UsageError("unknown option '--\(name)'")
                }
                if value == nil {
                    index += 1
                    guard index < arguments.count else {
                        throw UsageError("option '--\(name)' needs a value")
                    }
                    value = arguments[index]
                }
                guard values[name] == nil else { throw UsageError("option '--\(name)' is given twice") }
                values[name] = value
            } else {
                positionals.append(argument)
            }
            index += 1
        }
    }

    /// The value of `--name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// The value of `--name`, which must be one of `choices`; `fallback` when absent.
    func choice(_ name: String, _ choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let value = values[name] else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(
                "'\(value)' is not a valid --\(name): expected \(choices.joined(separator: " or "))")
        }
        return value
    }

    /// The value of `--name` read as `yes` or `no`; `fallback` when absent.
    func yesNo(_ name: String, default fallback: Bool) throws(UsageError) -> Bool {
        try choice(name, ["yes", "no"], default: fallback ? "yes" : "no") == "yes"
    }

    /// The value of `--name` as a whole number in `range`; `fallback` when absent.
    func integer(
        _ name: String, in range: ClosedRange<Int>, default fallback: Int?
    ) throws(UsageError) -> Int? {
        guard let text = values[name] else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "'\(text)' is not a valid --\(name): expected a whole number from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return number
    }

    /// Exactly `count` positionals, named for the error message.
    func positionals(_ names: [String]) throws(UsageError) -> [String] {
        guard positionals.count == names.count else {
            if positionals.count > names.count {
                throw UsageError("unexpected argument '\(positionals[names.count])'")
            }
            throw UsageError("missing \(names[positionals.count])")
        }
        return positionals
    }

    /// The output format, `text` (default) or `json`.
    func format() throws(UsageError) -> OutputFormat {
        try choice("format", ["text", "json"], default: "text") == "json" ? .json : .text
    }

    /// The readings of `--reading I-003=up[,I-xxx=alt…]`; the library's own without the option.
    func readings() throws(UsageError) -> Readings {
        guard let text = value("reading") else { return .chosen }
        let terms = text.split(separator: ",").map { String($0) }
        return try decide { () throws(RulesError) in try Readings.parsing(terms) }
    }

    /// The language, `nl` (default) or `en`.
    func language() throws(UsageError) -> Language {
        try choice("lang", ["nl", "en"], default: "nl") == "en" ? .en : .nl
    }
}

/// How a command prints its result.
enum OutputFormat {
    case text
    case json
}

/// Reads a value with a calendar parser, turning its error into a usage error that names the value.
func parse<T>(_ what: String, _ body: () throws(CalendarError) -> T) throws(UsageError) -> T {
    do {
        return try body()
    } catch {
        throw UsageError("invalid \(what): \(error)")
    }
}

/// Runs a rule, turning its error into a usage error that names the value.
func decide<T>(_ body: () throws(RulesError) -> T) throws(UsageError) -> T {
    do {
        return try body()
    } catch {
        throw UsageError(error.description)
    }
}
