// childcare-rules-bench: `swift run -c release childcare-rules-bench [--json] [--quick] [--only NAME]`.
// Prints ns/op (median of at least 5 repetitions after a warm-up) and, where Foundation has an
// equivalent, the baseline's ns/op and the ratio baseline / ours. `--only ledgerReplay` runs one case
// (for profiling: `valgrind --tool=callgrind … --quick --only ledgerReplay`).
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("childcare-rules-bench: \(message)\n".utf8))
    exit(2)
}

var flags: Set<String> = []
var only: [String] = []
var remaining = CommandLine.arguments.dropFirst()
while let argument = remaining.popFirst() {
    switch argument {
    case "--json", "--quick": flags.insert(argument)
    case "--dump-state":
        // The saved state of the service stream after N events, as a service stores it (for Docs/Performance.md).
        guard let text = remaining.popFirst(), let count = Int(text) else {
            fail("--dump-state needs a count")
        }
        ServiceWorkload.dump(after: count)
        exit(0)
    case "--only":
        guard let name = remaining.popFirst() else { fail("--only needs a case name") }
        guard Cases.names.contains(name) || name == "serviceCycle" || name == "checkScale" else {
            fail("unknown case \(name); cases: \(Cases.names.joined(separator: ", "))")
        }
        only.append(name)
    default: fail("unknown argument \(argument)")
    }
}
let quick = flags.contains("--quick")
let scale = quick ? 100 : 1
let repetitions = quick ? 5 : 7

var results: [BenchResult] = []
for name in Cases.names where only.isEmpty || only.contains(name) {
    guard let benchCase = Cases.named(name, scale: scale) else { continue }
    results.append(Harness.run(benchCase, repetitions: repetitions))
}

func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return String(format: "%.3f", value)
}

if flags.contains("--json") {
    let cases = results.map { result in
        let extras = result.extras.map { ",\"\($0.0)\":\(number($0.1))" }.joined()
        return "{\"name\":\"\(result.name)\",\"nsPerOp\":\(number(result.nsPerOp)),"
            + "\"baselineNsPerOp\":\(number(result.baselineNsPerOp)),\"ratio\":\(number(result.ratio))\(extras)}"
    }
    print("{\"cases\":[\(cases.joined(separator: ","))]}")
} else {
    print("case           ours ns/op   Foundation ns/op   ratio   note")
    for result in results {
        let name = result.name.padding(toLength: 14, withPad: " ", startingAt: 0)
        let ours = String(format: "%11.1f", result.nsPerOp)
        let base =
            result.baselineNsPerOp.map { String(format: "%18.1f", $0) } ?? String(repeating: " ", count: 17)
            + "-"
        let ratio = result.ratio.map { String(format: "%7.1fx", $0) } ?? "       -"
        print("\(name) \(ours)  \(base)  \(ratio)   \(result.note)")
        if !result.extras.isEmpty {
            let figures = result.extras.map { "\($0.0) \(String(format: "%.3f", $0.1))" }
            print("               \(figures.joined(separator: ", "))")
        }
    }
    if only.isEmpty || only.contains("serviceCycle") { ServiceWorkload.report(quick: quick) }
    if only.isEmpty || only.contains("checkScale") { ScaleWorkload.report(quick: quick) }
    if quick { print("(--quick: small sizes, figures are not meaningful)") }
}
