import Testing

@testable import childcare_rules

@Suite("The access command's contract (issue #5) — App terms art. 2, 3, 8, 10")
struct AccessCommandTests {
    static let all = [
        "announcements", "childInfo", "contractParentData", "diary", "invoices", "locationInfo",
        "newsletters",
        "photos", "privateMessages", "reportAbsence", "requestExtraCare", "submitChanges", "useSwapHours",
    ]

    func json(_ arguments: [String]) throws -> String {
        let (code, output, error) = ChildcareRulesTool.run(["access"] + arguments + ["--format", "json"])
        #expect(code == 0, "\(error ?? "")")
        return try #require(output.first)
    }

    @Test("An active contract parent with every consent has version 1 and all 13 capabilities, sorted")
    func contractParent() throws {
        let text = try json(["--user", "contract-parent"])
        let list = Self.all.map { "\"\($0)\"" }.joined(separator: ",")
        #expect(text.hasPrefix(#"{"version":"1","capabilities":["# + list + #"],"reason":""#))
    }

    @Test("Version 2 never includes contract data, invoices, requests or changes")
    func versionTwo() throws {
        let text = try json(["--user", "other-parent", "--family", "no"])
        #expect(text.hasPrefix(#"{"version":"2","#))
        for key in ["contractParentData", "invoices", "requestExtraCare", "useSwapHours", "submitChanges"] {
            #expect(!text.contains("\"\(key)\""))
        }
    }

    @Test(
        "Access ends from day 42 after the customer relationship ends", arguments: [(41, true), (42, false)])
    func sixWeeks(days: Int, hasAccess: Bool) throws {
        let text = try json(["--user", "contract-parent", "--days-after-end", String(days)])
        #expect(text.hasPrefix(#"{"version":null,"capabilities":[]"#) == !hasAccess)
    }

    @Test(
        "A parent without authority, or a blocked user, has no access",
        arguments: [
            ["--user", "other-parent", "--authority", "no"],
            ["--user", "other-parent", "--blocked", "safety"],
            ["--user", "contract-parent", "--blocked", "misuse"],
        ])
    func noAccess(arguments: [String]) throws {
        #expect(try json(arguments).hasPrefix(#"{"version":null,"capabilities":[],"reason":""#))
    }

    @Test(
        "Bad arguments exit 2 naming the value",
        arguments: [
            (["--user", "nobody"], "nobody"), (["--user", "other-parent", "--blocked", "rude"], "rude"),
            (["--user", "contract-parent", "--days-after-end", "-1"], "-1"),
            (["--user", "contract-parent", "--x", "1"], "--x"),
        ])
    func bad(arguments: [String], named: String) throws {
        let (code, _, error) = ChildcareRulesTool.run(["access"] + arguments)
        #expect(code == 2)
        #expect(try #require(error).contains(named))
    }
}
