/// The provisions of mandatory law the rules cite beside the clauses of the terms. Mandatory law prevails
/// over the terms (art. 6:236 sub i BW in ``PriceIncreaseRule``, art. 6:237 sub m BW in
/// ``NoticeInWritingRule``); the right to information of
/// art. 1:377c BW is the one the terms themselves rely on (TSO art. 2 lid 3 sub c).
///
/// A scenario may expect a decision to cite one of these keys as it may expect a clause of the terms.
package enum Statute {
    /// Every statutory provision a rule cites, as a citation.
    package static var citations: [Citation] {
        [TermsEdition.civilCode.cite("1:377c"), PriceIncreaseRule.citation, NoticeInWritingRule.citation]
    }

    /// The rule card of each check of mandatory law, in the order of the rulebook.
    static var cards: [RuleCard] { [PriceIncreaseRule.card, NoticeInWritingRule.card] }

    /// Whether `key` (such as `BW art. 6:237 sub m`) is the key of a provision a rule cites.
    package static func isCited(_ key: String) -> Bool {
        citations.contains { $0.key == key }
    }
}
