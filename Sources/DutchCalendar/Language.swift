/// A language in which the library writes names and explanations.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Dutch, the language of the terms.
    case nl
    /// English.
    case en
}

#if !hasFeature(Embedded)
    extension Language: Codable {}
#endif
