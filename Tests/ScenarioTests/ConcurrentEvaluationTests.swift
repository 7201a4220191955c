import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

@Suite("Thread safety: scenarios evaluated concurrently give the sequential results")
struct ConcurrentEvaluationTests {
    /// 1,000 scenarios: the scenario files of the repository (Scenarios/ and the valid seeds of the fuzz
    /// corpus), and variants of one case whose report times and days move, so that outcomes differ.
    static func scenarios() throws -> [Scenario] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var files: [Scenario] = []
        for folder in ["Scenarios", "Fuzz/corpus"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".json") && !name.hasPrefix("malformed") {
                files.append(try ScenarioFiles.scenario(at: url.appendingPathComponent(name).path))
            }
        }
        var all = files
        for index in 0..<(1_000 - files.count) {
            let day = 10 + index % 19
            let hour = 10 + index % 10
            let text = BadInputCatalogueTests.base
                .replacingOccurrences(
                    of: "2026-03-26T12:40", with: "2026-03-\(day)T\(hour):\(10 + index % 50)"
                )
                .replacingOccurrences(of: "2026-04-06", with: "2026-04-\(10 + index % 18)")
            all.append(try Scenario.read(Array(text.utf8), file: "variant-\(index).json"))
        }
        return all
    }

    @Test("1,000 scenarios evaluated from a task group equal the sequential results")
    func taskGroup() async throws {
        let scenarios = try Self.scenarios()
        #expect(scenarios.count == 1_000)
        let sequential = scenarios.map { ScenarioCheck.run($0) }
        let concurrent = await withTaskGroup(of: (Int, ScenarioCheck.Result).self) { group in
            for (index, scenario) in scenarios.enumerated() {
                group.addTask { (index, ScenarioCheck.run(scenario)) }
            }
            var results: [Int: ScenarioCheck.Result] = [:]
            for await (index, result) in group { results[index] = result }
            return results
        }
        #expect(concurrent.count == scenarios.count)
        for (index, expected) in sequential.enumerated() where concurrent[index] != expected {
            Issue.record("scenario \(index) (\(expected.scenario.title)) differs when run concurrently")
        }
        #expect(Set(sequential.compactMap { $0.evaluation?.decisions.first?.outcome }).count > 1)
    }
}
