import ChildcareRules
import Foundation

/// The cases the rules engine evaluates in the `engine` and `engineCasebook` benchmarks.
enum EngineWorkload {
    /// Scenarios/demo/01-absence-clock-change.json, built in code: Noor (TSO Mon/Tue/Thu 12:00) is reported
    /// absent 40 minutes after the 96-hour deadline, then once in time.
    static let demo: (CaseFacts, [TimedEvent]) = {
        let contract = tsoContract(id: "noor-tso", child: "noor", start: "2025-08-25")
        let events = [
            event("late", "2026-03-26T12:40", .absence(contract: contract.id, date: date("2026-03-30"))),
            event("early", "2026-03-27T09:00", .absence(contract: contract.id, date: date("2026-04-02"))),
        ]
        return (facts([contract]), events)
    }()

    /// A casebook-like case: one contract and 20 events over a school year — absences in time and too late,
    /// a withdrawn absence, extra care requested with hours (approved, rejected, cancelled in time),
    /// goodwill, a payout request, the year-end expiry and a notice of termination.
    static let casebook: (CaseFacts, [TimedEvent]) = {
        let contract = tsoContract(id: "sem-tso", child: "sem", start: "2026-08-31")
        let id = contract.id
        let events: [TimedEvent] = [
            event("a1", "2026-09-01T09:00", .absence(contract: id, date: date("2026-09-07"))),
            event("a2", "2026-09-03T09:00", .absence(contract: id, date: date("2026-09-08"))),
            event("a3", "2026-09-08T11:00", .absence(contract: id, date: date("2026-09-10"))),
            event("a4", "2026-09-14T09:00", .absence(contract: id, date: date("2026-09-21"))),
            event("a5", "2026-09-15T09:00", .absence(contract: id, date: date("2026-09-22"))),
            event("w1", "2026-09-16T09:00", .absenceWithdrawn(contract: id, date: date("2026-09-22"))),
            event(
                "x1", "2026-09-20T10:00",
                .extraCareRequested(
                    booking: "xc-1", contract: id, careStart: dateTime("2026-09-30T12:00"), minutes: 60,
                    withHours: true, channel: .app, appVersion: nil)),
            event("x1a", "2026-09-21T10:00", .extraCareApproved(booking: "xc-1")),
            event("a6", "2026-10-01T09:00", .absence(contract: id, date: date("2026-10-06"))),
            event(
                "x2", "2026-10-02T10:00",
                .extraCareRequested(
                    booking: "xc-2", contract: id, careStart: dateTime("2026-10-14T12:00"), minutes: 90,
                    withHours: true, channel: .app, appVersion: nil)),
            event("x2r", "2026-10-03T10:00", .extraCareRejected(booking: "xc-2")),
            event(
                "x3", "2026-10-05T10:00",
                .extraCareRequested(
                    booking: "xc-3", contract: id, careStart: dateTime("2026-10-21T12:00"), minutes: 60,
                    withHours: true, channel: .app, appVersion: nil)),
            event("x3a", "2026-10-06T10:00", .extraCareApproved(booking: "xc-3")),
            event("x3c", "2026-10-12T10:00", .extraCareCancelled(booking: "xc-3", channel: .app)),
            event(
                "g1", "2026-11-02T16:00",
                .goodwill(
                    contract: id, minutes: 30, reason: "storing in de app", grantedBy: "manager-0042")),
            event("a7", "2026-11-05T09:00", .absence(contract: id, date: date("2026-11-12"))),
            event("a8", "2026-12-01T09:00", .absence(contract: id, date: date("2026-12-07"))),
            event("p1", "2026-12-10T10:00", .payoutRequested(contract: id)),
            event("e1", "2027-01-01T01:00", .expiry(asOf: date("2027-01-01"))),
            event(
                "t1", "2027-02-01T10:00",
                .contract(
                    id,
                    .parentTermination(
                        receivedOn: date("2027-02-01"), channel: .email, requestedEndDate: nil))),
        ]
        return (facts([contract]), events)
    }()

    /// Evaluates a case `repeats` times; the checksum counts the decisions and the minutes they moved.
    static func evaluate(_ workload: (CaseFacts, [TimedEvent]), repeats: Int) -> Int {
        var checksum = 0
        for _ in 0..<repeats {
            guard let evaluation = try? Engine.evaluate(workload.0, events: workload.1) else {
                checksum &+= 1_000_003
                continue
            }
            for decision in evaluation.decisions {
                checksum &+= decision.minutes &+ decision.outcome.code.utf8.count
            }
        }
        return checksum
    }

    private static func date(_ text: String) -> LocalDate {
        (try? LocalDate(text)) ?? LocalDate(unchecked: 2026, 1, 1)
    }

    private static func dateTime(_ text: String) -> LocalDateTime {
        (try? LocalDateTime(text)) ?? LocalDateTime(date: date("2026-01-01"), time: .midnight)
    }

    private static func event(_ id: EventID, _ at: String, _ event: EngineEvent) -> TimedEvent {
        TimedEvent(id: id, at: dateTime(at), event: event)
    }

    private static func tsoContract(id: ContractID, child: ChildID, start: String) -> Contract {
        let noon = (try? LocalTime("12:00")) ?? .midnight
        let session = CareSession(start: noon, minutes: 60)
        let schedule = try? WeeklySchedule([.monday: session, .tuesday: session, .thursday: session])
        let startDate = date(start)
        guard let schedule,
            let contract = try? Contract(
                id: id, contractParent: "anna", child: child, service: .tso, location: "de-linde",
                signingDate: date("2025-06-01"), startDate: startDate, schedule: schedule,
                annualAmount: Money(cents: 123_457), hourlyRate: Money(cents: 850),
                hasDirectDebitMandate: true)
        else { return Workloads.contract }
        return contract
    }

    private static func facts(_ contracts: [Contract]) -> CaseFacts {
        let names = Dictionary(
            uniqueKeysWithValues: contracts.map { ($0.child, $0.child.rawValue.capitalized) })
        let parents = [CaseParent(id: "anna", access: AccessFacts(role: .contractParent))]
        guard let facts = try? CaseFacts(contracts: contracts, childNames: names, parents: parents) else {
            print("bench: could not build the engine case")
            exit(1)
        }
        return facts
    }
}
