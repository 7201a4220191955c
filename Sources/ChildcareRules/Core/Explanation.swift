/// A text in Dutch and in English: how the library explains a decision to a parent.
///
/// Explanations name the facts, the deadline computed, and the article applied, in words a parent
/// would accept: "Je meldde Noor af op donderdag 26 maart om 12:40. …".
public struct Explanation: Sendable, Hashable, Codable {
    /// The Dutch text.
    public let nl: String
    /// The English text.
    public let en: String

    /// Creates an explanation from its two texts.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .nl: nl
        case .en: en
        }
    }

    /// Both texts joined to `other`'s, separated by a space.
    public func followed(by other: Explanation) -> Explanation {
        Explanation(nl: nl + " " + other.nl, en: en + " " + other.en)
    }
}
