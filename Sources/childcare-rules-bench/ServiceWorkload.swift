import ChildcareRules
import Foundation

/// The service cycle of issue 16: a service keeps one child's state in its store and, per request, loads it,
/// applies one event and saves it again. Measured at 10, 100 and 1,000 prior events: the time of one cycle
/// (JSON decode + `Engine.apply` + JSON encode), the saved size and the growth per event.
enum ServiceWorkload {
    /// One line of the report.
    struct Figure {
        let priorEvents: Int
        let cycleMicroseconds: Double
        let applyMicroseconds: Double
        let stateBytes: Int
    }

    /// A stream of `count` events for one TSO contract (Mon/Tue/Thu 12:00): every care day reported absent a
    /// week ahead, with the year-end expiry run on 1 January, over as many school years as it takes.
    static func stream(count: Int) -> (CaseFacts, [TimedEvent]) {
        let (facts, _) = EngineWorkload.demo
        guard let contract = facts.contracts.first else { return (facts, []) }
        var events: [TimedEvent] = []
        var day = (try? LocalDate("2025-09-01")) ?? LocalDate(unchecked: 2025, 9, 1)
        var year = day.year
        while events.count < count {
            if day.year != year {
                year = day.year
                let moment = LocalDateTime(
                    date: LocalDate(unchecked: year, 1, 1), time: LocalTime(uncheckedSeconds: 3_600))
                events.append(
                    TimedEvent(
                        id: EventID("expiry-\(year)"), at: moment,
                        event: .expiry(asOf: LocalDate(unchecked: year, 1, 1))))
            }
            if [.monday, .tuesday, .thursday].contains(day.weekday) {
                let reported = LocalDateTime(
                    date: (try? day.adding(days: -7)) ?? day, time: LocalTime(uncheckedSeconds: 32_400))
                events.append(
                    TimedEvent(
                        id: EventID("a-\(day)"), at: reported,
                        event: .absence(contract: contract.id, date: day, channel: .app)))
            }
            guard let next = try? day.adding(days: 1) else { break }
            day = next
        }
        events.sort { $0.at < $1.at }
        return (facts, Array(events.prefix(count)))
    }

    /// Prints the saved state after the first `count` events of the stream.
    static func dump(after count: Int) {
        let (facts, events) = stream(count: count)
        var state = EngineState(facts: facts)
        for event in events { _ = try? Engine.apply(event, to: &state, facts: facts) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let saved = try? encoder.encode(state) else { return }
        print(String(decoding: saved, as: UTF8.self))
    }

    /// The figures at each number of prior events in `sizes`.
    static func measure(sizes: [Int], repetitions: Int) -> [Figure] {
        let largest = (sizes.max() ?? 0) + repetitions + 1
        let (facts, events) = stream(count: largest)
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        var figures: [Figure] = []
        for size in sizes {
            var state = EngineState(facts: facts)
            for event in events.prefix(size) { _ = try? Engine.apply(event, to: &state, facts: facts) }
            guard let saved = try? encoder.encode(state) else { continue }
            var cycles: [Double] = []
            var applies: [Double] = []
            for repetition in 0..<repetitions {
                let next = events[size + repetition]
                let clock = ContinuousClock()
                let start = clock.now
                guard var loaded = try? decoder.decode(EngineState.self, from: saved) else { continue }
                let beforeApply = clock.now
                _ = try? Engine.apply(next, to: &loaded, facts: facts)
                let afterApply = clock.now
                _ = try? encoder.encode(loaded)
                let end = clock.now
                cycles.append(Harness.seconds(end - start) * 1e6)
                applies.append(Harness.seconds(afterApply - beforeApply) * 1e6)
            }
            cycles.sort()
            applies.sort()
            figures.append(
                Figure(
                    priorEvents: size, cycleMicroseconds: cycles[cycles.count / 2],
                    applyMicroseconds: applies[applies.count / 2], stateBytes: saved.count))
        }
        return figures
    }

    /// Prints the report: one line per size, then the two ratios the targets name.
    static func report(quick: Bool) {
        let figures = measure(sizes: quick ? [10, 100] : [10, 100, 1_000], repetitions: quick ? 5 : 21)
        print("")
        print("service cycle   prior events   load+apply+save µs   apply µs   state bytes")
        for figure in figures {
            print(
                String(
                    format: "                %12d   %18.1f   %8.1f   %11d", figure.priorEvents,
                    figure.cycleMicroseconds, figure.applyMicroseconds, figure.stateBytes))
        }
        guard let first = figures.first, let last = figures.last, last.priorEvents > first.priorEvents else {
            return
        }
        let ratio = last.cycleMicroseconds / first.cycleMicroseconds
        let growth = Double(last.stateBytes - first.stateBytes) / Double(last.priorEvents - first.priorEvents)
        print(
            String(
                format:
                    "cycle at %d / at %d: %.2fx (target ≤ 2x); state growth %.0f bytes per event (target ≤ 200)",
                last.priorEvents, first.priorEvents, ratio, growth))
    }
}
