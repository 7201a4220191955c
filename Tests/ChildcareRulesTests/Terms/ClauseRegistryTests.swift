import ChildcareRules
import Foundation
import Testing

@Suite("Clause registry — the text of the TSO terms, the app terms and both privacy statements")
struct ClauseRegistryTests {
    @Test("Keys are unique")
    func uniqueKeys() {
        let keys = ClauseRegistry.all.map(\.key)
        let duplicates = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(duplicates.isEmpty, "duplicate keys: \(duplicates.sorted())")
        #expect(Set(keys).count == ClauseRegistry.all.count)
    }

    @Test("Each clause's citation has the clause's key, and its text and summary are set", arguments: allKeys)
    func wellFormed(key: String) throws {
        let clause = try #require(ClauseRegistry.clause(forKey: key))
        #expect(clause.citation.key == clause.key)
        #expect(clause.edition == Self.edition[clause.edition.document])
        #expect(!clause.text.isEmpty)
        #expect(clause.text == SeedText.collapsingWhitespace(clause.text), "whitespace is not normalised")
        #expect(!clause.text.contains("<sup>"))
        #expect(!clause.summary.isEmpty)
        #expect(clause.summary == SeedText.collapsingWhitespace(clause.summary))
        if case .notDecidable(let reason) = clause.decidability {
            #expect(!reason.trimmingCharacters(in: .whitespaces).isEmpty)
        }
    }

    @Test(
        "Each document has exactly the pinned number of clauses",
        arguments: [
            (TermsDocument.tsoTerms, 62), (.appTerms, 32), (.appPrivacyStatement, 8),
            (.portalPrivacyStatement, 7), (.civilCode, 0),
        ])
    func counts(document: TermsDocument, count: Int) {
        #expect(ClauseRegistry.clauses(of: document).count == count)
    }

    @Test("The registry lists the documents in order and looks clauses up by key")
    func lookup() throws {
        #expect(ClauseRegistry.all.count == 109)
        #expect(TermsDocument.allCases.flatMap(ClauseRegistry.clauses(of:)) == ClauseRegistry.all)
        #expect(ClauseRegistry.clause(forKey: "TSO art. 99") == nil)
        let swap = try #require(ClauseRegistry.clause(forKey: "TSO art. 5 (extra opvang) lid 6 sub a"))
        #expect(swap.citation == TermsEdition.tso2024.cite("5", section: "Extra opvang", lid: 6, sub: "a"))
        #expect(swap.text.hasPrefix("met ruil- en inhaaluren en je meldt je kind afwezig"))
        #expect(ClauseRegistry.all.first?.key == "TSO 'Aanhef'")
        #expect(ClauseRegistry.all.last?.key == "PORTAL-PRIVACY 'Contact'")
    }

    @Test(
        "The keys follow the citation format",
        arguments: [
            "TSO 'Aanhef'", "TSO art. 2 lid 3", "TSO art. 2 lid 3 sub d", "TSO art. 2 lid 3 sub d.4",
            "TSO art. 3", "TSO art. 5 lid 4", "TSO art. 5 (extra opvang) lid 6", "TSO art. 8 lid 5 sub h",
            "TSO art. 10", "TSO art. 10 lid 1", "TSO art. 10 lid 2", "APP art. 2 sub c", "APP art. 3 lid 6",
            "APP art. 4 sub d", "APP art. 8 lid 4", "APP art. 10 lid 3", "APP art. 12",
            "APP-PRIVACY 'Inleiding'", "APP-PRIVACY 'Welke gegevens?'", "APP-PRIVACY 'Verzoeken en contact'",
            "PORTAL-PRIVACY 'Bewaren van persoonsgegevens'", "PORTAL-PRIVACY 'Contact'",
        ])
    func keyFormat(key: String) {
        #expect(ClauseRegistry.clause(forKey: key) != nil)
    }

