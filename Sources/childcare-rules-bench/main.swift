// childcare-rules-bench: `swift run -c release childcare-rules-bench [--json] [--quick]`.
// Prints ns/op (median of at least 5 repetitions after a warm-up) and, where Foundation has an
// equivalent, the baseline's ns/op and the ratio baseline / ours.
import Foundation

let arguments = Set(CommandLine.arguments.dropFirst())
let unknown = arguments.subtracting(["--json", "--quick"])
if !unknown.isEmpty {
    FileHandle.standardError.write(
        Data("childcare-rules-bench: unknown argument \(unknown.sorted()[0])\n".utf8))
    exit(2)
}
let quick = arguments.contains("--quick")
let scale = quick ? 100 : 1
let repetitions = quick ? 5 : 7

var results: [BenchResult] = []
for benchCase in Cases.all(scale: scale) {
    results.append(Harness.run(benchCase, repetitions: repetitions))
}

func number(_ value: Double?) -> String {
    guard let value else { return "null" }
    return String(format: "%.3f", value)
}

if arguments.contains("--json") {
    let cases = results.map { result in
        "{\"name\":\"\(result.name)\",\"nsPerOp\":\(number(result.nsPerOp)),"
            + "\"baselineNsPerOp\":\(number(result.baselineNsPerOp)),\"ratio\":\(number(result.ratio))}"
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
    }
    if quick { print("(--quick: small sizes, figures are not meaningful)") }
}
