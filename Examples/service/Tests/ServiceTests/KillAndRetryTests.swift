import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small seeded generator (SplitMix64), so that a failing run can be repeated from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The events of the stream: absences in time and too late (TSO art. 5 lid 1), extra care paid with the hours
/// and approved, extra care cancelled (lid 6), an absence withdrawn, and a retry with the key of the first.
let stream: [(name: String, body: String)] = [
    (
        "e1",
        #"{"id":"e1","at":"2026-03-01T09:00","type":"absence","contract":"noor-tso","date":"2026-03-09"}"#
    ),
    (
        "e2",
        #"{"id":"e2","at":"2026-03-02T09:00","type":"absence","contract":"noor-tso","date":"2026-03-12"}"#
    ),
    (
        "e3",
        #"{"id":"e3","at":"2026-03-13T09:00","type":"absence","contract":"noor-tso","date":"2026-03-16"}"#
    ),
    (
        "e4",
        #"{"id":"e4","at":"2026-03-14T09:00","type":"extra-care-requested","booking":"b1","contract":"noor-tso","careStart":"2026-03-24T12:00","minutes":60}"#
    ),
    ("e5", #"{"id":"e5","at":"2026-03-15T09:00","type":"extra-care-approved","booking":"b1"}"#),
    (
        "r1",
        #"{"id":"r1","key":"e1","at":"2026-03-15T10:00","type":"absence","contract":"noor-tso","date":"2026-03-09"}"#
    ),
    (
        "e6",
        #"{"id":"e6","at":"2026-03-16T09:00","type":"absence","contract":"noor-tso","date":"2026-03-26"}"#
    ),
    (
        "e7",
        #"{"id":"e7","at":"2026-03-17T09:00","type":"extra-care-requested","booking":"b2","contract":"noor-tso","careStart":"2026-04-01T12:00","minutes":30}"#
    ),
    ("e7a", #"{"id":"e7a","at":"2026-03-17T10:00","type":"extra-care-approved","booking":"b2"}"#),
    ("e8", #"{"id":"e8","at":"2026-03-18T09:00","type":"extra-care-cancelled","booking":"b2"}"#),
    (
        "e9",
        #"{"id":"e9","at":"2026-03-19T09:00","type":"absence-withdrawn","contract":"noor-tso","date":"2026-03-26"}"#
    ),
    (
        "e10",
        #"{"id":"e10","at":"2026-03-20T09:00","type":"absence","contract":"noor-tso","date":"2026-03-30"}"#
    ),
]

/// How one attempt of a request is interrupted.
enum Interruption: CustomStringConvertible {
    case none
    case crash(String)
    case kill(afterMicroseconds: UInt32)

    var description: String {
        switch self {
        case .none: "none"
        case .crash(let point): point
        case .kill(let delay): "SIGKILL after \(delay) µs"
        }
    }
}

/// A finished run of the service: its exit status (or the signal that ended it) and its output.
struct Run {
    let status: Int32
    let signalled: Bool
    let output: String
    let errors: String
}

/// Runs the real `childcare-service` executable against a real SQLite file.
struct ServiceHarness {
    let binary: URL
    let directory: URL

    static func make() throws -> ServiceHarness {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "childcare-service-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return ServiceHarness(binary: try locateBinary(), directory: directory)
    }

    /// The executable next to the test bundle (`swift test` builds it: the tests depend on it).
    static func locateBinary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["CHILDCARE_SERVICE_BIN"] {
            return URL(fileURLWithPath: path)
        }
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("childcare-service"))
            directory = directory.deletingLastPathComponent()
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/childcare-service"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
        else {
            throw HarnessError(
                description: "childcare-service not found; looked at \(candidates.map(\.path))")
        }
        return found
    }

    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func run(_ arguments: [String], interruption: Interruption = .none) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CHILDCARE_SERVICE_CRASH"] = nil
        if case .crash(let point) = interruption { environment["CHILDCARE_SERVICE_CRASH"] = point }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if case .kill(let delay) = interruption {
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
}

let factsText = """
    {"contracts": [{"id": "noor-tso", "child": "noor", "childName": "Noor", "contractParent": "anna",
      "service": "tso", "location": "de-linde", "signed": "2025-06-01", "start": "2025-08-25",
      "schedule": [{"weekday": "mon", "start": "12:00", "minutes": 60},
                   {"weekday": "thu", "start": "12:00", "minutes": 60}],
      "annualAmountCents": 123457, "hourlyRateCents": 850}],
     "parents": [{"id": "anna", "role": "contract-parent"}]}
    """

/// The outcome of each request without its replay flag: what the parent was told.
func outcomes(_ output: String) -> [String] {
    output.split(separator: "\n").map { line in
        String(line).replacingOccurrences(of: #","replay":true"#, with: "")
            .replacingOccurrences(of: #","replay":false"#, with: "")
    }
}

@Suite("The example service survives being killed between apply and save (TSO art. 5 lid 1, lid 6)")
struct KillAndRetryTests {
    /// Plays the stream once; with a generator, every request is interrupted at random until it succeeds.
    static func play(
        _ harness: ServiceHarness, database: String, generator: inout SeededGenerator?
    ) throws -> (answers: [String: [String]], balance: String, interruptions: [String]) {
        let facts = try harness.file("facts.json", factsText)
        let initialized = try harness.run(["init", database, facts])
        guard initialized.status == 0 else {
            throw HarnessError(description: "init failed: \(initialized.errors)")
        }
        var answers: [String: [String]] = [:]
        var interruptions: [String] = []
        for (name, body) in stream {
            let event = try harness.file("\(name).json", body)
            var attempts = 0
            while true {
                attempts += 1
                guard attempts <= 50 else {
                    throw HarnessError(description: "\(name): no success in 50 tries")
                }
                var interruption = Interruption.none
                if var random = generator {
                    switch Int.random(in: 0..<6, using: &random) {
                    case 0: interruption = .crash("after-apply")
                    case 1: interruption = .crash("before-commit")
                    case 2: interruption = .crash("after-save")
                    case 3, 4:
                        interruption = .kill(afterMicroseconds: UInt32.random(in: 0...40_000, using: &random))
                    default: interruption = .none
                    }
                    generator = random
                }
                let run = try harness.run(["apply", database, event], interruption: interruption)
                if run.status == 0 && !run.signalled {
                    answers[name] = outcomes(run.output)
                    break
                }
                // A crash (exit 9) or a kill: the request is retried, as a client whose call failed does.
                guard run.signalled || run.status == 9 else {
                    throw HarnessError(description: "\(name) failed with \(run.status): \(run.errors)")
                }
                interruptions.append("\(name): \(interruption)")
            }
        }
        let balance = try harness.run(["balance", database, "noor-tso"])
        guard balance.status == 0 else {
            throw HarnessError(description: "balance failed: \(balance.errors)")
        }
        // The version counts the saves; leave it out, since a replayed retry saves again.
        let text = balance.output.split(separator: ",").filter { !$0.hasPrefix(#""version""#) }.joined(
            separator: ",")
        return (answers, text, interruptions)
    }

    @Test(
        "Killed at random points and retried until each event succeeds, the balances equal an uninterrupted run",
        arguments: [1 as UInt64, 2, 3, 20_261_203])
    func killAndRetry(seed: UInt64) throws {
        let harness = try ServiceHarness.make()
        defer { try? FileManager.default.removeItem(at: harness.directory) }
        var none: SeededGenerator? = nil
        let reference = try Self.play(
            harness, database: harness.directory.appendingPathComponent("reference.db").path, generator: &none
        )
        #expect(reference.interruptions.isEmpty)
        // The stream earns and uses hours: the check is not vacuous. Four absences in time earn 240 minutes;
        // the retry r1 with e1's key is answered with e1's outcome and earns nothing more.
        #expect(reference.balance.contains(#""earned":240"#))
        #expect(reference.balance.contains(#""used":120"#))
        #expect(reference.answers["r1"]?.first?.contains(#""outcome":"earned","minutes":60"#) == true)

        var generator: SeededGenerator? = SeededGenerator(state: seed)
        let interrupted = try Self.play(
            harness, database: harness.directory.appendingPathComponent("killed.db").path,
            generator: &generator)
        #expect(!interrupted.interruptions.isEmpty, "seed \(seed) interrupted nothing")
        #expect(interrupted.balance == reference.balance, "seed \(seed): \(interrupted.interruptions)")
        for (name, _) in stream {
            #expect(interrupted.answers[name] == reference.answers[name], "seed \(seed), event \(name)")
        }
    }
}
