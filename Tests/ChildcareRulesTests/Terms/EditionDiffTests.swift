import Testing

@testable import ChildcareRules

@Suite(
    "What changes between two editions, clause by clause and parameter by parameter (issue 15; TSO terms art. 5)"
)
struct EditionDiffTests {
    /// Every TSO clause of 2024 moved to the fictitious 2027 edition, art. 5 lid 1 with 72 hours, art. 9
    /// dropped and a new clause added.
    static func index() -> ClauseIndex {
        let moved = ClauseRegistry.clauses(of: .tsoTerms).compactMap { clause -> Clause? in
            if clause.key == "TSO art. 9" { return nil }
            let text =
                clause.key == "TSO art. 5 lid 1"
                ? clause.text.replacingOccurrences(of: "96 uur", with: "72 uur") : clause.text
            let c = clause.citation
            return Clause(
                Citation(
                    edition: FixtureEdition.tso2027, article: c.article, section: c.section,
                    paragraph: c.paragraph, point: c.point),
                text: text, summary: clause.summary, decidability: clause.decidability)
        }
        let added = Clause(
            FixtureEdition.tso2027.cite("11"), text: "Nieuw artikel.", summary: "A new article.",
            decidability: .decidable)
        return ClauseIndex(ClauseRegistry.all + moved + [added])
    }

    @Test("The fixture edition changes art. 5 lid 1, drops art. 9, adds art. 11, and changes two parameters")
    func fixtureDiff() throws {
        let diff = try EditionDiff(
            from: .tso2024, to: FixtureEdition.tso2027, index: Self.index(),
            parameters: [.edition2024, FixtureEdition.parameters])
        #expect(diff.clauses.map(\.key) == ["TSO art. 5 lid 1", "TSO art. 9", "TSO art. 11"])
        guard case .changed(_, let old, let new) = diff.clauses[0] else {
            Issue.record("art. 5 lid 1 is changed")
            return
        }
        #expect(old.contains("meer dan 96 uur") && new.contains("meer dan 72 uur"))
        #expect(
            diff.parameters
                == [
                    EditionDiff.ParameterChange(
                        name: "tso.absence.noticeHours", clauseKey: "TSO art. 5 lid 1", from: "96 hours",
                        to: "72 hours"),
                    EditionDiff.ParameterChange(
                        name: "tso.extraCare.sameDayCutoff", clauseKey: "TSO art. 5 (extra opvang) lid 1",
                        from: "11:00", to: "10:00"),
                ])
        let markdown = diff.markdown()
        #expect(markdown.contains("| `tso.absence.noticeHours` | TSO art. 5 lid 1 | 96 hours | 72 hours |"))
        #expect(markdown.contains("### TSO art. 9: removed"))
        #expect(markdown.contains("### TSO art. 11: added"))
    }

    @Test("An edition compared with itself has no differences")
    func same() throws {
        let diff = try EditionDiff(from: .tso2024, to: .tso2024)
        #expect(diff.isEmpty)
        #expect(diff.markdown().contains("the same clause texts and parameters"))
    }

    @Test("Editions of two documents cannot be compared, and an unknown edition name is a typed error")
    func errors() {
        let documents = #expect(throws: RulesError.self) { try EditionDiff(from: .tso2024, to: .app2024) }
        #expect(documents?.code == .invalidArgument)
        let unknown = #expect(throws: RulesError.self) { try TermsEdition.named("tso-terms@2027-01-01") }
        #expect(unknown?.code == .unknownReference)
        #expect(TermsEdition.tso2024.id == "tso-terms@2024-08-01")
    }
}
