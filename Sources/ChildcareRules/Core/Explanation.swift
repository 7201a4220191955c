/// A text in Dutch and in English: how the library explains a decision to a parent.
///
/// Explanations name the facts, the deadline computed, and the article applied, in words a parent
/// would accept: "Je meldde Noor af op donderdag 26 maart om 12:40. …".
///
/// An explanation is data until it is read: the rules on the engine's hot path build it from a template
/// and its typed arguments (the dates, the deadline, the citations), and ``nl``, ``en`` and
/// ``text(in:)`` render the text only when asked. A service that stores decisions without showing them
/// pays nothing for text. Two explanations are equal when their texts are; the JSON form is the two
/// texts, as it has always been.
public struct Explanation: Sendable {
    /// What the explanation is made of.
    let storage: Storage

    /// The parts of an explanation, rendered when read. Every case is boxed, so an explanation is one
    /// reference wide whatever it holds.
    indirect enum Storage: Sendable {
        /// A written text, its citations compacted when read.
        case text(nl: String, en: String)
        /// A text used as it is, without compacting citations.
        case verbatim(nl: String, en: String)
        /// A template with its typed arguments, held by `render`, its citations compacted when read.
        case template(id: String, render: @Sendable (Language) -> String)
        /// Two or more explanations, joined by a space and compacted as one text when read.
        case joined([Explanation])
    }

    /// Creates an explanation from its two texts.
    ///
    /// Citations stay compact for a parent: within one sentence an edition is named once, so a second
    /// citation of the same edition in that sentence keeps only its place ("… (TSO-voorwaarden 2024,
    /// art. 3); een mondelinge melding telt niet (art. 2 lid 4)").
    public init(nl: String, en: String) {
        storage = .text(nl: nl, en: en)
    }

    /// Creates an explanation from its two texts as they are, without compacting citations: for the
    /// labels of the editions themselves, which the compacting reads.
    init(verbatim nl: String, en: String) {
        storage = .verbatim(nl: nl, en: en)
    }

    /// An explanation rendered from `template` when it is read.
    init<Template: ExplanationTemplate>(_ template: Template) {
        storage = .template(id: template.id, render: { language in template.render(in: language) })
    }

    /// The Dutch text.
    public var nl: String { text(in: .nl) }

    /// The English text.
    public var en: String { text(in: .en) }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        if case .verbatim(let nl, let en) = storage { return language == .nl ? nl : en }
        return Self.namingEachEditionOnce(raw(in: language), in: language)
    }

    /// The identifiers of the templates the explanation is rendered from, in reading order, such as
    /// `swapHours.absence.report`; empty for an explanation written as text.
    public var templateIDs: [String] {
        switch storage {
        case .text, .verbatim: []
        case .template(let id, _): [id]
        case .joined(let parts): parts.flatMap { $0.templateIDs }
        }
    }

    /// Both texts joined to `other`'s, separated by a space.
    public func followed(by other: Explanation) -> Explanation {
        var parts: [Explanation]
        if case .joined(let own) = storage { parts = own } else { parts = [self] }
        if case .joined(let theirs) = other.storage { parts += theirs } else { parts.append(other) }
        return Explanation(storage: .joined(parts))
    }

    private init(storage: Storage) {
        self.storage = storage
    }

    /// The text in `language` before citations are compacted: what a template that writes its text as an
    /// explanation of its own gives to the explanation it is part of.
    func raw(in language: Language) -> String {
        switch storage {
        case .text(let nl, let en), .verbatim(let nl, let en): language == .nl ? nl : en
        case .template(_, let render): render(language)
        case .joined(let parts):
            parts.dropFirst().reduce(into: parts.first?.raw(in: language) ?? "") { text, part in
                text += " "
                text += part.raw(in: language)
            }
        }
    }
}

extension Explanation: Equatable {
    /// Whether both explanations read the same, in Dutch and in English.
    public static func == (lhs: Explanation, rhs: Explanation) -> Bool {
        lhs.nl == rhs.nl && lhs.en == rhs.en
    }
}

extension Explanation: Hashable {
    /// Hashes both texts.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(nl)
        hasher.combine(en)
    }
}
