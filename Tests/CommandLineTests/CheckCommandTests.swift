import Foundation
import Testing

@testable import childcare_rules

@Suite("The check command's contract (issue #6): a line per scenario, 'N passed, M failed', exit 0/1/2")
struct CheckCommandTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Scenarios/demo/01-absence-clock-change.json")

    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    @Test(
        "Bad files name the file and the JSON path, the other files are still checked, and the exit code is 2"
    )
    func badInput() throws {
        let good = try String(contentsOf: Self.demo, encoding: .utf8)
        let bad = good.replacingOccurrences(of: "2026-03-27T09:00", with: "2026-02-30T12:00")
        let url = try folder(["good.json": good, "absence.json": bad, "broken.json": #"{"title": "x", "#])
        defer { try? FileManager.default.removeItem(at: url) }
        let (code, output, _) = ChildcareRulesTool.run(["check", url.path])
        #expect(code == 2)
        #expect(
            output.contains(
                "BAD   absence.json: $.events[1].at: 2026-02-30T12:00 is not a valid date: February 2026 has 28 days."
            ))
        #expect(output.contains { $0.hasPrefix("BAD   broken.json: malformed JSON at line 1") })
        #expect(output.contains { $0.hasPrefix("PASS ") && $0.contains("good.json") })
        #expect(output.last == "1 passed, 2 failed")
    }

    @Test("A failed expectation exits 1; all passing exits 0")
    func failing() throws {
        let good = try String(contentsOf: Self.demo, encoding: .utf8)
        let wrong = good.replacingOccurrences(of: #""outcome": "tooLate""#, with: #""outcome": "earned""#)
        let url = try folder(["wrong.json": wrong])
        defer { try? FileManager.default.removeItem(at: url) }
        let (code, output, _) = ChildcareRulesTool.run(["check", url.path])
        #expect(code == 1)
        #expect(output.last == "0 passed, 1 failed")
        #expect(ChildcareRulesTool.run(["check", Self.demo.path]).0 == 0)
    }
}
