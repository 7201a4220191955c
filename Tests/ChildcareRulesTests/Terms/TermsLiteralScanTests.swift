import Foundation
import Testing

/// The code of the rules, without its comments and string literals, one line per source line: what the
/// compiler reads, so a number in a clause quote or an explanation does not count, but a number the code
/// computes with does.
enum SwiftCode {
    /// `source` with every comment and string literal (interpolations included) blanked out; newlines
    /// are kept, so line numbers stay right.
    static func strippingCommentsAndStrings(_ source: String) -> [String] {
        let characters = Array(source)
        var output: [Character] = []
        output.reserveCapacity(characters.count)
        var index = 0
        func blank(_ c: Character) { output.append(c == "\n" ? "\n" : " ") }
        func at(_ text: String, _ i: Int) -> Bool {
            let chars = Array(text)
            guard i + chars.count <= characters.count else { return false }
            return Array(characters[i..<i + chars.count]) == chars
        }
        /// Skips a string literal that starts at `i`; returns the index after it.
        func skipString(from start: Int) -> Int {
            let multiline = at("\"\"\"", start)
            let delimiter = multiline ? "\"\"\"" : "\""
            var i = start + delimiter.count
            while i < characters.count {
                if characters[i] == "\\" && i + 1 < characters.count && characters[i + 1] == "(" {
                    // An interpolation: skip to its closing parenthesis, past nested strings.
                    var depth = 1
                    i += 2
                    while i < characters.count && depth > 0 {
                        if characters[i] == "\"" {
                            i = skipString(from: i)
                            continue
                        }
                        if characters[i] == "(" { depth += 1 }
                        if characters[i] == ")" { depth -= 1 }
                        i += 1
                    }
                    continue
                }
                if characters[i] == "\\" {
                    i += 2
                    continue
                }
                if at(delimiter, i) { return i + delimiter.count }
                if !multiline && characters[i] == "\n" { return i }
                i += 1
            }
            return i
        }
        while index < characters.count {
            if at("//", index) {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                continue
            }
            if at("/*", index) {
                var depth = 0
                repeat {
                    if at("/*", index) {
                        depth += 1
                        index += 2
                    } else if at("*/", index) {
                        depth -= 1
                        index += 2
                    } else {
                        blank(characters[index])
                        index += 1
                    }
                } while depth > 0 && index < characters.count
                continue
            }
            if characters[index] == "\"" {
                let end = skipString(from: index)
                for c in characters[index..<min(end, characters.count)] { blank(c) }
                index = end
                continue
            }
            output.append(characters[index])
            index += 1
        }
        return String(output).components(separatedBy: "\n")
    }
}

