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
                #"{"earnsHours":true,"minutes":60,"deadline":"2026-03-26T12:00:00+01:00","reason":"earned"}"#
            ),
            (
                ["--reported", "2026-03-26T11:59"],
                #"{"earnsHours":true,"minutes":60,"deadline":"2026-03-26T12:00:00+01:00","reason":"earned"}"#
            ),
            (
                ["--reported", "2026-03-26T12:00"],
                #"{"earnsHours":false,"minutes":0,"deadline":"2026-03-26T12:00:00+01:00","reason":"tooLate"}"#
            ),
            (
                ["--reported", "2026-03-20T12:00", "--channel", "staff"],
                #"{"earnsHours":false,"minutes":0,"deadline":"2026-03-26T12:00:00+01:00","reason":"enteredByStaff"}"#
            ),
            (
                ["--reported", "2026-03-20T12:00", "--minutes", "45"],
                #"{"earnsHours":true,"minutes":45,"deadline":"2026-03-26T12:00:00+01:00","reason":"earned"}"#
            ),
        ])
    func absence(extra: [String], json: String) {
        let (code, output, _) = run(["absence", "--care-start", "2026-03-30T12:00"] + extra)
        #expect(code == 0)
        #expect(output == json)
    }

    @Test(
        "absence takes the care calendar: Koningsdag 27 April 2026 and Saturday 28 March 2026 earn 0 minutes with the reason (TSO art. 4 lid 2 to 4)",
        arguments: [
            (
                ["--care-start", "2026-04-27T12:00", "--reported", "2026-04-01T09:00"],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.tsoHoliday"}"#
            ),
            (
                ["--care-start", "2026-03-28T12:00", "--reported", "2026-03-20T09:00"],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.weekend"}"#
            ),
            (
                [
                    "--date", "2026-03-28", "--weekdays", "mon,tue,thu,fri,sat", "--start", "12:00",
                    "--reported",
                    "2026-03-20T09:00",
                ],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.weekend"}"#
            ),
            (
                [
                    "--date", "2026-03-31", "--weekdays", "mon,thu", "--start", "12:00", "--reported",
                    "2026-03-20T09:00",
                ],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.notScheduled"}"#
            ),
            (
                [
                    "--care-start", "2026-11-13T12:00", "--reported", "2026-11-01T09:00", "--closed",
                    "2026-11-13",
                ],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.schoolClosureDay"}"#
            ),
            (
                [
                    "--care-start", "2026-10-19T12:00", "--reported", "2026-10-01T09:00", "--holidays",
                    "2026-10-17/2026-10-25",
                ],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.schoolHoliday"}"#
            ),
            (
                [
                    "--care-start", "2027-03-05T12:00", "--reported", "2027-03-04T09:00", "--closure-day",
                    "2027-03-05@2027-02-10", "--minutes", "45",
                ],
                #"{"earnsHours":true,"minutes":45,"deadline":null,"reason":"closureDayAnnouncedLate"}"#
            ),
            (
                [
                    "--care-start", "2027-03-05T12:00", "--reported", "2027-03-04T09:00", "--closure-day",
                    "2027-03-05@2026-08-01",
                ],
                #"{"earnsHours":false,"minutes":0,"deadline":null,"reason":"notACareDay.schoolClosureDay"}"#
            ),
        ])
    func absenceOnTheCalendar(extra: [String], json: String) {
        let (code, output, _) = run(["absence"] + extra)
        #expect(code == 0)
        #expect(output == json)
    }

    @Test("absence in text names the reason in Dutch and in English, with the year")
    func absenceText() {
        let (_, nl, _) = ChildcareRulesTool.run([
            "absence", "--care-start", "2026-04-27T12:00", "--reported", "2026-04-01T09:00",
        ])
        #expect(nl.joined().contains("maandag 27 april 2026"))
        #expect(nl.joined().contains("feestdag"))
        let (_, en, _) = ChildcareRulesTool.run([
            "absence", "--care-start", "2026-03-28T12:00", "--reported", "2026-03-20T09:00", "--lang", "en",
        ])
        #expect(en.joined().contains("Saturday 28 March 2026"))
        #expect(en.joined().contains("weekend"))
    }

    @Test(
        "extra-care takes the care calendar: 25 December and a closure day are refused, not invoiced; the contracted slot is already scheduled; a school day outside the schedule is taken up (TSO art. 4 lid 2, art. 6 lid 1)",
        arguments: [
            (
                [
                    "--care-start", "2026-12-25T12:00", "--requested", "2026-12-01T09:00", "--with-hours",
                    "no",
                ],
                #"{"accepted":false,"refusal":"dayWithoutCare.tsoHoliday","hoursMinutes":0,"invoicedMinutes":0,"invoiceCents":0}"#
            ),
            (
                [
                    "--care-start", "2026-11-13T13:00", "--requested", "2026-11-01T09:00", "--closed",
                    "2026-11-13",
                    "--hours-available", "120",
                ],
                #"{"accepted":false,"refusal":"dayWithoutCare.schoolClosureDay","hoursMinutes":0,"invoicedMinutes":0,"invoiceCents":0}"#
            ),
            (
                [
                    "--care-start", "2026-11-16T12:30", "--requested", "2026-11-01T09:00",
                    "--hours-available", "120",
                ],
                #"{"accepted":false,"refusal":"alreadyScheduled","hoursMinutes":0,"invoicedMinutes":0,"invoiceCents":0}"#
            ),
            (
                [
                    "--care-start", "2026-11-18T12:00", "--requested", "2026-11-01T09:00",
                    "--hours-available", "30",
                ],
                #"{"accepted":true,"refusal":null,"hoursMinutes":30,"invoicedMinutes":30,"invoiceCents":425}"#
            ),
        ])
    func extraCare(extra: [String], json: String) {
        let (code, output, _) = run(
            ["extra-care", "--weekdays", "mon,tue,thu,fri", "--start", "12:00"] + extra)
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
        #expect(!output.contains(#""date":"2026-10-10""#))
    }

    @Test(
        "days --closure-day: a closure day with its announcement date; one announced after 1 August is listed as announced late (TSO art. 4 lid 2 and 4)"
    )
    func daysClosureAnnounced() {
        let (code, output, _) = run([
            "days", "--weekdays", "mon,tue,thu", "--start", "12:00", "--minutes", "60", "--from",
            "2026-10-08",
            "--to", "2026-10-13", "--closure-day", "2026-10-12@2026-09-20,2026-10-13@2026-08-01",
        ])
        #expect(code == 0)
        #expect(output.contains(#"{"date":"2026-10-12","care":false,"reason":"closureDayAnnouncedLate""#))
        #expect(output.contains(#"{"date":"2026-10-13","care":false,"reason":"schoolClosureDay""#))
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
            (
                [
                    "absence", "--care-start", "2026-03-30T12:00", "--reported", "2026-03-20T12:00",
                    "--closure-day", "2026-13-01",
                ],
                "2026-13-01"
            ),
            (
                [
                    "absence", "--care-start", "2026-03-30T12:00", "--reported", "2026-03-20T12:00",
                    "--closure-day",
                    "2026-03-30@2026-03-01@x",
                ], "2026-03-30@2026-03-01@x"
            ),
            (["absence", "--date", "2026-03-30", "--reported", "2026-03-20T12:00"], "--start"),
            (["billing", "--annual-cents", "-1", "--school-year", "2025"], "-1"),
            (["billing", "--annual-cents", "100", "--school-year", "1850"], "1850"),
        ])
    func bad(arguments: [String], named: String) throws {
        let (code, _, error) = ChildcareRulesTool.run(arguments)
        #expect(code == 2)
        #expect(try #require(error).contains(named))
    }
}
