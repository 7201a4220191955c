import Testing

@testable import ChildcareRules

@Suite(
    "Every edition's text of a clause is kept, and looked up by key and date (issue 15; TSO terms art. 5 lid 1)"
)
struct ClauseIndexTests {
    static let text2024 = ClauseRegistry.clause(forKey: "TSO art. 5 lid 1")

    /// The registry's clauses plus a fictitious 2027 text of art. 5 lid 1 (72 hours).
    static func index() throws -> ClauseIndex {
        let base = try #require(text2024)
        let fixture = Clause(
            Citation(edition: FixtureEdition.tso2027, article: "5", section: nil, paragraph: 1, point: nil),
            text: base.text.replacingOccurrences(of: "96 uur", with: "72 uur"), summary: base.summary,
            decidability: base.decidability)
        return ClauseIndex([fixture] + ClauseRegistry.all)
    }

    @Test("Two editions of one clause are both kept, oldest first, whatever order they are given in")
    func keepsBoth() throws {
        let texts = try Self.index().texts(forKey: "TSO art. 5 lid 1")
        #expect(texts.map(\.edition) == [.tso2024, FixtureEdition.tso2027])
        #expect(texts[1].text.contains("meer dan 72 uur"))
        #expect(ClauseRegistry.index.texts(forKey: "TSO art. 5 lid 1").count == 1)
    }

    @Test(
        "The text in force on a date is the newest edition that had started by then",
        arguments: [("2026-12-31", "96 uur"), ("2027-01-01", "72 uur")])
    func byDate(date: String, words: String) throws {
        let clause = try Self.index().clause(forKey: "TSO art. 5 lid 1", on: LocalDate(date))
        #expect(clause.text.contains("meer dan \(words)"))
    }

    @Test("A date before every edition with the clause, or an unknown key, is a typed error")
    func errors() throws {
        let index = try Self.index()
        let early = #expect(throws: RulesError.self) {
            try index.clause(forKey: "TSO art. 5 lid 1", on: LocalDate("2024-07-31"))
        }
        #expect(early?.code == .beforeFirstEdition)
        let unknown = #expect(throws: RulesError.self) {
            try index.clause(forKey: "TSO art. 99", on: LocalDate("2026-01-01"))
        }
        #expect(unknown?.code == .unknownReference)
    }

    @Test("A citation finds the text of the edition it names")
    func byCitation() throws {
        let citation = TermsEdition.tso2024.cite("5", lid: 1)
        #expect(ClauseRegistry.clause(for: citation)?.text == Self.text2024?.text)
        let fixture = Citation(
            edition: FixtureEdition.tso2027, article: "5", section: nil, paragraph: 1, point: nil)
        #expect(ClauseRegistry.clause(for: fixture) == nil)
        #expect(
            try Self.index().clause(forKey: fixture.key, in: fixture.edition)?.text.contains("72 uur") == true
        )
    }
}
