import ChildcareRules
import ChildcareScenarios
import Foundation

/// Issue 17, item 7: a case of 100,000 events runs through `check` (read the JSON, evaluate every event,
/// compare the expectations) in time linear in its length. Reported: µs per event at 1,000, 10,000 and
/// 100,000 events, the ratio of the largest to the smallest, and the process's peak memory after each size.
enum ScaleWorkload {
    /// The scenario file's text for a case of `count` events of one TSO contract (Mondays 12:00): in
    /// turn an absence for a care Monday three weeks ahead, its withdrawal, and a manager's goodwill grant, every
    /// 7 minutes, over as many years as it takes (the hours expire each 31 December in between).
    static func scenarioText(count: Int) -> String {
        var events: [String] = []
        events.reserveCapacity(count)
        var minute = 0
        // Minutes of the Amsterdam wall clock after 2025-09-01T08:00.
        let first = (try? LocalDate("2025-09-01")) ?? LocalDate(unchecked: 2025, 9, 1)
        var monday = first
        for index in 0..<count {
            minute += 7
            // Midnight to 02:59 is skipped, so that no moment falls in a clock-change hour.
            if (8 * 60 + minute) % 1_440 < 180 { minute += 180 - (8 * 60 + minute) % 1_440 }
            let day = (try? first.adding(days: (8 * 60 + minute) / 1_440)) ?? first
            let time = (8 * 60 + minute) % 1_440
            let clock = String(format: "%02d:%02d", time / 60, time % 60)
            let at = "\(day)T\(clock)"
            switch index % 3 {
            case 0:
                monday = (try? day.adding(days: 21)) ?? day
                // A Monday that is not a TSO holiday (Tweede Paasdag, Tweede Pinksterdag): a care day.
                while monday.weekday != .monday || !((try? TSOHolidays.holidays(on: monday)) ?? []).isEmpty {
                    monday = (try? monday.adding(days: 1)) ?? monday
                }
                events.append(
                    #"{"id":"e\#(index)","at":"\#(at)","type":"absence","contract":"noor-tso","date":"\#(monday)"}"#
                )
            case 1:
                events.append(
                    #"{"id":"e\#(index)","at":"\#(at)","type":"absence-withdrawn","contract":"noor-tso","date":"\#(monday)"}"#
                )
            default:
                events.append(
                    #"{"id":"e\#(index)","at":"\#(at)","type":"goodwill","contract":"noor-tso","minutes":5,"reason":"scale","grantedBy":"manager"}"#
                )
            }
        }
        return #"""
            {"title":"\#(count) events","facts":{"contracts":[{"id":"noor-tso","child":"noor","childName":"Noor",
            "contractParent":"anna","service":"tso","signed":"2025-06-01","start":"2025-08-25",
            "schedule":[{"weekday":"mon","start":"12:00","minutes":60}],"annualAmountCents":123457,
            "hourlyRateCents":850}],"parents":[{"id":"anna","role":"contract-parent"}]},
            "events":[\#(events.joined(separator: ",\n"))],
            "expect":[{"event":"e0","outcome":"earned","minutes":60}]}
            """#
    }

    /// The peak resident memory of the process so far, in bytes (`getrusage`).
    static func peakBytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)  // Glibc imports RUSAGE_SELF as an enum case
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        return Int(usage.ru_maxrss) * 1_024
    }

    /// Prints the figures (text) for `sizes`, smallest first.
    static func report(quick: Bool) {
        let sizes = quick ? [100, 1_000] : [1_000, 10_000, 100_000]
        var perEvent: [Double] = []
        print("")
        print("check at scale (issue 17): read + evaluate + compare, one case")
        for size in sizes {
            let bytes = Array(scenarioText(count: size).utf8)
            let clock = ContinuousClock()
            var passed = false
            let elapsed = clock.measure {
                guard let scenario = try? Scenario.read(bytes, file: "scale.json") else { return }
                passed = ScenarioCheck.run(scenario).passed
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let micro = seconds * 1e6 / Double(size)
            perEvent.append(micro)
            print(
                String(
                    format: "  %7d events: %8.3f s, %7.2f µs/event, %5.1f MB file, peak memory %6.1f MB%@",
                    size, seconds, micro, Double(bytes.count) / 1e6, Double(peakBytes()) / 1e6,
                    passed ? "" : " (the check FAILED)"))
        }
        if let first = perEvent.first, let last = perEvent.last, first > 0 {
            print(
                String(
                    format: "  µs/event at %d ÷ at %d: %.2f (target ≤ 2)", sizes.last ?? 0, sizes.first ?? 0,
                    last / first))
        }
    }
}
