import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// The scenario format is a public contract that legal and product write by hand: `Docs/Scenarios.md` must
/// name every event type the reader accepts and every outcome the casebook produces.
@Suite("Docs/Scenarios.md names every event type and every outcome the casebook produces")
struct ScenarioDocsTests {
    static let text: String =
        (try? String(contentsOfFile: CasebookTests.root + "/Docs/Scenarios.md", encoding: .utf8)) ?? ""

    @Test("Every event type the reader accepts has a row", arguments: ScenarioEvents.types)
    func eventType(type: String) {
        #expect(Self.text.contains("`\(type)`"), "Docs/Scenarios.md does not name the event type \(type)")
    }

    @Test("Every outcome the casebook produces is listed (its first part, before any nested detail)")
    func outcomes() throws {
        var names: Set<String> = []
        for file in CasebookTests.files {
            let scenario = try ScenarioFiles.scenario(at: CasebookTests.root + "/" + file)
            for decision in ScenarioCheck.run(scenario).evaluation?.decisions ?? [] {
                names.insert(String(decision.outcome.code.split(separator: ".").first ?? ""))
            }
        }
        let missing = names.filter { !Self.text.contains("`\($0)") }.sorted()
        #expect(missing.isEmpty, "not in Docs/Scenarios.md: \(missing.joined(separator: ", "))")
    }
}
