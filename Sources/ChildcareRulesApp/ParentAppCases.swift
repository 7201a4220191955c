import ChildcareRules
import JSONValue

/// A fixed, generated set of parent-app requests, for comparing two builds of the rules answer for answer
/// (the native command line and the WebAssembly module, `Scripts/compare-wasm.sh`).
///
/// The same count always gives the same requests, in the same order. They cover:
/// - the 96-hour deadline for care starting in the 11 days around both clock changes of 2024–2030, at
///   several times of day (and, before 1 August 2024, the typed error that no terms apply);
/// - the care days of the school year 2026–2027, month by month, with school holidays, TSO holidays and a
///   closure day announced on time and one announced late;
/// - whether an absence reported at, just before or just after its deadline earns hours;
/// - balances after a run of absences, with an expiry on 31 December;
/// - explanations of all of these decisions in Dutch and English;
/// - a few malformed requests, whose typed errors must match too.
public enum ParentAppCases {
    /// One request: the function and its JSON text.
    public struct Case: Sendable, Hashable {
        /// The function called.
        public let function: ParentApp.Function
        /// The request, compact JSON on one line.
        public let request: String
    }

    /// The first `count` cases (after the base set runs out, deadlines over further days fill the rest).
    public static func generate(count: Int) -> [Case] {
        var cases: [Case] = []
        var explainable: [String] = []
        func add(_ function: ParentApp.Function, _ request: JSON) {
            cases.append(Case(function: function, request: request.rendered))
        }
        // Deadlines around both clock changes of each year.
        for year in 2024...2030 {
            for month in [3, 10] {
                let change = lastSunday(year: year, month: month)
                for offset in -5...5 {
                    guard let day = try? change.adding(days: offset) else { continue }
                    for time in ["08:30", "12:00", "12:30", "15:15"] {
                        add(.absenceDeadline, .object([("careStart", .string("\(day)T\(time)"))]))
                    }
                }
            }
        }
        // The care days of the school year, month by month, for two schedules.
        let schedules = [mondayTuesdayThursday, everyWeekday]
        for (index, schedule) in schedules.enumerated() {
            var month = YearMonth(LocalDate(unchecked: 2026, 8, 1))
            for _ in 0..<12 {
                add(
                    .careDays,
                    caseRequest(
                        schedule,
                        [("from", .string("\(month.firstDay)")), ("through", .string("\(month.lastDay)"))],
                        child: index == 0))
                guard let next = month.lastDay.nextDay else { break }
                month = YearMonth(next)
            }
        }
        // Reporting an absence just before, at, and just after the deadline, and on days without care.
        let days = [
            "2026-09-07", "2026-09-08", "2026-09-10", "2026-10-26", "2026-10-27", "2026-10-19", "2026-11-20",
            "2026-12-25", "2027-03-04", "2027-03-29", "2027-03-30", "2027-04-27", "2027-05-06", "2027-05-17",
            "2027-09-06",
        ]
        let nows = ["T11:59", "T12:00", "T12:01", "T13:00", "T09:15"]
        for day in days {
            guard let date = try? LocalDate(day), let before = try? date.adding(days: -4) else { continue }
            for now in nows {
                let request = caseRequest(
                    mondayTuesdayThursday, [("day", .string(day)), ("now", .string("\(before)\(now)"))],
                    child: now == "T12:00")
                add(.canReportAbsence, request)
                explainable.append(ParentApp.respond(.canReportAbsence, request: request.rendered))
            }
        }
        // Balances after runs of absences.
        for run in 1...30 {
            var reports: [(reported: String, day: String)] = []
            var date = LocalDate(unchecked: 2026, 9, 7)
            for step in 0..<run {
                guard let next = try? date.adding(days: step % 3 == 2 ? 3 : (step % 3 == 0 ? 1 : 2)) else {
                    break
                }
                date = next
                // Most are reported six days ahead (in time), every fourth three days ahead (too late).
                let early = (try? date.adding(days: step % 4 == 3 ? -3 : -6)) ?? date
                reports.append((reported: "\(early)T10:00", day: "\(date)"))
            }
            // The engine takes events in time order.
            let absences: [JSON] = reports.sorted { ($0.reported, $0.day) < ($1.reported, $1.day) }.map {
                .object([("day", .string($0.day)), ("reported", .string($0.reported))])
            }
            let at = run % 3 == 0 ? "2027-01-01" : "2026-12-31"
            let request = caseRequest(
                mondayTuesdayThursday, [("absences", .array(absences)), ("at", .string(at))],
                child: run % 2 == 0)
            add(.balance, request)
            if run % 5 == 0 { explainable.append(ParentApp.respond(.balance, request: request.rendered)) }
        }
        // Explanations of deadlines and decisions, in both languages.
        for index in stride(from: 0, to: min(cases.count, 616), by: 8)
        where cases[index].function == .absenceDeadline {
            explainable.append(ParentApp.respond(.absenceDeadline, request: cases[index].request))
        }
        for answer in explainable where !answer.hasPrefix(#"{"error":"#) {
            guard let decision = try? JSONParser.parse(answer) else { continue }
            for language in ["nl", "en"] {
                add(.explain, .object([("decision", decision), ("lang", .string(language))]))
            }
        }
        // Malformed requests: their errors must be the same too.
        cases.append(Case(function: .absenceDeadline, request: #"{"careStart":"2026-03-29T02:30"}"#))
        cases.append(Case(function: .absenceDeadline, request: #"{"careStart":"2026-02-30T12:00"}"#))
        cases.append(Case(function: .absenceDeadline, request: #"{"careStart":12}"#))
        cases.append(Case(function: .absenceDeadline, request: #"{"careStart":"2026-03-30T12:00""#))
        cases.append(
            Case(function: .canReportAbsence, request: #"{"day":"2026-09-07","now":"2026-09-01T10:00"}"#))
        cases.append(
            Case(
                function: .careDays,
                request: caseRequest(
                    everyWeekday, [("from", .string("2026-09-01")), ("through", .string("2028-09-01"))],
                    child: false
                ).rendered))
        cases.append(Case(function: .explain, request: #"{"decision":{},"lang":"fr"}"#))
        // Fill up with deadlines for every day from 1 August 2024 at noon.
        var fill = (try? LocalDate("2024-08-01")) ?? LocalDate(unchecked: 2024, 8, 1)
        while cases.count < count {
            add(.absenceDeadline, .object([("careStart", .string("\(fill)T12:00"))]))
            guard let next = fill.nextDay else { break }
            fill = next
        }
        return Array(cases.prefix(count))
    }

    /// A contract with care on Monday, Tuesday and Thursday at 12:00 for an hour, as in the casebook.
    static let mondayTuesdayThursday: [JSON] = [
        session("mon", "12:00", 60), session("tue", "12:00", 60), session("thu", "12:00", 60),
    ]

    /// A contract with care every weekday, with a short Wednesday.
    static let everyWeekday: [JSON] = [
        session("mon", "12:00", 60), session("tue", "12:00", 60), session("wed", "12:15", 45),
        session("thu", "12:00", 60), session("fri", "12:30", 50),
    ]

    static func session(_ weekday: String, _ start: String, _ minutes: Int) -> JSON {
        .object([("weekday", .string(weekday)), ("start", .string(start)), ("minutes", .int(minutes))])
    }

    /// A request for the school year 2026–2027 with `schedule`, plus `members`.
    static func caseRequest(_ schedule: [JSON], _ members: [(String, JSON)], child: Bool) -> JSON {
        var all: [(String, JSON)] = [
            (
                "contract",
                .object([
                    ("start", .string("2026-08-31")), ("end", .string("2027-07-31")),
                    ("schedule", .array(schedule)),
                ])
            ),
            (
                "school",
                .object([
                    (
                        "holidays",
                        .array([
                            range("2026-10-17", "2026-10-25"), range("2026-12-19", "2027-01-03"),
                            range("2027-02-13", "2027-02-21"), range("2027-04-24", "2027-05-02"),
                            range("2027-07-17", "2027-08-29"),
                        ])
                    ),
                    (
                        "closures",
                        .array([
                            .object([("date", .string("2026-11-20"))]),
                            .object([("date", .string("2027-03-04")), ("announced", .string("2027-02-01"))]),
                        ])
                    ),
                ])
            ),
        ]
        if child { all.append(("child", .string("Noor"))) }
        return .object(all + members)
    }

    static func range(_ first: String, _ last: String) -> JSON {
        .object([("first", .string(first)), ("last", .string(last))])
    }

    static func lastSunday(year: Int, month: Int) -> LocalDate {
        var day = (try? YearMonth(year: year, month: month))?.lastDay ?? LocalDate(unchecked: 2024, 8, 1)
        while day.weekday != .sunday, let previous = try? day.adding(days: -1) { day = previous }
        return day
    }
}
