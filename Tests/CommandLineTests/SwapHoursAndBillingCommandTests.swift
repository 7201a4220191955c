import Testing

@testable import childcare_rules

@Suite("The absence, cancel-extra, billing and days commands' contracts (issues #3 and #4)")
struct SwapHoursAndBillingCommandTests {
    func run(_ arguments: [String]) -> (Int32, String, String?) {
        let (code, output, error) = ChildcareRulesTool.run(arguments + ["--format", "json"])
        return (code, output.joined(separator: "\n"), error)
    }

    @Test(
        "absence: strictly before the 96-hour deadline, in the app, earns the day's minutes (TSO art. 5 lid 1)",
        arguments: [
            (
                ["--reported", "2026-03-26T11:30"],
                #"{"earnsHours":true,"minutes":60,"deadline":"2026-03-26T12:00:00+01:00"}"#
            ),
            (
                ["--reported", "2026-03-26T11:59"],
                #"{"earnsHours":true,"minutes":60,"deadline":"2026-03-26T12:00:00+01:00"}"#
            ),
            (
                ["--reported", "2026-03-26T12:00"],
                #"{"earnsHours":false,"minutes":0,"deadline":"2026-03-26T12:00:00+01:00"}"#
            ),
            (
                ["--reported", "2026-03-20T12:00", "--channel", "staff"],
                #"{"earnsHours":false,"minutes":0,"deadline":"2026-03-26T12:00:00+01:00"}"#
            ),
            (
                ["--reported", "2026-03-20T12:00", "--minutes", "45"],
                #"{"earnsHours":true,"minutes":45,"deadline":"2026-03-26T12:00:00+01:00"}"#
            ),
        ])
    func absence(extra: [String], json: String) {
        let (code, output, _) = run(["absence", "--care-start", "2026-03-30T12:00"] + extra)
        #expect(code == 0)
        #expect(output == json)
    }

    @Test(
        "cancel-extra: hours back at exactly 96 hours; invoiced care only by e-mail by the date 7 days before",
        arguments: [
            (
                ["--cancelled", "2026-10-29T12:00", "--paid-with", "hours"],
                #"{"hoursBack":true,"minutes":60,"deadline":"2026-10-29T12:00:00+01:00"}"#
            ),
            (
                ["--cancelled", "2026-10-29T12:01", "--paid-with", "hours"],
                #"{"hoursBack":false,"minutes":0,"deadline":"2026-10-29T12:00:00+01:00"}"#
            ),
            (
                ["--cancelled", "2026-10-26T23:59", "--paid-with", "invoice", "--channel", "email"],
                #"{"hoursBack":true,"minutes":60,"deadline":"2026-10-26T23:59:59+01:00"}"#
            ),
            (
                ["--cancelled", "2026-10-26T10:00", "--paid-with", "invoice", "--channel", "app"],
                #"{"hoursBack":false,"minutes":0,"deadline":"2026-10-26T23:59:59+01:00"}"#
            ),
        ])
    func cancelExtra(extra: [String], json: String) {
        let (code, output, _) = run(["cancel-extra", "--care-start", "2026-11-02T12:00"] + extra)
        #expect(code == 0)
        #expect(output == json)
    }

    @Test("billing: 10 instalments September to June, the extra cents in the last months (TSO art. 6 lid 1)")
    func billing() {
        let (code, output, _) = run(["billing", "--annual-cents", "123457", "--school-year", "2025"])
        #expect(code == 0)
        #expect(output.hasPrefix(#"[{"month":"2025-09","amountCents":12345},"#))
        #expect(
            output.hasSuffix(
                #"{"month":"2026-05","amountCents":12346},{"month":"2026-06","amountCents":12346}]"#))
    }

    @Test("days: each care day with its deadline, each skipped day with its reason (TSO art. 4)")
    func days() {
        let (code, output, _) = run([
            "days", "--weekdays", "mon,tue,thu", "--start", "12:00", "--minutes", "60", "--from",
            "2026-10-08", "--to",
            "2026-10-13", "--closed", "2026-10-12",
        ])
        #expect(code == 0)
        #expect(
            output.contains(
                #"{"date":"2026-10-08","care":true,"start":"2026-10-08T12:00:00+02:00","minutes":60,"deadline":"2026-10-04T12:00:00+02:00"}"#
            ))
        #expect(output.contains(#"{"date":"2026-10-12","care":false,"reason":"schoolClosureDay""#))
    }

    @Test(
        "Bad arguments exit 2 with one line naming the value",
        arguments: [
            (
                ["absence", "--care-start", "2026-02-30T12:00", "--reported", "2026-02-20T12:00"],
                "2026-02-30T12:00"
            ),
            (
                [
                    "absence", "--care-start", "2026-03-30T12:00", "--reported", "2026-03-20T12:00",
                    "--minutes", "-5",
                ], "-5"
            ),
            (
                [
                    "absence", "--care-start", "2026-03-30T12:00", "--reported", "2026-03-20T12:00",
                    "--channel", "fax",
                ], "fax"
            ),
            (
                [
                    "cancel-extra", "--care-start", "2026-11-02T12:00", "--cancelled", "x", "--paid-with",
                    "hours",
                ], "x"
            ),
            (
                [
                    "cancel-extra", "--care-start", "2026-11-02T12:00", "--cancelled", "2026-10-29T12:00",
                    "--paid-with", "cash",
                ], "cash"
            ),
            (["billing", "--annual-cents", "-1", "--school-year", "2025"], "-1"),
            (["billing", "--annual-cents", "100", "--school-year", "1850"], "1850"),
        ])
    func bad(arguments: [String], named: String) throws {
        let (code, _, error) = ChildcareRulesTool.run(arguments)
        #expect(code == 2)
        #expect(try #require(error).contains(named))
    }
}
