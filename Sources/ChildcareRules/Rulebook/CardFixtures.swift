// Fixed inputs for the worked examples of the rule cards, so that every example is deterministic.

enum CardFixtures {
    /// A date from ISO text; a typo in a card is a typed error, never a trap.
    static func date(_ text: String) throws(RulesError) -> LocalDate {
        try RulesError.calendar { () throws(CalendarError) in try LocalDate(text) }
    }

    /// A local date-time from ISO text ("2026-03-16T12:00" or with seconds).
    static func dateTime(_ text: String) throws(RulesError) -> LocalDateTime {
        try RulesError.calendar { () throws(CalendarError) in try LocalDateTime(text) }
    }

    /// A TSO contract for child Noor: Monday, Tuesday, Thursday and Friday 12:00–13:00, signed 15 June 2025,
    /// starting 1 September 2025, EUR 1.234,57 a year, EUR 8,50 an hour, with a direct-debit mandate.
    static func contract(
        child: ChildID = "child-noor", service: ServiceKind = .tso, start: String = "2025-09-01",
        end: String? = nil, directDebit: Bool = true
    ) throws(RulesError) -> Contract {
        let session = CareSession(
            start: try RulesError.calendar { () throws(CalendarError) in try LocalTime("12:00") }, minutes: 60
        )
        let schedule = try WeeklySchedule([
            .monday: session, .tuesday: session, .thursday: session, .friday: session,
        ])
        var endDate: LocalDate?
        if let end { endDate = try date(end) }
        return try Contract(
            id: ContractID("contract-\(child)-\(service.rawValue)"), contractParent: "parent-anna",
            child: child,
            service: service, location: "school-de-linde", signingDate: try date("2025-06-15"),
            startDate: try date(start), endDate: endDate, schedule: schedule,
            annualAmount: Money(cents: 123_457), hourlyRate: Money(cents: 850),
            hasDirectDebitMandate: directDebit)
    }

    /// A school calendar with the 2026 autumn holiday (17–25 October) and a closure day on 9 October 2026.
    static func school() throws(RulesError) -> SchoolCalendar {
        SchoolCalendar(
            schoolHolidays: [
                try RulesError.calendar { () throws(CalendarError) in
                    try DateRange(first: LocalDate("2026-10-17"), last: LocalDate("2026-10-25"))
                }
            ],
            closureDays: [try date("2026-10-09")])
    }

    /// "yes" or "no".
    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}

extension Decision {
    /// The keys of the citations, for ``ExampleTable/citedKeys``.
    var citedKeys: [String] { citations.map { $0.key } }
}
