import Testing

@testable import childcare_rules

@Suite("The command-line contract (issue #2)")
struct CommandLineTests {
    @Test(
        "deadline CARE_START --format json",
        arguments: [
            (
                "2026-03-30T12:00",
                #"{"careStart":"2026-03-30T12:00:00+02:00","deadline":"2026-03-26T12:00:00+01:00"}"#
            ),
            (
                "2026-10-26T12:00",
                #"{"careStart":"2026-10-26T12:00:00+01:00","deadline":"2026-10-22T13:00:00+02:00"}"#
            ),
        ])
    func deadline(careStart: String, json: String) {
        let (code, output, error) = ChildcareRulesTool.run(["deadline", careStart, "--format", "json"])
        #expect(code == 0)
        #expect(output == [json])
        #expect(error == nil)
    }

    @Test(
        "notice KIND DATE --format json",
        arguments: [
            ("termination", "2026-01-31", #"{"kind":"termination","from":"2026-01-31","date":"2026-02-28"}"#),
            (
                "price-change", "2026-01-31",
                #"{"kind":"price-change","from":"2026-01-31","date":"2026-03-08"}"#
            ),
        ])
    func notice(kind: String, date: String, json: String) {
        let (code, output, _) = ChildcareRulesTool.run(["notice", kind, date, "--format", "json"])
        #expect(code == 0)
        #expect(output == [json])
    }

    @Test("holidays YEAR --format json is sorted by date with key, name and nameEn")
    func holidays() throws {
        let (code, output, _) = ChildcareRulesTool.run(["holidays", "2025", "--format", "json"])
        #expect(code == 0)
        let json = try #require(output.first)
        #expect(
            json.hasPrefix(
                #"[{"date":"2025-01-01","key":"nieuwjaarsdag","name":"Nieuwjaarsdag","nameEn":"New Year's Day"}"#
            ))
        #expect(
            json.contains(
                #"{"date":"2025-04-26","key":"koningsdag","name":"Koningsdag","nameEn":"King's Day"}"#))
    }

    @Test(
        "Bad arguments exit 2 with one line naming the bad value",
        arguments: [
            (["deadline", "2026-02-30T12:00"], "2026-02-30T12:00"),
            (["deadline", "2026-03-29T02:30"], "2026-03-29T02:30"),
            (["notice", "quit", "2026-01-31"], "quit"),
            (["notice", "termination", "2026-13-01"], "2026-13-01"),
            (["holidays", "1989"], "1989"),
            (["holidays", "twenty"], "twenty"),
            (["deadline", "2026-03-30T12:00", "--format", "xml"], "xml"),
            (["deadline", "2026-03-30T12:00", "--colour", "red"], "--colour"),
            (["frobnicate"], "frobnicate"),
            (["notice", "termination", "2023-05-01"], "2023-05-01"),
        ])
    func badArguments(arguments: [String], named: String) throws {
        let (code, output, error) = ChildcareRulesTool.run(arguments)
        #expect(code == 2)
        #expect(output.isEmpty)
        let line = try #require(error)
        #expect(line.contains(named))
        #expect(!line.contains("\n"))
    }

    @Test("Every command has a unique name")
    func uniqueNames() {
        #expect(Set(ChildcareRulesTool.commandNames).count == ChildcareRulesTool.commandNames.count)
    }

    @Test("--help works for every command", arguments: ChildcareRulesTool.commandNames)
    func help(command: String) throws {
        let (code, output, error) = ChildcareRulesTool.run([command, "--help"])
        #expect(code == 0)
        #expect(error == nil)
        #expect(try #require(output.first).hasPrefix("USAGE: childcare-rules \(command)"))
    }

    @Test("The demo prints explained decisions in Dutch, citing the terms")
    func demo() {
        let (code, output, _) = ChildcareRulesTool.run(["demo"])
        #expect(code == 0)
        let text = output.joined(separator: "\n")
        #expect(text.contains("Je meldde Noor af op donderdag 26 maart 2026 om 12:40."))
        #expect(text.contains("TSO-voorwaarden 2024, art. 8 lid 1"))
    }

    @Test(
        "editions lists every edition; editions diff compares two of one document, or exits 2 naming the bad one"
    )
    func editions() {
        let (code, output, _) = ChildcareRulesTool.run(["editions"])
        #expect(code == 0)
        #expect(output.contains("| tso-terms@2024-08-01 | TSO terms | 2024-08-01 | 62 | 19 |"))
        let same = ChildcareRulesTool.run([
            "editions", "diff", "tso-terms@2024-08-01", "tso-terms@2024-08-01",
        ])
        #expect(same.0 == 0)
        #expect(same.1.joined().contains("the same clause texts and parameters"))
        let unknown = ChildcareRulesTool.run(["editions", "diff", "tso-terms@2024-08-01", "tso-terms@2027"])
        #expect(unknown.0 == 2)
        #expect(unknown.2?.contains("tso-terms@2027") == true)
    }

    @Test("interpretations prints the register for Docs/Interpretations.md; an argument exits 2")
    func interpretations() {
        let (code, output, error) = ChildcareRulesTool.run(["interpretations"])
        #expect(code == 0)
        #expect(error == nil)
        let text = output.joined(separator: "\n")
        #expect(text.hasPrefix("# Interpretation register\n"))
        #expect(text.contains("\n## Guardianship, app access and retention (I-300 – I-399)\n"))
        #expect(text.contains("\n### I-003. One month's notice from the 29th, 30th or 31st"))
        #expect(
            text.contains(
                "\n- **Switchable:** `Reading.noticeRounding` (alternatives `down`, chosen, and `up`)."))
        #expect(!text.hasSuffix("\n"), "the final newline is printed, not doubled")
        #expect(ChildcareRulesTool.run(["interpretations", "extra"]).0 == 2)
    }
}
