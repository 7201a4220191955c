import ChildcareRules

/// Bad input in a scenario file: which file, where in it, and what is wrong.
///
/// It reads as one line: `absence.json: $.events[3].at: 2026-02-30T12:00 is not a valid date: February
/// 2026 has 28 days.`
public struct ScenarioError: Error, Sendable, Hashable {
    /// The file's name, when known.
    public var file: String?
    /// Where in the document, when the document parsed.
    public let path: JSONPath?
    /// What is wrong, as a sentence naming the value.
    public let message: String

    /// Creates an error.
    public init(file: String? = nil, path: JSONPath?, message: String) {
        self.file = file
        self.path = path
        // Echoed input is cut at 80 characters a word and the message at 400, whatever the input.
        self.message = EchoedValue.bounded(message)
    }

    /// The same error attributed to `file`.
    public func inFile(_ file: String) -> ScenarioError {
        ScenarioError(file: file, path: path, message: message)
    }
}

extension ScenarioError: CustomStringConvertible {
    /// `file: $.path: message`, leaving out the parts that are not known.
    public var description: String {
        [file, path.map { EchoedValue.bounded($0.description) }, message].compactMap { $0 }
            .joined(separator: ": ")
    }
}
