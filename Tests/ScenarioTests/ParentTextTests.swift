import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// Parent text is for parents: every explanation the casebook produces, in Dutch and in English, is read for
/// the wordings that confuse (issue 13, item 9). ISO stays in JSON; the text spells dates out with the year.
@Suite("Parent text: every explanation the casebook produces reads as a parent would expect, in nl and en")
struct ParentTextTests {
    /// Every explanation of every decision of every scenario, with where it came from.
    static let texts: [(place: String, language: String, text: String)] = {
        var texts: [(String, String, String)] = []
        for file in CasebookTests.files {
            guard let scenario = try? ScenarioFiles.scenario(at: CasebookTests.root + "/" + file),
                let evaluation = ScenarioCheck.run(scenario).evaluation
            else { continue }
            for decision in evaluation.decisions {
                let place = "\(file) event \(decision.event) (\(decision.outcome))"
                texts.append((place, "nl", decision.explanation.nl))
                texts.append((place, "en", decision.explanation.en))
            }
        }
        return texts
    }()

    /// A pattern that must not occur, and why.
    struct Rule: Sendable, CustomStringConvertible {
        let name: String
        let pattern: String
        var description: String { name }
    }

    static let months =
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
        + "January|February|March|April|May|June|July|August|September|October|November|December"

    static let rules: [Rule] = [
        Rule(name: "no ISO dates or months in parent text (ISO stays in JSON)", pattern: #"\b\d{4}-\d{2}\b"#),
        Rule(name: "no register ids", pattern: #"\bI-\d{3}\b|For legal|Voor juridische zaken"#),
        Rule(name: "never 'uiterlijk … vóór' in one sentence", pattern: #"uiterlijk[^.]*vóór"#),
        Rule(
            name: "singular units after 1",
            pattern: #"\b1 (days|dagen|minutes|minuten|weeks|weken|months|maanden|hours|uren)\b"#),
        Rule(
            name: "a day and month carry the year",
            pattern: #"\b\d{1,2} ("# + months + #")\b(?! \d{4})"#),
        Rule(
            name: "one edition name per sentence",
            pattern: #"(TSO-voorwaarden|TSO terms)((?!\. [A-Z]).)*(TSO-voorwaarden|TSO terms)"#),
    ]

    @Test("The casebook produces explanations to read")
    func thereIsText() {
        #expect(Self.texts.count > 200)
    }

    @Test("No explanation breaks a wording rule", arguments: rules)
    func wording(rule: Rule) throws {
        let regex = try NSRegularExpression(pattern: rule.pattern)
        var offending: [String] = []
        for (place, language, text) in Self.texts {
            let range = NSRange(text.startIndex..., in: text)
            guard let match = regex.firstMatch(in: text, range: range),
                let found = Range(match.range, in: text)
            else { continue }
            offending.append("\(place) [\(language)]: …\(text[found])…")
        }
        let report =
            "\(offending.count) texts break '\(rule.name)':\n\(offending.prefix(12).joined(separator: "\n"))"
        #expect(offending.isEmpty, "\(report)")
    }
}
