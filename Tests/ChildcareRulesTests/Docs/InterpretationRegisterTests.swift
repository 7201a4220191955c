import Foundation
import Testing

@testable import ChildcareRules

/// The interpretation register as values (``InterpretationRegister``): its ids, its switchable readings, the
/// tests it cites, and `Docs/Interpretations.md`, which is generated from it
/// (`childcare-rules interpretations > Docs/Interpretations.md`).
@Suite("The interpretation register: well-formed ids, every switchable reading, real tests, a fresh file")
struct InterpretationRegisterTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func source(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("Ids are unique and well-formed, each in the section its hundred names, the sections in order")
    func ids() {
        let entries = InterpretationRegister.entries
        #expect(entries.count >= 60)
        #expect(Set(entries.map(\.id)).count == entries.count, "an id is used twice")
        #expect(InterpretationRegister.sections.map(\.hundred) == [0, 1, 2, 3])
        for section in InterpretationRegister.sections {
            #expect(!section.entries.isEmpty, "\(section.title) has no entries")
            for entry in section.entries {
                let digits = entry.id.dropFirst(2)
                #expect(
                    entry.id.hasPrefix("I-") && digits.count == 3 && digits.allSatisfy(\.isASCII)
                        && digits.allSatisfy(\.isNumber), "\(entry.id) is not I- and three digits")
                let number = Int(digits) ?? -1
                #expect(number / 100 == section.hundred, "\(entry.id) is in the section \(section.title)")
                #expect(number > 0, "\(entry.id): the ids start at I-001")
            }
        }
        #expect(InterpretationRegister.sections[0].range == "I-001 – I-099")
        #expect(InterpretationRegister.sections[3].range == "I-300 – I-399")
    }

    @Test(
        "Every entry kept in an area's folder is in exactly one section, and each section lists its ids in order"
    )
    func everyAreaEntryInOneSection() {
        let kept = InterpretationRegister.byArea.joined().map(\.id)
        let listed = InterpretationRegister.sections.flatMap { $0.entries.map(\.id) }
        #expect(kept.count == listed.count, "an entry of an area's folder is in no section, or in two")
        #expect(Set(kept) == Set(listed))
        for section in InterpretationRegister.sections {
            let numbers = section.entries.map { Int($0.id.dropFirst(2)) ?? -1 }
            #expect(numbers == numbers.sorted(), "\(section.title) is not in the order of its ids")
        }
    }

    @Test("Every part of an entry is there, as one line of text without stray spaces")
    func complete() {
        for entry in InterpretationRegister.entries {
            var parts = [
                ("title", entry.title), ("clause", entry.clause), ("readings", entry.readingsConsidered),
                ("chosen", entry.chosen), ("why", entry.why),
            ]
            if let forLegal = entry.forLegal { parts.append(("for legal", forLegal)) }
            if let also = entry.also { parts.append(("also", also)) }
            for (name, text) in parts {
                #expect(!text.isEmpty, "\(entry.id) has no \(name)")
                #expect(!text.contains("\n"), "\(entry.id): the \(name) spans lines")
                #expect(
                    !text.contains("  ") && text.first != " " && text.last != " ",
                    "\(entry.id): the \(name) has stray spaces")
            }
            #expect(!entry.pinnedBy.isEmpty, "\(entry.id) is pinned by no test")
        }
    }

    @Test("Every switchable reading is one entry's, with that entry's quote; the entry names its symbol")
    func switchable() throws {
        let switchable = InterpretationRegister.entries.compactMap(\.switchable)
        #expect(switchable.map(\.reading) == Reading.all)
        // The values sit beside their rules: any file of the rules may declare one.
        let folder = Self.root.appendingPathComponent("Sources/ChildcareRules")
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let readings = try files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        #expect(!files.isEmpty)
        for entry in InterpretationRegister.entries {
            guard let part = entry.switchable else { continue }
            #expect(entry.id == part.reading.id && entry.title == part.reading.title)
            #expect(
                entry.clause.contains("\"\(part.reading.quote)\""), "\(entry.id) does not quote its reading")
            #expect(
                readings.contains("static let \(part.symbol) = Reading("),
                "\(entry.id): Reading.\(part.symbol) is not declared in the rules' sources")
        }
        let markdown = InterpretationRegister.markdown()
        #expect(
            markdown.contains(
                "- **Switchable:** `Reading.noticeRounding` (alternatives `down`, chosen, and `up`). "
                    + "`childcare-rules check --reading I-003=up Scenarios` runs the casebook under the other "
                    + "reading;"))
    }

    @Test(
        "Every entry is a reading as a value: the words it reads, two or more alternatives, the chosen first")
    func everyEntryIsAReading() {
        for entry in InterpretationRegister.entries {
            let reading = entry.reading
            #expect(reading.id == entry.id && reading.title == entry.title)
            // A gap the terms leave ("none: …") quotes nothing; every other entry quotes words of its clause.
            if entry.clause.hasPrefix("none") {
                #expect(reading.quote.isEmpty, "\(entry.id) reads a gap, so it quotes nothing")
            } else {
                #expect(!reading.quote.isEmpty, "\(entry.id) quotes nothing")
                #expect(
                    entry.clause.contains(reading.quote),
                    "\(entry.id): the quote is not in the clause: \(reading.quote)")
            }
            #expect(reading.alternatives.count >= 2, "\(entry.id) has fewer than two alternatives")
            let ids = reading.alternatives.map(\.id)
            #expect(Set(ids).count == ids.count, "\(entry.id) names an alternative twice")
            for alternative in reading.alternatives {
                let words = alternative.id.split(separator: "-", omittingEmptySubsequences: false)
                #expect(
                    !words.isEmpty
                        && words.allSatisfy { word in
                            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
                        },
                    "\(entry.id): \(alternative.id) is not kebab-case")
                #expect(
                    !alternative.summary.isEmpty && !alternative.summary.contains("\n"),
                    "\(entry.id): \(alternative.id) has no one-line summary")
            }
        }
        let markdown = InterpretationRegister.markdown()
        #expect(
            markdown.contains(
                "- **Alternatives:** `strictly-before` (chosen): More than 96 hours: the report must come "
                    + "strictly before the deadline; `at-least`: At least 96 hours: a report at exactly the "
                    + "deadline also counts."))
    }

    @Test(
        "Every pinned test file exists and has a test whose display name is exactly each name cited")
    func pinnedTestsExist() throws {
        for entry in InterpretationRegister.entries {
            for pinned in entry.pinnedBy {
                #expect(pinned.file.hasPrefix("Tests/") && pinned.file.hasSuffix(".swift"))
                #expect(!pinned.tests.isEmpty, "\(entry.id): \(pinned.file) without a test name")
                guard let text = Self.source(pinned.file) else {
                    Issue.record("\(entry.id): \(pinned.file) does not exist")
                    continue
                }
                for name in pinned.tests {
                    #expect(
                        text.contains("\"" + name + "\""),
                        "\(entry.id): no test named \"\(name)\" in \(pinned.file)"
                    )
                }
            }
        }
    }

    @Test("Every entry a rule card of the rulebook links to is in the register")
    func rulebookLinks() {
        let ids = Set(InterpretationRegister.entries.map(\.id))
        for card in Rulebook.cards {
            for id in card.interpretations {
                #expect(ids.contains(id), "\(card.id) links to \(id), which the register does not have")
            }
        }
    }

    @Test(
        "Docs/Interpretations.md is the rendered register (regenerate with childcare-rules interpretations)")
    func fresh() throws {
        let file = try #require(Self.source("Docs/Interpretations.md"))
        #expect(
            file == InterpretationRegister.markdown(),
            "Docs/Interpretations.md is stale: run 'swift run childcare-rules interpretations > Docs/Interpretations.md'"
        )
    }
}
