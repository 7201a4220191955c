/// One entry of the interpretation register (`Docs/Interpretations.md`): a clause that can be read more
/// than one way, the readings considered, the one chosen and why, and the tests that pin it down.
///
/// The texts are Markdown, written as they appear in the register. The library chooses the reading most
/// favourable to the parent (art. 6:238 lid 2 BW). Every entry is a ``Reading`` as a value (``reading``):
/// its id, its title, the words it reads and its alternatives, the chosen one first. An entry that a rule can be switched on holds its
/// ``Reading`` in ``switchable``, which gives the entry its id and title, so the register and
/// `childcare-rules check --reading` name the same alternatives. Only the command-line tool renders the
/// register (``InterpretationRegister/markdown()``); the rules never read these texts.
package struct Interpretation: Sendable {
    /// The register's identifier, such as `I-003`: the hundred names the section.
    package let id: String
    /// The entry's heading, after the identifier.
    package let title: String
    /// The Dutch words the entry reads, verbatim as they appear in ``clause``; empty for a gap the terms
    /// leave (a clause that starts "none").
    package let quote: String
    /// The readings as values, the chosen one first, each with a kebab-case id and a one-line summary.
    package let alternatives: [Reading.Alternative]
    /// The clause read, with its source and the Dutch words quoted.
    package let clause: String
    /// The readings considered, numbered.
    package let readingsConsidered: String
    /// The reading chosen.
    package let chosen: String
    /// Why that reading was chosen.
    package let why: String
    /// A conflict or gap the library cannot settle alone, for legal staff; `nil` when there is none.
    package let forLegal: String?
    /// The reading as a value a rule can be switched on; `nil` when no rule can be.
    package let switchable: Switchable?
    /// A further consequence of the choice, listed after it; `nil` when there is none.
    package let also: String?
    /// The tests that pin the reading down, file by file.
    package let pinnedBy: [PinnedTests]

    /// An entry that no rule can be switched on: `quote` is the words it reads and `alternatives` the
    /// readings, the chosen one first.
    package init(
        id: String, title: String, quote: String, alternatives: [Reading.Alternative],
        clause: String, readingsConsidered: String, chosen: String, why: String,
        forLegal: String? = nil, also: String? = nil, pinnedBy: [PinnedTests]
    ) {
        self.id = id
        self.title = title
        self.quote = quote
        self.alternatives = alternatives
        self.clause = clause
        self.readingsConsidered = readingsConsidered
        self.chosen = chosen
        self.why = why
        self.forLegal = forLegal
        self.switchable = nil
        self.also = also
        self.pinnedBy = pinnedBy
    }

    /// An entry that a rule can be switched on: its id and title are those of `switchable`'s reading.
    package init(
        switchable: Switchable, clause: String, readingsConsidered: String, chosen: String, why: String,
        forLegal: String? = nil, also: String? = nil, pinnedBy: [PinnedTests]
    ) {
        self.id = switchable.reading.id
        self.title = switchable.reading.title
        self.quote = switchable.reading.quote
        self.alternatives = switchable.reading.alternatives
        self.clause = clause
        self.readingsConsidered = readingsConsidered
        self.chosen = chosen
        self.why = why
        self.forLegal = forLegal
        self.switchable = switchable
        self.also = also
        self.pinnedBy = pinnedBy
    }
}

extension Interpretation {
    /// The entry as a value: its id, title, quote and alternatives, the chosen one first. For an entry a
    /// rule can be switched on, the ``Reading`` the rule asks for.
    package var reading: Reading {
        switchable?.reading ?? Reading(id: id, title: title, quote: quote, alternatives: alternatives)
    }
}
