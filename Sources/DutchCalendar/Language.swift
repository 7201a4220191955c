/// A language in which the library writes names and explanations.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Dutch, the language of the terms.
    case nl
    /// English.
    case en
}
