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
    ///
    /// Citations stay compact for a parent: within one sentence an edition is named once, so a second
    /// citation of the same edition in that sentence keeps only its place ("… (TSO-voorwaarden 2024,
    /// art. 3); een mondelinge melding telt niet (art. 2 lid 4)").
    public init(nl: String, en: String) {
        self.nl = Self.namingEachEditionOnce(nl, names: Self.editionNames.nl)
        self.en = Self.namingEachEditionOnce(en, names: Self.editionNames.en)
    }

    /// Creates an explanation from its two texts as they are, without compacting citations: for the
    /// labels of the editions themselves, which the compacting reads.
    init(verbatim nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The compact name of every edition the library knows, in each language.
    private static let editionNames: (nl: [String], en: [String]) = (
        TermsEdition.all.map { Citation.editionName($0, in: .nl) + ", " },
        TermsEdition.all.map { Citation.editionName($0, in: .en) + ", " }
    )

    /// `text` with the second and later mentions of an edition name within one sentence removed.
    static func namingEachEditionOnce(_ text: String, names: [String]) -> String {
        guard names.contains(where: { text.contains($0) }) else { return text }
        var result = ""
        var sentence = Substring()
        var rest = Substring(text)
        while !rest.isEmpty {
            // A sentence ends at ". " (or "? ", "! ") before a capital letter, or at a line break.
            var end = rest.endIndex
            var index = rest.startIndex
            while index < rest.endIndex {
                let character = rest[index]
                let next = rest.index(after: index)
                if character == "\n" {
                    end = next
                    break
                }
                if character == "." || character == "?" || character == "!", next < rest.endIndex,
                    rest[next] == " ", rest.index(after: next) < rest.endIndex,
                    rest[rest.index(after: next)].isUppercase
                {
                    end = rest.index(after: next)
                    break
                }
                index = next
            }
            sentence = rest[rest.startIndex..<end]
            rest = rest[end...]
            var text = String(sentence)
            for name in names {
                guard let first = text.firstRange(of: name) else { continue }
                let head = text[..<first.upperBound]
                let tail = text[first.upperBound...].replacing(name, with: "")
                text = String(head) + String(tail)
            }
            result += text
        }
        return result
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
