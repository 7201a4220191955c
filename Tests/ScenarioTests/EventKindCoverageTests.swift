import ChildcareRules
import ChildcareScenarios
import Foundation
import Testing

/// An engine event is declared once, as a case of `EngineEvent` (or of the contract or access event inside
/// it), and `EventKind` names it. The compiler keeps the engine's switch and `EngineEvent.kind` complete;
/// these tests keep the scenario reader and `Docs/Scenarios.md` complete: every kind can be written in a
/// scenario file, and every type the reader accepts is documented (`ScenarioDocsTests`).
@Suite("One event, three homes: the scenario reader writes every kind of event the engine decides (issue 15)")
struct EventKindCoverageTests {
    /// The kinds the bundled scenarios read into.
    static let kindsRead: Set<EventKind> = {
        var kinds: Set<EventKind> = []
        for file in CasebookTests.files {
            guard let scenario = try? ScenarioFiles.scenario(at: CasebookTests.root + "/" + file) else {
                continue
            }
            for timed in scenario.events { kinds.insert(timed.event.kind) }
        }
        return kinds
    }()

    @Test(
        "Every kind of event the engine decides is read from a bundled scenario",
        arguments: EventKind.allCases)
    func kindIsRead(kind: EventKind) {
        #expect(Self.kindsRead.contains(kind), "no bundled scenario writes an event of kind \(kind.rawValue)")
    }
}