/// Issue 15, item 1: "Nothing in the rules reads a literal that the terms define: add a test that fails if
/// one does." The numbers of the TSO terms live in `TSOParameters` (with their clause and quote); the
/// rules read them from there, so a new edition changes them without a code change.
@Suite("No rule computes with a number of the TSO terms outside the parameter tables (issue 15)")
struct TermsLiteralScanTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A number of the terms as the code would write it, with the parameter that holds it.
    struct Pattern: Sendable, CustomStringConvertible {
        let parameter: String
        let regex: String
        /// The folders where the number is the terms' (`nil`: every scanned folder). A bare day count is the
        /// app terms' only in the access and retention rules; elsewhere (the engine's 42-day look-ahead for
        /// care days) it is the library's own.
        var folders: Set<String>? = nil
        var description: String { parameter }
    }

    /// The forms a number of the terms takes in code.
    static let patterns: [Pattern] = [
        Pattern(parameter: "absenceNotice (96 hours)", regex: #"\b96\b"#),
        Pattern(parameter: "sameDayCutoff (11:00)", regex: #"\b11 \* 3600\b|\"11:00\"|hour: 11\b"#),
        Pattern(parameter: "a period in calendar months", regex: #"months: [0-9]"#),
        // Seven days per week (`7 * weeks`) is the calendar's, not the terms'.
        Pattern(
            parameter: "a period in days or weeks (4 or 7 days, 1 week)",
            regex: #"(days: |addingDaysChecked\()-?[47]\b(?!\s*\*)"#),
        Pattern(
            parameter: "swapHoursExpiry (31 December)", regex: #"12, 31\b|month == 12|month: 12, day: 31"#),
        Pattern(parameter: "instalments (10)", regex: #"[/%] 10\b"#),
        Pattern(parameter: "monthsWithoutInvoice (July and August)", regex: #"\[7, 8\]"#),
        // The app terms and the privacy statements (AccessParameters).
        Pattern(
            parameter: "appUseAfterEnd, visibleAfterEnd or dataRequestAnswer (6, 8 or 4 weeks)",
            regex: #"(weeks: |[Ww]eeks\w* = )[0-9]"#),
        Pattern(
            parameter: "the last day of app use or of visibility (day 41, 42, 55 or 56)",
            regex: #"\b(41|42|55|56)\b"#, folders: ["Access", "Retention"]),
        Pattern(parameter: "liabilityCap (€ 500)", regex: #"\b50_?000\b"#),
    ]

    /// The folders of the rules. Each folder's parameter table (`<Folder>Parameters.swift`: the numbers of
    /// the terms its rules use, each with its clause and quote) is where the numbers belong, so it is not
    /// scanned; nor is `Terms/`, which puts each edition's table together. The rulebook cards
    /// (`<Rule>+Card.swift`, beside their rules) work out examples with the rules themselves, so their
    /// example dates and amounts are inputs, not numbers the rules compute with, and they are not scanned.
    static let scanned = [
        "Access", "Billing", "CareCalendar", "Contracts", "Core", "DeadlineCalendar", "Engine", "ExtraCare",
        "Retention", "SwapHours",
    ]

    /// Known places that still compute with a number of the terms, each with why. The test fails when one
    /// is added and when one is gone, so this list only shrinks.
    static let known: Set<String> = []

    static func findings() throws -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        for folder in scanned {
            let directory = root.appendingPathComponent("Sources/ChildcareRules/\(folder)")
            guard let files = manager.enumerator(at: directory, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in files
            where url.pathExtension == "swift" && !url.lastPathComponent.hasSuffix("+Card.swift")
                && url.lastPathComponent != "\(folder)Parameters.swift"
            {
                let source = try String(contentsOf: url, encoding: .utf8)
                let lines = SwiftCode.strippingCommentsAndStrings(source)
                let relative = "\(folder)/" + url.path.dropFirst(directory.path.count + 1)
                for pattern in patterns where pattern.folders?.contains(folder) ?? true {
                    let regex = try NSRegularExpression(pattern: pattern.regex)
                    let hit = lines.contains { line in
                        regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
                    }
                    if hit { found.append("\(relative): \(pattern.parameter)") }
                }
            }
        }
        return found.sorted()
    }

    @Test("The scan sees code and not the words: a number in a quote, an explanation or a comment is skipped")
    func stripping() {
        let lines = SwiftCode.strippingCommentsAndStrings(
            """
            let a = 96 // 96 in a comment
            let b = "meer dan 96 uur \\(x + "96") voor" + y
            /* 96 */ let c = 4
            let d = \"\"\"
                96
                \"\"\"
            """)
        #expect(lines.count == 6)
        #expect(lines[0].contains("96") && !lines[0].contains("comment"))
        #expect(!lines[1].contains("96") && lines[1].contains("y"))
        #expect(!lines[2].contains("96") && lines[2].contains("let c = 4"))
        #expect(!lines[4].contains("96"))
    }

    @Test("Every number of the terms is read from the parameters; the list of known exceptions only shrinks")
    func noLiterals() throws {
        let found = Set(try Self.findings())
        let added = found.subtracting(Self.known).sorted()
        let gone = Self.known.subtracting(found).sorted()
        #expect(added.isEmpty, "a rule computes with a number of the terms: \(added)")
        #expect(gone.isEmpty, "no longer found; remove from the known list: \(gone)")
    }
}
