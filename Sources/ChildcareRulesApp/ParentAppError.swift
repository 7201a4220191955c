import ChildcareRules

/// Why a parent-app call gave no answer: a code a program can branch on, and a full sentence a person reads.
///
/// It travels as `{"error":{"code":"…","message":"…"}}`, the only shape an answer takes besides a result.
/// The codes of the request itself are below; a rule's refusal keeps the ``RulesError/Code`` of the rule
/// (`invalidArgument`, `beforeFirstEdition`, `calendar`, `outOfOrder`, …).
public struct ParentAppError: Error, Sendable, Hashable {
    /// What went wrong, as a stable string.
    public struct Code: RawRepresentable, Sendable, Hashable {
        /// The code's text, as it appears in the answer.
        public let rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The request is not JSON.
        public static let malformedJSON = Self(rawValue: "malformedJSON")
        /// A member is missing, of the wrong kind, or not a valid value.
        public static let invalidRequest = Self(rawValue: "invalidRequest")
        /// No exported function has that name.
        public static let unknownFunction = Self(rawValue: "unknownFunction")
    }

    /// What went wrong.
    public let code: Code
    /// A full sentence, naming the member (as a JSON path) and the value.
    public let message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// A rule's refusal, with the rule's code and sentence.
    public init(_ error: RulesError) {
        self.init(code: Code(rawValue: error.code.rawValue), message: error.description)
    }
}
