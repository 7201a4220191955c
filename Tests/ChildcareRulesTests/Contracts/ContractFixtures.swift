import ChildcareRules

/// Builds the contracts the contract, billing and calendar tests share.
enum Fixtures {
    /// A date from ISO text.
    static func day(_ text: String) throws -> LocalDate { try LocalDate(text) }

    /// A TSO contract on Monday, Tuesday and Thursday at 12:00 for 60 minutes.
    static func contract(
        signed: String = "2025-06-01", start: String = "2025-08-01", end: String? = nil,
        annualCents: Int = 123_457,
        hourlyRateCents: Int = 850, directDebit: Bool = true
    ) throws -> Contract {
        let session = CareSession(start: try LocalTime("12:00"), minutes: 60)
        let schedule = try WeeklySchedule([.monday: session, .tuesday: session, .thursday: session])
        return try Contract(
            id: "contract-1", contractParent: "parent-anna", child: "child-noor", service: .tso,
            location: "school-de-linde", signingDate: day(signed), startDate: day(start),
            endDate: try end.map { try day($0) }, schedule: schedule, annualAmount: Money(cents: annualCents),
            hourlyRate: Money(cents: hourlyRateCents), hasDirectDebitMandate: directDebit)
    }
}

extension Decision {
    /// The stable keys of the citations, such as "TSO art. 8 lid 1".
    var citationKeys: [String] { citations.map(\.key) }
}
