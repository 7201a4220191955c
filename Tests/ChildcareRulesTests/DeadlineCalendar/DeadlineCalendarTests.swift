import ChildcareRules
import Foundation
import Testing

@Suite("A child's deadline calendar (iCalendar, RFC 5545)")
struct DeadlineCalendarTests {
    static func date(_ text: String) throws -> LocalDate { try LocalDate(text) }

    /// Noor's contract: Monday and Thursday 12:00–13:00 from 1 March 2026, ending with `end` as last day.
    static func request(
        from: String = "2026-03-23", to: String = "2026-11-02", end: String? = nil, balance: Int? = nil,
        child: String = "Noor", open: [String] = [], confirmed: [ConfirmedExtraCare] = []
    ) throws -> DeadlineCalendarRequest {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let contract = try Contract(
            id: "contract-noor", contractParent: "parent-anna", child: "child-noor", service: .tso,
            location: "school-de-linde", signingDate: try date("2026-02-01"),
            startDate: try date("2026-03-01"),
            endDate: try end.map { try date($0) },
            schedule: try WeeklySchedule([.monday: session, .thursday: session]),
            annualAmount: Money(cents: 100_000), hourlyRate: Money(cents: 850), hasDirectDebitMandate: true)
        return DeadlineCalendarRequest(
            child: child, contract: contract, school: SchoolCalendar(schoolHolidays: [], closureDays: []),
            period: try DateRange(first: date(from), last: date(to)), balanceMinutes: balance,
            sameDayRequests: try open.map { try date($0) }, confirmedExtraCare: confirmed)
    }

    static let stamp = Instant(utc: LocalDateTime(date: LocalDate(unchecked: 2026, 12, 3), time: .midnight))

    @Test("Every line ends in CRLF, is at most 75 octets, and folds with one leading space (RFC 5545 §3.1)")
    func linesAndFolding() throws {
        let ics = try DeadlineCalendar.iCalendar(for: try Self.request(), language: .nl, stamp: Self.stamp)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        var folded = 0
        for line in lines {
            #expect(!line.contains("\n") && !line.contains("\r"), "a bare line break in \(line)")
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
            #expect(!line.isEmpty)
            if line.hasPrefix(" ") {
                folded += 1
                #expect(!line.hasPrefix("  ") || line.utf8.count > 1)
            }
        }
        #expect(folded > 10)
        // A fold never splits a UTF-8 sequence: the octets of each line decode on their own.
        let long = ICalendarWriter.fold("SUMMARY:" + String(repeating: "é“", count: 60))
        for line in long.split(separator: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(ICalendarReader.unfold(long + "\r\n") == ["SUMMARY:" + String(repeating: "é“", count: 60)])
    }

    @Test("TEXT escapes backslash, semicolon, comma and newline (RFC 5545 §3.3.11)")
    func escaping() throws {
        #expect(ICalendarWriter.escape("a\\b; c, d\ne") == "a\\\\b\\; c\\, d\\ne")
        let ics = try DeadlineCalendar.iCalendar(
            for: try Self.request(child: "Noor; Sem, \\Bo"), language: .en, stamp: Self.stamp)
        let reader = ICalendarReader(ics)
        let summaries = reader.events.compactMap { $0.properties["SUMMARY"] }
        #expect(summaries.allSatisfy { $0.hasPrefix("Noor; Sem, \\Bo: ") })
        #expect(ics.contains("SUMMARY:Noor\\; Sem\\, \\\\Bo: "))
        #expect(ics.contains("X-WR-CALNAME:Deadlines for Noor\\; Sem\\, \\\\Bo"))
        // The UID keeps to letters, digits and hyphens.
        #expect(
            reader.events.allSatisfy {
                $0.properties["UID"]?.hasSuffix("-Noor--Sem---Bo@childcare-rules") == true
            })
    }