    @Test("Exactly these clauses are not decidable, each with a reason")
    func notDecidable() {
        let keys = ClauseRegistry.all.filter { !$0.decidability.isDecidable }.map(\.key)
        #expect(
            keys == [
                "TSO art. 2 lid 3 sub d.4", "TSO art. 5 lid 4", "TSO art. 6 lid 6", "TSO art. 8 lid 3",
                "TSO art. 9",
                "APP art. 3 lid 5", "APP art. 5", "APP art. 6", "APP art. 9", "APP art. 11",
                "APP-PRIVACY 'Inleiding'",
                "APP-PRIVACY 'De doelstellingen van de verwerking van persoonsgegevens'",
                "APP-PRIVACY 'Beveiliging'", "PORTAL-PRIVACY 'Inleiding'",
                "PORTAL-PRIVACY 'De doelstellingen van de verwerking van persoonsgegevens'",
                "PORTAL-PRIVACY 'Beveiliging'",
            ])
        #expect(ClauseRegistry.all.compactMap(\.decidability.reason).allSatisfy { !$0.isEmpty })
    }

    @Test(
        "Each clause's text occurs verbatim in its source document, in document order",
        arguments: [
            TermsDocument.tsoTerms, .appTerms, .appPrivacyStatement, .portalPrivacyStatement,
        ])
    func verbatim(document: TermsDocument) throws {
        guard let source = try SeedText.normalisedSource(of: document) else {
            print(
                "Skipping the verbatim check for \(document.code): the seed directory shared/seeds is absent."
            )
            return
        }
        var previous = source.startIndex
        for clause in ClauseRegistry.clauses(of: document) {
            let found = source.range(of: clause.text)
            #expect(found != nil, "\(clause.key): text not found verbatim in the source")
            if let found {
                #expect(found.lowerBound >= previous, "\(clause.key) is out of document order")
                previous = found.lowerBound
            }
        }
    }

    @Test("Each clause is quoted once, in the folder of the rule that cites it, in its document's order")
    func oneHomePerClause() {
        let quoted = ClauseRegistry.byArea.joined().map(\.key)
        #expect(quoted.count == ClauseRegistry.all.count)
        #expect(Set(quoted) == Set(ClauseRegistry.all.map(\.key)))
        for area in ClauseRegistry.byArea {
            for (earlier, later) in zip(area, area.dropFirst()) {
                #expect(
                    earlier.citation.precedesInDocument(later.citation),
                    "\(later.key) is quoted before \(earlier.key) in its folder")
            }
        }
    }

    @Test("Document order is a strict order: no place precedes itself, and of two places one comes first")
    func documentOrderIsStrict() {
        let citations = ClauseRegistry.all.map(\.citation)
        for left in citations {
            #expect(!left.precedesInDocument(left), "\(left.key) precedes itself")
            for right in citations where right.key != left.key {
                #expect(
                    left.precedesInDocument(right) != right.precedesInDocument(left),
                    "\(left.key) and \(right.key) are not ordered")
            }
        }
    }

    @Test("A section cited by its heading alone is one of its document's unnumbered sections")
    func headingsAreInTheOutline() {
        for clause in ClauseRegistry.all where clause.article == nil {
            let heading = clause.section ?? ""
            #expect(
                clause.edition.document.unnumberedSections.contains(heading),
                "\(clause.key): add its heading to TermsDocument.unnumberedSections")
        }
    }

    @Test("Clauses round-trip through JSON; a key that does not match its citation is rejected")
    func codable() throws {
        let data = try JSONEncoder().encode(ClauseRegistry.all)
        #expect(try JSONDecoder().decode([Clause].self, from: data) == ClauseRegistry.all)

        let clause = try #require(ClauseRegistry.clause(forKey: "TSO art. 9"))
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(clause)) as? [String: Any])
        #expect(object["key"] as? String == "TSO art. 9")
        object["key"] = "TSO art. 10"
        let drifted = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Clause.self, from: drifted) }
    }

    @Test(
        "Decidability encodes as a kind with an optional reason",
        arguments: [
            (Decidability.decidable, #"{"kind":"decidable"}"#),
            (
                .notDecidable(reason: "a court decides"),
                #"{"kind":"notDecidable","reason":"a court decides"}"#
            ),
        ])
    func decidabilityJSON(value: Decidability, json: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(Decidability.self, from: Data(json.utf8)) == value)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Decidability.self, from: Data(#"{"kind":"maybe"}"#.utf8))
        }
    }

    static let allKeys = ClauseRegistry.all.map(\.key)

    static let edition: [TermsDocument: TermsEdition] = [
        .tsoTerms: .tso2024, .appTerms: .app2024, .appPrivacyStatement: .appPrivacy2024,
        .portalPrivacyStatement: .portalPrivacy,
    ]
}

/// Reads the seed documents and normalises them the way the registry quotes them.
///
/// The seeds are Markdown (TSO terms, portal statement) or text extracted from PDF (app terms, app
/// statement). Normalising removes what is layout, not text: footnote markers (`<sup>1</sup>`, and
/// "Partou1" in the PDF extracts), the footnote and URL lines that a page break drops into the middle of a
/// paragraph, Markdown link targets and emphasis, and the line break inside a word hyphenated at the end of
/// a line ("e-\nmailadres" is "e-mailadres"); then whitespace is collapsed to single spaces. List markers
/// ("-", "•", "o") are kept as they stand.
enum SeedText {
    static let files: [TermsDocument: String] = [
        .appTerms: "000_26ee6b1a6cd5a8a7.txt", .appPrivacyStatement: "001_6316685a79480cce.txt",
        .tsoTerms: "002_85f5d4dedd4f8652.txt", .portalPrivacyStatement: "003_3861f4e2b90f17bf.txt",
    ]

    /// Page-break artefacts in the PDF extracts: a footnote and a page-footer URL, each on its own line.
    static let artefactLines: Set<String> = [
        "1 Partou B.V. en Smallsteps B.V. vormen samen: Partou",
        "https://partou.nl/nl/ouderapp-partou/",
        "1 Partou B.V. en Smallsteps B.V. vormen samen Partou.",
        "https://partou.nl/media/uf3oyuwp/gebruiksvoorwaarden-ouderapp-partou-2024.pdf",
    ]

    /// The seed directory: `shared/seeds` next to the package root or next to one of its ancestors (a
    /// worktree may sit one level deeper than the main checkout).
    static func seedDirectory() -> URL? {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { directory.deleteLastPathComponent() }  // …/Tests/ChildcareRulesTests/Terms/File
        while directory.path != "/" {
            directory.deleteLastPathComponent()
            let candidate = directory.appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("README.md").path) {
                return candidate
            }
        }
        return nil
    }

    static func normalisedSource(of document: TermsDocument) throws -> String? {
        guard let directory = seedDirectory(), let file = files[document] else { return nil }
        let raw = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        return normalise(raw)
    }

    static func normalise(_ raw: String) -> String {
        var text = raw.replacing(#/<sup>[0-9]+</sup>/#, with: "")
        text = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { artefactLines.contains($0.trimmingCharacters(in: .whitespaces)) ? "" : String($0) }
            .joined(separator: "\n")
        text = text.replacing("Partou1", with: "Partou")
        text = text.replacing(#/\[([^\]]*)\]\([^)]*\)/#) { String($0.output.1) }
        text = text.replacing("*", with: "")
        text = text.replacing(#/([A-Za-z])-[ \t]*\n\s*(?=[a-z])/#) { "\($0.output.1)-" }
        return collapsingWhitespace(text)
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
