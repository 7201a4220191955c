import ChildcareScenarios
import Foundation
import Testing

/// The casebook: every scenario file under `Scenarios/` is an acceptance test. The cases in
/// `Scenarios/casebook/` are real complaints from the complaints report 2023, moved into the period of the
/// terms; `Docs/Casebook.md` lists them with the report's outcome.
@Suite("Casebook — every scenario under Scenarios/ passes")
struct CasebookTests {
    /// The package root, found from this file: `<root>/Tests/ScenarioTests/CasebookTests.swift`.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every `.json` file under `Scenarios/`, relative to the package root, sorted.
    static let files: [String] = {
        let folder = root + "/Scenarios"
        let paths = (try? ScenarioFiles.expand([folder])) ?? []
        return paths.map { String($0.dropFirst(root.count + 1)) }
    }()

    /// The files under `Scenarios/casebook/`.
    static var casebookFiles: [String] { files.filter { $0.hasPrefix("Scenarios/casebook/") } }

    @Test("The scenario file passes: every expectation is met", arguments: files)
    func scenarioPasses(file: String) throws {
        let scenario = try ScenarioFiles.scenario(at: Self.root + "/" + file)
        let result = ScenarioCheck.run(scenario)
        for failure in result.failures {
            Issue.record("\(file): \(failure)")
        }
        #expect(result.passed, "\(file) — \(scenario.title)")
    }

    @Test("The casebook holds at least 30 complaint cases")
    func casebookSize() {
        #expect(Self.casebookFiles.count >= 30, "found \(Self.casebookFiles.count)")
    }

    @Test("Every casebook file cites its line of the complaints report 2023, or the issue it reproduces")
    func casebookCitesTheReport() throws {
        for file in Self.casebookFiles {
            let scenario = try ScenarioFiles.scenario(at: Self.root + "/" + file)
            // A cross-rule case found by trying the library as a user would (named `NN-…` after its issue)
            // cites that issue instead of a complaint line.
            #expect(
                scenario.sources.contains {
                    $0.hasPrefix("Complaints report 2023, line ") || $0.hasPrefix("Issue ")
                        || $0.hasPrefix("issue ")
                },
                "\(file) does not cite \"Complaints report 2023, line N\" or \"Issue N: …\"")
        }
    }

    @Test("A documented outcome name matches the detailed names nested under it, and nothing else")
    func outcomeNamesMatchByDottedPrefix() {
        #expect(ScenarioCheck.matches("notInApp", "notInApp.email"))
        #expect(ScenarioCheck.matches("notInApp.email", "notInApp.email"))
        #expect(
            ScenarioCheck.matches(
                "parentTermination.rejected", "parentTermination.rejected.notThroughOnlineForm.email"))
        #expect(!ScenarioCheck.matches("notIn", "notInApp.email"))
        #expect(!ScenarioCheck.matches("notInApp.phone", "notInApp.email"))
    }
}
