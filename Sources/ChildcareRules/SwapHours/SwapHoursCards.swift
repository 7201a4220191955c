// Rule cards for swap hours: absence reports, expiry, scope, no payout, goodwill and withdrawing an absence.
// Each card sits beside its rule, in `<Rule>+Card.swift` in this folder; `all` sets their order in the
// rulebook.

enum SwapHoursCards {
    static var all: [RuleCard] { [absence, absenceWithdrawal, expiry, scope, noPayout, goodwill] }

    /// I-105: hours earned in December 2026 for extra care on Wednesday 13 January 2027, by request date.
    static func requestDateTable() throws(RulesError) -> ExampleTable {
        let contract = try CardFixtures.contract()
        var rows: [[String]] = []
        for requested in ["2026-12-10T09:00", "2026-12-31T20:00", "2027-01-02T09:00"] {
            var desk = ExtraCareDesk()
            try desk.record(
                .earn(
                    LedgerAccount(contract), careDate: try CardFixtures.date("2026-12-07"), minutes: 60,
                    expiry: try CardFixtures.date("2026-12-31")),
                key: "earn", at: try Amsterdam.zonedInstant("2026-12-01T09:00"))
            let decision = try desk.request(
                "january", contract: contract, school: .none,
                careStart: try CardFixtures.dateTime("2027-01-13T12:00"), minutes: 60,
                requested: try CardFixtures.dateTime(requested), withHours: true, key: "request")
            rows.append([
                requested, "\(decision.outcome.hoursMinutes)", "\(decision.outcome.charge.minutes)",
            ])
        }
        return ExampleTable(
            caption:
                "60 minutes earned for Monday 2026-12-07 (expiry 2026-12-31), requested for Wednesday 2027-01-13 at 12:00",
            headers: ["requested", "minutes of hours reserved", "minutes invoiced"], rows: rows)
    }

    static func reasonText(_ reason: AbsenceReason) -> String {
        switch reason {
        case .earned: "earned"
        case .tooLate: "too late"
        case .enteredByStaff: "entered by staff: no hours"
        case .notInApp(let channel): "not in the app (\(channel.name(in: .en)))"
        case .appVersionCannotRequest: "version 2 cannot report for hours"
        case .notACareDay(let reason): "no care: \(reason.name(in: .en))"
        case .closureDayAnnouncedLate: "closure day announced late: the day's minutes credited"
        }
    }
}
