import ChildcareRules

/// Shared facts for the swap-hours tests: a TSO contract on Monday, Tuesday, Thursday and Friday at 12:00
/// for 60 minutes, at € 8,50 an hour, and a school calendar with an autumn holiday and a closure day.
enum SwapHoursFixtures {
    static let noor: ChildID = "child-noor"
    static let sem: ChildID = "child-sem"

    static func contract(
        child: ChildID = noor, service: ServiceKind = .tso, end: String? = nil, hourlyRate: Int = 850
    ) throws -> Contract {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let schedule = try WeeklySchedule([
            .monday: session, .tuesday: session, .thursday: session, .friday: session,
        ])
        return try Contract(
            id: ContractID("contract-\(child)-\(service.rawValue)"), contractParent: "parent-anna",
            child: child, service: service,
            location: "school-de-linde", signingDate: LocalDate("2025-06-15"),
            startDate: LocalDate("2025-09-01"),
            endDate: try end.map { try LocalDate($0) }, schedule: schedule,
            annualAmount: Money(cents: 123_400),
            hourlyRate: Money(cents: hourlyRate), hasDirectDebitMandate: true)
    }

    static func school() throws -> SchoolCalendar {
        SchoolCalendar(
            schoolHolidays: [try DateRange(first: LocalDate("2026-10-17"), last: LocalDate("2026-10-25"))],
            closureDays: [try LocalDate("2026-10-09")])
    }

    static func instant(_ text: String) throws -> Instant {
        try Amsterdam.resolve(LocalDateTime(text), policy: .strict).instant
    }

    static func date(_ text: String) throws -> LocalDate { try LocalDate(text) }
}
