import Testing

@testable import childcare_rules

@Suite("days --format ics: a child's deadline calendar (issue 19)")
struct DeadlineCalendarCommandTests {
    static let base = [
        "days", "--weekdays", "mon,thu", "--start", "12:00", "--minutes", "60", "--from", "2026-10-19",
        "--to", "2026-10-29", "--child", "Noor", "--format", "ics",
    ]

    @Test(
        "It prints an iCalendar whose lines all end in CRLF, with the October clock change (TSO art. 5 lid 1)"
    )
    func printsICalendar() {
        let (code, output, error) = ChildcareRulesTool.run(Self.base + ["--stamp", "2026-12-03T08:00:00Z"])
        #expect(code == 0)
        #expect(error == nil)
        // print() adds the final "\n" after the "\r" the command leaves at the end.
        let text = output.joined(separator: "\n") + "\n"
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let scalars = Array(text.unicodeScalars)
        let bare = scalars.indices.filter { scalars[$0] == "\n" && ($0 == 0 || scalars[$0 - 1] != "\r") }
        #expect(bare.isEmpty, "line feeds without a carriage return at \(bare)")
        #expect(text.contains("DTSTAMP:20261203T080000Z\r\n"))
        #expect(text.contains("UID:absence-2026-10-26-cli-Noor@childcare-rules\r\n"))
        #expect(text.contains("DTSTART;TZID=Europe/Amsterdam:20261022T130000\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"))
    }

    @Test("Bad ics options are usage errors (exit 2), and ics-only options need --format ics")
    func badOptions() {
        for extra in [
            ["--balance", "3"], ["--balance", "3:5"], ["--stamp", "2026-12-03T08:00:00"],
            ["--extra-confirmed", "2026-10-22@14:00"], ["--extra-open", "2026-10-24"],
        ] {
            let (code, _, error) = ChildcareRulesTool.run(Self.base + extra)
            #expect(code == 2, "\(extra)")
            #expect(error != nil)
        }
        let (code, _, error) = ChildcareRulesTool.run(
            [
                "days", "--weekdays", "mon", "--start", "12:00", "--minutes", "60", "--from", "2026-10-19",
                "--to", "2026-10-29", "--balance", "3:00",
            ])
        #expect(code == 2)
        #expect(error?.contains("--format ics") == true)
    }
}
