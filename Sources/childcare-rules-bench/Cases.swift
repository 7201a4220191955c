import ChildcareRules
import Foundation

/// The benchmark cases of issue #7. `scale` shrinks the work for `--quick`.
enum Cases {
    static func all(scale: Int) -> [BenchCase] {
        [
            deadline(scale: scale), addMonths(scale: scale), holidays(scale: scale),
            careCalendar(scale: scale),
            ledgerReplay(scale: scale), engine(scale: scale), engineCasebook(scale: scale),
        ]
    }

    /// The names of the cases, in order, for `--only`.
    static let names = [
        "deadline", "addMonths", "holidays", "careCalendar", "ledgerReplay", "engine", "engineCasebook",
    ]

    /// The case called `name`, built at `scale`.
    static func named(_ name: String, scale: Int) -> BenchCase? {
        switch name {
        case "deadline": deadline(scale: scale)
        case "addMonths": addMonths(scale: scale)
        case "holidays": holidays(scale: scale)
        case "careCalendar": careCalendar(scale: scale)
        case "ledgerReplay": ledgerReplay(scale: scale)
        case "engine": engine(scale: scale)
        case "engineCasebook": engineCasebook(scale: scale)
        default: nil
        }
    }

    static func deadline(scale: Int) -> BenchCase {
        let starts = Workloads.careStarts(count: 1_000_000 / scale)
        return BenchCase(
            name: "deadline", operations: starts.count,
            body: {
                var checksum = 0
                for start in starts {
                    if let computation = try? NinetySixHourRule.computation(careStart: start) {
                        checksum &+= Int(computation.deadline.instant.secondsSinceEpoch)
                    }
                }
                return checksum
            },
            baseline: { Baselines.deadlines(starts) },
            note: "96-hour deadline (both readings, the later) for care starts over 2024–2030")
    }

    static func addMonths(scale: Int) -> BenchCase {
        let inputs = Workloads.monthAdditions(count: 1_000_000 / scale)
        return BenchCase(
            name: "addMonths", operations: inputs.count,
            body: {
                var checksum = 0
                for (date, months) in inputs {
                    if let result = try? date.adding(months: months, rounding: .down) {
                        checksum &+= result.daysSinceEpoch
                    }
                }
                return checksum
            },
            baseline: { Baselines.addMonths(inputs) },
            note: "1 to 24 months added to dates over 1996–2100, clamped (.down)")
    }

    static func holidays(scale: Int) -> BenchCase {
        let years = TSOHolidays.supportedYears
        let repeats = max(1, 100 / scale)
        return BenchCase(
            name: "holidays", operations: years.count * repeats,
            body: {
                var checksum = 0
                for _ in 0..<repeats {
                    for year in years {
                        if let holidays = try? TSOHolidays.holidays(in: year) {
                            checksum &+= holidays.count &+ (holidays.last?.date.daysSinceEpoch ?? 0)
                        }
                    }
                }
                return checksum
            },
            baseline: {
                var checksum = 0
                for _ in 0..<repeats { checksum &+= Baselines.holidays(years: years) }
                return checksum
            },
            note: "the TSO holidays of one year (1990–2100, repeated); ns per year")
    }

    static func careCalendar(scale: Int) -> BenchCase {
        let repeats = max(1, 200 / scale)
        let contract = Workloads.contract
        let first = (try? LocalDate("2026-08-01")) ?? contract.startDate
        let last = (try? LocalDate("2027-07-31")) ?? contract.startDate
        let school = Workloads.schoolCalendar
        return BenchCase(
            name: "careCalendar", operations: repeats,
            body: {
                var checksum = 0
                for _ in 0..<repeats {
                    if let days = try? CareCalendar.days(
                        from: first, through: last, contract: contract, school: school)
                    {
                        for day in days {
                            if let care = day.careDay {
                                checksum &+= Int(care.deadline.instant.secondsSinceEpoch)
                            }
                        }
                    }
                }
                return checksum
            },
            baseline: {
                var checksum = 0
                for _ in 0..<repeats {
                    checksum &+= Baselines.careCalendar(first: first, last: last, school: school)
                }
                return checksum
            },
            note: "care days and deadlines of one school year, Mon/Tue/Thu 12:00; ns per school year")
    }
}

extension Cases {
    /// The year-end batch: 72,000 children, one ledger each, a school year of about 40 commands each.
    /// ns/op is per command (event); there is no Foundation equivalent.
    static func ledgerReplay(scale: Int) -> BenchCase {
        let workload = LedgerWorkload.generate(children: 72_000 / scale)
        let memory = LedgerMemory.measure(workload, children: min(workload.children, 2_000))
        return BenchCase(
            name: "ledgerReplay", operations: workload.commands.count,
            body: { workload.replayAll() }, baseline: nil,
            note: "\(workload.children) children × \(workload.commands.count / max(1, workload.children)) "
                + "commands, one ledger each; ns per event",
            extras: { seconds in
                [
                    ("events", Double(workload.commands.count)),
                    ("eventsPerSecond", Double(workload.commands.count) / seconds), ("totalSeconds", seconds),
                    ("bytesPerEntry", memory.bytesPerEntry), ("entryStride", Double(memory.stride)),
                    ("entriesArrayBytesPerEntry", memory.entriesArrayBytesPerEntry),
                    ("entriesPerChild", memory.entriesPerChild), ("failedCommands", Double(memory.failures)),
                    ("commandStride", Double(MemoryLayout<LedgerCommand>.stride)),
                    ("reservationStride", Double(MemoryLayout<Reservation>.stride)),
                ]
            })
    }

    /// One evaluation of the demo scenario (Scenarios/demo/01-absence-clock-change.json) by the engine.
    static func engine(scale: Int) -> BenchCase {
        let repeats = max(10, 20_000 / scale)
        return BenchCase(
            name: "engine", operations: repeats,
            body: { EngineWorkload.evaluate(EngineWorkload.demo, repeats: repeats) }, baseline: nil,
            note: "Engine.evaluate of the demo scenario (2 events); ns per evaluation",
            extras: { seconds in [("microsecondsPerEvaluation", seconds * 1e6 / Double(repeats))] })
    }

    /// One evaluation of a casebook-like case (one contract, 20 events) by the engine.
    static func engineCasebook(scale: Int) -> BenchCase {
        let repeats = max(10, 2_000 / scale)
        return BenchCase(
            name: "engineCasebook", operations: repeats,
            body: { EngineWorkload.evaluate(EngineWorkload.casebook, repeats: repeats) }, baseline: nil,
            note: "Engine.evaluate of a 20-event case (absences, extra care, goodwill, expiry, notice)",
            extras: { seconds in [("microsecondsPerEvaluation", seconds * 1e6 / Double(repeats))] })
    }
}