    @Test(
        "DTSTAMP is the explicit stamp in UTC on every event, or the start of the period in Amsterdam by default"
    )
    func stamp() throws {
        let request = try Self.request()
        let ics = try DeadlineCalendar.iCalendar(for: request, language: .nl, stamp: Self.stamp)
        let events = ICalendarReader(ics).events
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.properties["DTSTAMP"] == "20261203T000000Z" })
        let byDefault = ICalendarReader(try DeadlineCalendar.iCalendar(for: request, language: .nl)).events
        // 23 March 2026, 00:00 in Amsterdam (+01:00) is 22 March 2026, 23:00 UTC.
        #expect(byDefault.allSatisfy { $0.properties["DTSTAMP"] == "20260322T230000Z" })
        #expect(
            try DeadlineCalendar.iCalendar(for: request, language: .nl)
                == DeadlineCalendar.iCalendar(for: request, language: .nl))
    }

    @Test("Every event has a stable unique UID, a DTSTART, the clause and an alarm a day before")
    func eventShape() throws {
        let request = try Self.request(end: "2026-12-31", balance: 210)
        let first = ICalendarReader(
            try DeadlineCalendar.iCalendar(for: request, language: .nl, stamp: Self.stamp))
        let again = ICalendarReader(try DeadlineCalendar.iCalendar(for: request, language: .en))
        let uids = first.events.compactMap { $0.properties["UID"] }
        #expect(uids.count == first.events.count)
        #expect(Set(uids).count == uids.count)
        #expect(uids == again.events.compactMap { $0.properties["UID"] })
        for event in first.events {
            #expect(event.properties["DTSTART"] != nil)
            #expect(
                event.properties["DESCRIPTION"]?.contains("TSO-voorwaarden 2024, art. 5") == true
            )
            #expect(event.alarms.count == 1)
            #expect(event.alarms.first?["TRIGGER"] == "-P1D")
            #expect(event.alarms.first?["ACTION"] == "DISPLAY")
        }
        #expect(first.timeZoneIDs == ["Europe/Amsterdam"])
    }

    @Test(
        "Round trip: the reader gets the same absence deadlines back, across both 2026 clock changes (art. 5 lid 1)"
    )
    func roundTrip() throws {
        let request = try Self.request()
        let deadlines = try DeadlineCalendar.deadlines(for: request)
        let reader = ICalendarReader(
            try DeadlineCalendar.iCalendar(for: request, language: .nl, stamp: Self.stamp))
        #expect(reader.events.count == deadlines.count)
        for (event, deadline) in zip(reader.events, deadlines) {
            #expect(event.properties["UID"] == deadline.uid)
            #expect(event.properties["SUMMARY"] == deadline.summary.nl)
            guard case .moment(let moment) = deadline.when else { continue }
            #expect(event.parameters["DTSTART;TZID"] == "Europe/Amsterdam")
            #expect(reader.start(of: event) == moment.instant.secondsSinceEpoch, "\(deadline.uid)")
        }
        func readBack(_ uid: String) -> Int64? {
            reader.events.first { $0.properties["UID"] == uid }.flatMap(reader.start)
        }
        // Monday 30 March 2026 12:00+02:00: the later reading is Thursday 26 March 2026 12:00+01:00 (11:00 UTC).
        let march = try #require(readBack("absence-2026-03-30-contract-noor-Noor@childcare-rules"))
        #expect(march == Instant(utc: try LocalDateTime("2026-03-26T11:00")).secondsSinceEpoch)
        // Monday 26 October 2026 12:00+01:00: the later reading is Thursday 22 October 2026 13:00+02:00 (11:00 UTC).
        let october = try #require(readBack("absence-2026-10-26-contract-noor-Noor@childcare-rules"))
        #expect(october == Instant(utc: try LocalDateTime("2026-10-22T11:00")).secondsSinceEpoch)
        let computed = try NinetySixHourRule.computation(careStart: try LocalDateTime("2026-10-26T12:00"))
        #expect(october == computed.deadline.instant.secondsSinceEpoch)
    }

    @Test("The VTIMEZONE comes from the library's own rule: summer time from 29 March to 25 October 2026")
    func timeZone() throws {
        let lines = try ICalendarWriter.timeZone(years: 2026...2026)
        #expect(
            lines == [
                "BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam",
                "BEGIN:STANDARD", "DTSTART:20251026T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "TZNAME:CET", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "TZNAME:CEST", "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "TZNAME:CET", "END:STANDARD",
                "END:VTIMEZONE",
            ])
    }

    @Test(
        "Same-day extra care closes at 11:00, strictly; confirmed extra care has its cancellation deadline (extra opvang lid 1 and 6)"
    )
    func extraCare() throws {
        let request = try Self.request(
            from: "2026-03-23", to: "2026-04-03", open: ["2026-03-31"],
            confirmed: [
                ConfirmedExtraCare(
                    start: try LocalDateTime("2026-04-01T14:00"), minutes: 120, paidWith: .hours),
                ConfirmedExtraCare(
                    start: try LocalDateTime("2026-03-31T14:00"), minutes: 60, paidWith: .invoice),
            ])
        let deadlines = try DeadlineCalendar.deadlines(for: request)
        let sameDay = try #require(deadlines.first { $0.kind == .sameDayExtraCare })
        #expect(sameDay.when == .moment(try Amsterdam.resolve(try LocalDateTime("2026-03-31T11:00"))))
        #expect(
            sameDay.summary.nl
                == "Noor: extra opvang op de dag zelf aanvragen kan tot dinsdag 31 maart 2026, 11:00")
        let cancellations = deadlines.filter { $0.kind == .extraCareCancellation }
        #expect(
            cancellations.map(\.when) == [
                .moment(try Amsterdam.resolve(try LocalDateTime("2026-03-24T23:59:59"))),
                .moment(try Amsterdam.resolve(try LocalDateTime("2026-03-28T14:00"))),
            ])
        #expect(
            cancellations.last?.summary.en.contains("by Saturday 28 March 2026, 14:00 at the latest") == true)
        // No extra care on a day without TSO (I-120): Easter Monday 6 April 2026 is a TSO holiday.
        let holiday = try Self.request(from: "2026-03-23", to: "2026-04-10", open: ["2026-04-06"])
        #expect(throws: RulesError.self) { try DeadlineCalendar.deadlines(for: holiday) }
    }

    @Test("In December a reminder that hours lapse on 31 December, with the balance (art. 5 lid 5)")
    func lapseReminder() throws {
        let request = try Self.request(from: "2026-11-02", to: "2026-12-31", balance: 210)
        let reminder = try #require(
            try DeadlineCalendar.deadlines(for: request).first { $0.kind == .hoursLapse })
        #expect(reminder.when == .day(try Self.date("2026-12-01")))
        #expect(
            reminder.summary.nl
                == "Noor: ruil- en inhaaluren vervallen na donderdag 31 december 2026 (saldo 3 uur en 30 minuten)"
        )
        #expect(
            reminder.summary.en
                == "Noor: swap hours lapse after Thursday 31 December 2026 (balance 3 hours and 30 minutes)")
        let ics = try DeadlineCalendar.iCalendar(for: request, language: .nl, stamp: Self.stamp)
        #expect(ics.contains("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n"))
        // Without a balance, or when the contract ends before 31 December, there is no December reminder.
        #expect(
            try DeadlineCalendar.deadlines(for: try Self.request(from: "2026-11-02", to: "2026-12-31"))
                .allSatisfy { $0.kind != .hoursLapse })
        let ending = try Self.request(from: "2026-11-02", to: "2026-12-31", end: "2026-12-18", balance: 210)
        let kinds = try DeadlineCalendar.deadlines(for: ending).map(\.kind)
        #expect(!kinds.contains(.hoursLapse))
        #expect(kinds.suffix(2) == [.contractEnd, .lastDayToUseHours])
    }

    @Test("The contract's last day and the last day to use hours (art. 5 lid 5, I-202)")
    func contractEnd() throws {
        let request = try Self.request(from: "2026-06-01", to: "2026-06-30", end: "2026-06-30", balance: 60)
        let deadlines = try DeadlineCalendar.deadlines(for: request)
        let end = try #require(deadlines.first { $0.kind == .contractEnd })
        #expect(end.when == .day(try Self.date("2026-06-30")))
        #expect(
            end.description.nl.contains(
                "laatste opvangdag 30 juni 2026; de overeenkomst eindigt per 1 juli 2026"))
        let last = try #require(deadlines.first { $0.kind == .lastDayToUseHours })
        #expect(
            last.summary.nl == "Noor: laatste dag om ruil- en inhaaluren in te zetten, dinsdag 30 juni 2026")
        #expect(last.description.en.hasSuffix("Your balance when this calendar was made: 1 hour."))
    }

    /// The wording rules of `Tests/ScenarioTests/ParentTextTests.swift`.
    static let wordingRules = [
        #"\b\d{4}-\d{2}\b"#, #"\bI-\d{3}\b|For legal|Voor juridische zaken"#, #"uiterlijk[^.]*vóór"#,
        #"\b1 (days|dagen|minutes|minuten|weeks|weken|months|maanden|hours|uren)\b"#,
        #"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"#
            + #"January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d{4})"#,
        #"(TSO-voorwaarden|TSO terms)((?!\. [A-Z]).)*(TSO-voorwaarden|TSO terms)"#,
    ]

    @Test("Parent text carries the year, never ISO dates, register ids or 'uiterlijk … vóór', in nl and en")
    func parentText() throws {
        let request = try Self.request(
            from: "2026-03-23", to: "2026-12-31", end: "2026-12-31", balance: 90, open: ["2026-03-31"],
            confirmed: [
                ConfirmedExtraCare(
                    start: try LocalDateTime("2026-04-01T14:00"), minutes: 60, paidWith: .hours)
            ])
        for deadline in try DeadlineCalendar.deadlines(for: request) {
            for language in Language.allCases {
                let text = deadline.summary.text(in: language) + " " + deadline.description.text(in: language)
                #expect(text.contains("2026"))
                #expect(text.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil, "ISO in \(text)")
                #expect(text.firstMatch(of: /I-\d{3}/) == nil)
                #expect(text.firstMatch(of: /uiterlijk[^.]*vóór/) == nil, "\(text)")
                #expect(!text.contains("1 days") && !text.contains("1 hours"))
                // The quoted clause is verbatim ("31 december van het lopende kalenderjaar"): only the rule
                // on edition names reads it with the text before it.
                let full =
                    deadline.description.text(in: language) + "\n\n" + deadline.clause.text(in: language)
                for (index, pattern) in Self.wordingRules.enumerated() {
                    let checked = index == Self.wordingRules.count - 1 ? full : text
                    let regex = try NSRegularExpression(pattern: pattern)
                    let range = NSRange(checked.startIndex..., in: checked)
                    #expect(regex.firstMatch(in: checked, range: range) == nil, "\(pattern) in \(checked)")
                }
            }
        }
    }
}
