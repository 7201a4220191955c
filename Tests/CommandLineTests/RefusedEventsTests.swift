import Foundation
import Testing

@testable import childcare_rules

/// Issue 17, items 3 and 4: `explain` and `check` report each refused event and go on; replays are marked
/// and counted once (Docs/Scenarios.md, "Refused events" and "Retries"; TSO art. 5 lid 1).
@Suite("explain and check: refused events in place, replays counted once (TSO art. 5 lid 1)")
struct RefusedEventsTests {
    static let file = "Scenarios/casebook/17-refused-event-in-the-middle.json"

    /// The scenario with its `expect` removed, as a temporary file: the refusal is then not expected.
    static func unexpectedFile() throws -> String {
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let cut = try #require(text.range(of: ",\n  \"expect\""))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("refused-\(UUID()).json")
            .path
        try (String(text[..<cut.lowerBound]) + "\n}\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("explain prints a refused event in its place with index and path, decides the rest, and exits 1")
    func explainText() {
        let (code, output, _) = ChildcareRulesTool.run(["explain", Self.file, "--lang", "en"])
        #expect(code == 1)
        let headings = output.filter { $0.hasPrefix("[") }
        #expect(
            headings == [
                "[monday] swapHours.absence — earned",
                "[cancel-unknown] $.events[1] — refused (unknownReference)",
                "[thursday] swapHours.absence — earned",
                "[thursday-again] swapHours.absence — earned (replay of thursday: its minutes count there, once)",
            ])
        let dutch = ChildcareRulesTool.run(["explain", Self.file]).1
        #expect(dutch.contains("[cancel-unknown] $.events[1] — geweigerd (unknownReference)"))
        #expect(dutch.contains { $0.contains("(herhaling van thursday: de minuten tellen daar, één keer)") })
    }

    @Test("explain --format json: a sum of minutes counts a replay once; a refusal names its path and code")
    func explainJSON() throws {
        let (code, output, _) = ChildcareRulesTool.run(["explain", Self.file, "--format", "json"])
        #expect(code == 1)
        let items = try #require(
            try JSONSerialization.jsonObject(with: Data(output.joined().utf8)) as? [[String: Any]])
        #expect(items.count == 4)
        let minutes = items.compactMap { $0["minutes"] as? Int }.reduce(0, +)
        #expect(minutes == 120)
        #expect(items[3]["replayOf"] as? String == "thursday")
        #expect(items[3]["originalMinutes"] as? Int == 60)
        #expect(items[1]["refused"] as? Bool == true)
        #expect(items[1]["path"] as? String == "$.events[1]")
        #expect(items[1]["error"] as? String == "unknownReference")
    }

    @Test("check passes a refusal the file expects, and fails one it does not expect, naming it, going on")
    func check() throws {
        let expected = ChildcareRulesTool.run(["check", Self.file])
        #expect(expected.0 == 0)
        let path = try Self.unexpectedFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (code, output, _) = ChildcareRulesTool.run(["check", path])
        #expect(code == 1)
        #expect(output.contains { $0.hasPrefix("      $.events[1] (event cancel-unknown): refused: ") })
        #expect(output.last == "0 passed, 1 failed")
    }
}
