import ChildcareRules
import JSONValue

/// The case a parent-app request describes: one TSO contract, the school's calendar, and the child's name.
///
/// ```json
/// {"contract":{"start":"2026-08-31","end":"2027-07-31",
///              "schedule":[{"weekday":"mon","start":"12:00","minutes":60}]},
///  "school":{"holidays":[{"first":"2026-10-17","last":"2026-10-25"}],
///            "closures":[{"date":"2026-11-20","announced":"2026-11-02"}]},
///  "child":"Noor"}
/// ```
///
/// `end`, `school`, its members and `child` may be left out. A closure without `announced` counts as
/// announced at the start of the school year.
struct AppCase {
    /// The contract, under the fixed identifier ``contractID``.
    let contract: Contract
    /// The facts the engine reads.
    let facts: CaseFacts

    /// The identifier every request's contract gets: a request describes one contract.
    static let contractID: ContractID = "contract"

    /// Reads the case from the members `contract`, `school` and `child` of `request`.
    init(_ request: AppRequest) throws(ParentAppError) {
        let description = try request.object("contract")
        var entries: [WeeklySchedule.Entry] = []
        for (item, path) in try description.array("schedule") {
            let session = try AppRequest(item, path: path)
            let key = try session.string("weekday")
            guard let weekday = Weekday(shortKey: key) else {
                throw ParentAppError(
                    code: .invalidRequest, message: "\(path).weekday is \"\(key)\", which is not mon … sun.")
            }
            entries.append(
                WeeklySchedule.Entry(
                    weekday: weekday,
                    session: CareSession(
                        start: try session.time("start"), minutes: try session.int("minutes"))))
        }
        let school = try request.optionalObject("school")
        var holidays: [DateRange] = []
        var closures: [ClosureDay] = []
        if let school {
            for (item, path) in try school.array("holidays") {
                let range = try AppRequest(item, path: path)
                let first = try range.date("first")
                let last = try range.date("last")
                holidays.append(
                    try AppRequest.parse(path, "\(first)/\(last)") { () throws(CalendarError) in
                        try DateRange(first: first, last: last)
                    })
            }
            for (item, path) in try school.array("closures") {
                let closure = try AppRequest(item, path: path)
                closures.append(
                    ClosureDay(
                        date: try closure.date("date"), announced: try closure.optionalDate("announced")))
            }
        }
        let start = try description.date("start")
        let end = try description.optionalDate("end")
        let name = try request.optionalString("child")
        let child: ChildID = "child"
        do throws(RulesError) {
            contract = try Contract(
                id: Self.contractID, contractParent: "parent", child: child, service: .tso,
                location: "location",
                signingDate: start, startDate: start, endDate: end,
                schedule: try WeeklySchedule(entries: entries),
                annualAmount: Money(cents: 0), hourlyRate: Money(cents: 0), hasDirectDebitMandate: true)
            facts = try CaseFacts(
                contracts: [contract], childNames: name.map { [child: $0] } ?? [:],
                school: SchoolCalendar(schoolHolidays: holidays, closures: closures))
        } catch {
            throw ParentAppError(error)
        }
    }
}
