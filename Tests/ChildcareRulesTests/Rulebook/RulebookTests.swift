import ChildcareRules
import Testing

@Suite("The rulebook for legal staff")
struct RulebookTests {
    @Test("Every rule card cites clauses that exist in the registry, with unique rule ids")
    func cardsResolve() {
        let cards = Rulebook.cards
        #expect(Set(cards.map(\.id)).count == cards.count)
        for card in cards {
            #expect(!card.clauseKeys.isEmpty, "\(card.id) cites no clause")
            for key in card.clauseKeys {
                #expect(ClauseRegistry.clause(forKey: key) != nil, "\(card.id) cites unknown clause \(key)")
            }
        }
    }

    @Test("The rulebook generates, quotes each clause and computes every example")
    func generates() throws {
        let markdown = try Rulebook.markdown()
        #expect(markdown.hasPrefix("# Rulebook"))
        for card in Rulebook.cards {
            for table in try card.examples() {
                #expect(!table.rows.isEmpty, "\(card.id): \(table.caption)")
                #expect(table.rows.allSatisfy { $0.count == table.headers.count })
            }
        }
        #expect(markdown.contains("| Monday 2026-10-26T12:00:00+01:00 | 2026-10-22T13:00:00+02:00 |"))
    }
}
