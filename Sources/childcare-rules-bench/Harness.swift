// The timing harness: warm-up, at least five repetitions, median nanoseconds per operation.

/// Keeps a value alive so that the optimiser cannot remove the work that produced it.
@inline(never)
func blackhole<T>(_ value: T) {
    withUnsafePointer(to: value) { pointer in
        BlackholeSink.touch(UnsafeRawPointer(pointer))
    }
}

enum BlackholeSink {
    nonisolated(unsafe) static var last: UnsafeRawPointer?
    @inline(never)
    static func touch(_ pointer: UnsafeRawPointer) { last = pointer }
}

/// One benchmark case: a body that does `operations` operations and returns a checksum.
struct BenchCase {
    let name: String
    let operations: Int
    let body: () -> Int
    let baseline: (() -> Int)?
    let note: String
    /// Extra figures computed from the median seconds of one run, such as events per second.
    var extras: (_ seconds: Double) -> [(String, Double)] = { _ in [] }
}

/// The measured result of a case.
struct BenchResult {
    let name: String
    let nsPerOp: Double
    let baselineNsPerOp: Double?
    let totalSeconds: Double
    let note: String
    let extras: [(String, Double)]

    var ratio: Double? { baselineNsPerOp.map { $0 / nsPerOp } }
}

enum Harness {
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Runs `body` once to warm up, then `repetitions` times; returns the median seconds of one run.
    static func median(repetitions: Int, _ body: () -> Int) -> Double {
        let clock = ContinuousClock()
        blackhole(body())
        var samples: [Double] = []
        for _ in 0..<repetitions {
            var checksum = 0
            let elapsed = clock.measure { checksum = body() }
            blackhole(checksum)
            samples.append(seconds(elapsed))
        }
        samples.sort()
        return samples[samples.count / 2]
    }

    static func run(_ benchCase: BenchCase, repetitions: Int) -> BenchResult {
        let ours = median(repetitions: repetitions, benchCase.body)
        let baseline = benchCase.baseline.map { median(repetitions: repetitions, $0) }
        let scale = 1e9 / Double(benchCase.operations)
        return BenchResult(
            name: benchCase.name, nsPerOp: ours * scale, baselineNsPerOp: baseline.map { $0 * scale },
            totalSeconds: ours, note: benchCase.note, extras: benchCase.extras(ours))
    }
}
