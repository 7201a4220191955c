import ChildcareRules
import Foundation
import Testing

/// Docs/Errors.md lists every error code with its meaning; the error types are `Codable` (issue 16).
@Suite("The error catalogue: every code in Docs/Errors.md, errors Codable")
struct ErrorCatalogueTests {
    /// Every `public static let name = Self(rawValue: "name")` in the sources of `folders`.
    static func codes(in folders: [String]) throws -> Set<String> {
        var codes: Set<String> = []
        for folder in folders {
            let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
                $0.hasSuffix(".swift")
            }
            for file in files {
                let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.contains("= Self(rawValue: \"") {
                    guard line.contains("public static let"),
                        let start = line.range(of: "= Self(rawValue: \"")?.upperBound,
                        let end = line[start...].firstIndex(of: "\"")
                    else { continue }
                    codes.insert(String(line[start..<end]))
                }
            }
        }
        return codes
    }

    /// The codes in the first column of the tables of Docs/Errors.md.
    static func documented() throws -> Set<String> {
        let text = try String(contentsOfFile: "Docs/Errors.md", encoding: .utf8)
        return Set(
            text.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("| `") else { return nil }
                let rest = line.dropFirst(3)
                return rest.firstIndex(of: "`").map { String(rest[..<$0]) }
            })
    }

    @Test("Every RulesError and CalendarError code is in Docs/Errors.md, and nothing else is")
    func everyCode() throws {
        let codes = try Self.codes(in: ["Sources/ChildcareRules", "Sources/DutchCalendar"])
        #expect(codes.count >= 20)
        let documented = try Self.documented()
        #expect(codes.subtracting(documented).isEmpty, "missing from Docs/Errors.md")
        #expect(documented.subtracting(codes).isEmpty, "in Docs/Errors.md but not in the sources")
    }

    @Test("A RulesError, with the CalendarError behind it, encodes and reads back equal")
    func codable() throws {
        let plain = RulesError(code: .invalidState, value: "approval of b1", context: "it was rejected")
        let wrapped = RulesError(CalendarError(code: .invalidDate, value: "2026-02-30", context: "28 days"))
        for error in [plain, wrapped] {
            let data = try JSONEncoder().encode(error)
            #expect(try JSONDecoder().decode(RulesError.self, from: data) == error)
        }
    }
}
