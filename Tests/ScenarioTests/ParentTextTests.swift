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

    /// Every decision of every scenario, with the scenario it came from.
    static let decisions: [(file: String, scenario: Scenario, decision: DecisionRecord)] = {
        var all: [(String, Scenario, DecisionRecord)] = []
        for file in CasebookTests.files {
            guard let scenario = try? ScenarioFiles.scenario(at: CasebookTests.root + "/" + file),
                let evaluation = ScenarioCheck.run(scenario).evaluation
            else { continue }
            for decision in evaluation.decisions { all.append((file, scenario, decision)) }
        }
        return all
    }()

    @Test("Only a request for care on the same day names the 11:00 cut-off (extra opvang lid 1)")
    func sameDayCutoffOnlyOnTheDay() throws {
        var seen = 0
        for (file, scenario, decision) in Self.decisions where decision.rule == ExtraCareRequestRule.rule {
            let event = try #require(scenario.events.first { $0.id == decision.event })
            guard case .extraCareRequested(_, _, let careStart, _, _, _, _) = event.event else { continue }
            seen += 1
            let sameDay = event.at.date == careStart.date
            let namesCutoff = decision.deadlines.contains { $0.kind == ExtraCareRequestRule.deadlineKind }
            #expect(namesCutoff == sameDay, "\(file) event \(decision.event)")
            #expect(
                decision.explanation.nl.contains("11:00") == sameDay
                    || decision.outcome.code == "sameDayAfterCutoff", "\(file) event \(decision.event)")
        }
        #expect(seen > 10)
    }

    @Test("A rejected request names no cancellation deadline (art. 5 lid 4)")
    func rejectionNamesNoDeadline() {
        let rejected = Self.decisions.filter {
            $0.decision.rule == ExtraCareRequestRule.approvalRule && $0.decision.outcome.code == "rejected"
        }
        #expect(!rejected.isEmpty)
        for (file, _, decision) in rejected {
            #expect(decision.deadlines.isEmpty, "\(file) event \(decision.event)")
        }
    }

    @Test("The closure-day text cites art. 4 lid 4, in both languages")
    func closureDayCitesLid4() {
        let closures = Self.decisions.filter { $0.decision.outcome.code == "notACareDay.schoolClosureDay" }
        #expect(!closures.isEmpty)
        for (file, _, decision) in closures {
            #expect(decision.explanation.nl.contains("art. 4 lid 4"), "\(file) event \(decision.event)")
            #expect(decision.explanation.en.contains("art. 4(4)"), "\(file) event \(decision.event)")
        }
    }

    @Test("A version-2 absence says the same in Dutch and English: who can report, and 0 minutes")
    func versionTwoAbsenceSaysTheSame() {
        let v2 = Self.decisions.filter { $0.decision.outcome.code == "appVersionCannotRequest" }
        #expect(!v2.isEmpty)
        for (file, _, decision) in v2 {
            let nl = decision.explanation.nl
            let en = decision.explanation.en
            #expect(nl.contains("versie 1 (de contractouder, of de andere ouder met versie 1)"), "\(file)")
            #expect(
                en.contains("version 1 user (the contract parent, or the other parent with version 1)"),
                "\(file)")
            #expect(nl.contains("0 minuten") && en.contains("0 minutes"), "\(file)")
        }
    }

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
