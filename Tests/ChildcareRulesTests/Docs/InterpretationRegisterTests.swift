import Foundation
import Testing

@Suite("The interpretation register (Docs/Interpretations.md) is complete and points at real tests")
struct InterpretationRegisterTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Entry: CustomStringConvertible {
        let id: String
        let text: String
        var description: String { id }
    }

    static func entries() throws -> [Entry] {
        let text = try String(
            contentsOf: root.appendingPathComponent("Docs/Interpretations.md"), encoding: .utf8)
        return text.components(separatedBy: "\n### ").dropFirst().map { chunk in
            Entry(
                id: String(chunk.prefix { $0 != "." }),
                text: chunk.replacingOccurrences(of: "\n  ", with: " "))
        }
    }

    @Test("Every entry has a unique id and the quoted clause, the readings, the choice and the pinning test")
    func complete() throws {
        let entries = try Self.entries()
        #expect(entries.count >= 40)
        #expect(Set(entries.map(\.id)).count == entries.count)
        for entry in entries {
            for part in ["**Clause:**", "**Readings considered:**", "**Chosen:**", "**Pinned by:**"] {
                #expect(entry.text.contains(part), "\(entry.id) lacks \(part)")
            }
        }
    }

    @Test("Every pinned test file exists and contains every test name quoted next to it")
    func pinnedTestsExist() throws {
        for entry in try Self.entries() {
            guard let start = entry.text.range(of: "**Pinned by:**") else { continue }
            let pinned = String(entry.text[start.upperBound...].prefix { $0 != "\n" })
            let files = pinned.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(
                \.element
            )
            .filter { $0.hasPrefix("Tests/") && $0.hasSuffix(".swift") }
            #expect(!files.isEmpty, "\(entry.id) names no test file")
            var sources = ""
            for file in files {
                let url = Self.root.appendingPathComponent(file)
                let text = try? String(contentsOf: url, encoding: .utf8)
                #expect(text != nil, "\(entry.id): \(file) does not exist")
                sources += (text ?? "").replacingOccurrences(of: "\"\n", with: "").replacingOccurrences(
                    of: "  ", with: " ")
            }
            let names = pinned.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(
                \.element)
            for name in names {
                let probe = String(name.prefix(40))
                #expect(sources.contains(probe), "\(entry.id): no test named \"\(name)\" in \(files)")
            }
        }
    }
}
