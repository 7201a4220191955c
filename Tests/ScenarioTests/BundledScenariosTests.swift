import ChildcareScenarios
import Foundation
import Testing

@Suite("The bundled demo scenarios")
struct BundledScenariosTests {
    static let demoFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios/demo")

    @Test("The bundled copies equal Scenarios/demo (run Scripts/bundle-demo-scenarios.py when they differ)")
    func fresh() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.demoFolder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(BundledScenarios.all.map(\.name) == names)
        for (name, json) in BundledScenarios.all {
            let file = try String(contentsOf: Self.demoFolder.appendingPathComponent(name), encoding: .utf8)
            // A multi-line string literal leaves out the newline before its closing delimiter.
            #expect(file.trimmingCharacters(in: .newlines) == json, "\(name) differs from its bundled copy")
        }
    }

    @Test("Every bundled scenario reads and passes", arguments: BundledScenarios.all.map(\.name))
    func passes(name: String) throws {
        let json = try #require(BundledScenarios.all.first { $0.name == name }?.json)
        let scenario = try Scenario.read(Array(json.utf8), file: name)
        let result = ScenarioCheck.run(scenario)
        #expect(result.passed, "\(result.failures)")
    }
}
