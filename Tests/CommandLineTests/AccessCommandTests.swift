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
        let text = try json(["--user", "contract-parent", "--photo-consent", "yes", "--diary-consent", "yes"])
        let list = Self.all.map { "\"\($0)\"" }.joined(separator: ",")
        #expect(
            text.hasPrefix(
                #"{"version":"1","capabilities":["# + list
                    + #"],"visibleOnly":false,"withheld":[],"informationRight":null,"reason":""#))
    }

    @Test(
        "Consent has no default yes: without --photo-consent and --diary-consent there are no photos or diary"
    )
    func consentIsExplicit() throws {
        let text = try json(["--user", "contract-parent"])
        #expect(!text.contains(#""photos""#) && !text.contains(#""diary""#))
        // Refusing consent keeps everything else (AVG art. 7 lid 4; I-307).
        for key in ["invoices", "contractParentData", "childInfo", "useSwapHours", "requestExtraCare"] {
            #expect(text.contains("\"\(key)\""))
        }
    }

    @Test("A safety refusal is about the other parent: the contract parent keeps version 1")
    func safetyRefusalIsAboutTheOtherParent() throws {
        #expect(
            try json(["--user", "contract-parent", "--safety-refused", "yes"]).hasPrefix(#"{"version":"1","#))
        #expect(try json(["--user", "contract-parent", "--authority", "no"]).hasPrefix(#"{"version":"1","#))
    }

    @Test("A partial block withholds only its capabilities and keeps the information right")
    func partialBlock() throws {
        let text = try json([
            "--user", "other-parent", "--blocked", "misuse", "--block-withhold", "privateMessages",
            "--block-until", "2026-10-05",
        ])
        #expect(text.hasPrefix(#"{"version":"1","#))
        #expect(text.contains(#""withheld":["privateMessages"]"#))
        #expect(text.contains(#""withholdingGround":"childsInterest""#))
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
        "Use of the app ends from day 42 after the customer relationship ends; the data stays visible to day 55",
        arguments: [(41, "false"), (42, "true"), (55, "true")])
    func sixWeeks(days: Int, visibleOnly: String) throws {
        let text = try json(["--user", "contract-parent", "--days-after-end", String(days)])
        #expect(text.contains(#""visibleOnly":"# + visibleOnly))
        #expect(
            try json(["--user", "contract-parent", "--days-after-end", "56"]).hasPrefix(#"{"version":null,"#))
    }

    @Test(
        "A parent without authority, or a blocked user, has no access",
        arguments: [
            ["--user", "other-parent", "--authority", "no"],
            ["--user", "other-parent", "--blocked", "safety"],
            ["--user", "contract-parent", "--blocked", "misuse"],
        ])
    func noAccess(arguments: [String]) throws {
        let text = try json(arguments)
        #expect(text.hasPrefix(#"{"version":null,"capabilities":[],"visibleOnly":false,"withheld":[],"#))
        #expect(
            text.contains(
                #""informationRight":{"information":"periodicWrittenInformation","from":"location""#))
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

    @Test("data-request: every AVG right, the 4 weeks, archived data, the extension and the refusal notices")
    func dataRequest() throws {
        for kind in ["inspect", "correct", "erase", "restrict", "port", "object"] {
            let (code, output, _) = ChildcareRulesTool.run([
                "data-request", kind, "2026-02-12", "--format", "json",
            ])
            #expect(code == 0)
            #expect(output.first?.contains(#""answerBy":"2026-03-12""#) == true)
        }
        let archived = ChildcareRulesTool.run([
            "data-request", "inspect", "2026-03-02", "--contract-end", "2026-01-01", "--format", "json",
        ])
        #expect(archived.1.first?.contains(#""phase":"archived""#) == true)
        let extended = ChildcareRulesTool.run([
            "data-request", "erase", "2026-02-12", "--notice", "extension", "--reasons", "many requests",
            "--format", "json",
        ])
        #expect(extended.1.first == #"{"kind":"erase","noticeBy":"2026-03-12","answerBy":"2026-05-12"}"#)
        let refusal = ChildcareRulesTool.run(["data-request", "erase", "2026-02-12", "--notice", "refusal"])
        #expect(refusal.1.first?.contains("Autoriteit Persoonsgegevens") == true)
        #expect(
            ChildcareRulesTool.run(["data-request", "erase", "2026-02-12", "--notice", "extension"]).0 == 2)
    }

    @Test("retention counts from the last of the parent's contracts, and not while one still runs")
    func retention() throws {
        let (_, output, _) = ChildcareRulesTool.run([
            "retention", "2026-01-01", "--other-contract-ends", "2026-07-01", "--format", "json",
        ])
        #expect(output.first?.hasPrefix(#"{"contractEnd":"2026-07-01""#) == true)
        let running = ChildcareRulesTool.run([
            "retention", "2026-01-01", "--other-contract-running", "yes", "--format", "json",
        ])
        #expect(running.1.first == #"{"customer":true}"#)
        #expect(ChildcareRulesTool.run(["retention", "2023-06-01"]).0 == 0)
    }
}
