// swift-tools-version: 6.1
// ChildcareRules: a Dutch childcare provider's terms as executable, explained rules.
// The package has no dependencies by design: `swift package dump-package` shows `"dependencies": []`.

import PackageDescription

let package = Package(
    name: "ChildcareRules",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "ChildcareRules", targets: ["ChildcareRules"]),
        // The strict event, facts and state JSON of the scenario reader, for a service's request bodies.
        .library(name: "ChildcareRulesJSON", targets: ["ChildcareRulesJSON"]),
        // `Date` and `TimeZone` to and from the calendar's instants (Foundation, outside the core).
        .library(name: "ChildcareRulesFoundation", targets: ["ChildcareRulesFoundation"]),
        .executable(name: "childcare-rules", targets: ["childcare-rules"]),
    ],
    targets: [
        // Civil dates, Europe/Amsterdam instants, holidays. Standard library only.
        .target(name: "DutchCalendar"),
        // The terms as rules. Standard library only; re-exports DutchCalendar.
        .target(name: "ChildcareRules", dependencies: ["DutchCalendar"]),
        // The command-line tool.
        // Scenario files (JSON) in and out, and the JSON the tool prints.
        .target(name: "ChildcareScenarios", dependencies: ["ChildcareRules", "JSONValue"]),
        // A JSON value with a strict parser and a compact writer. Standard library only (it builds under Embedded Swift).
        .target(name: "JSONValue"),
        // The functions a parent app calls, JSON text in and out, no Codable: the host side of the WebAssembly build.
        .target(name: "ChildcareRulesApp", dependencies: ["ChildcareRules", "JSONValue"]),
        // The service-facing JSON: strict event and facts bodies, the state, any Codable value. No Foundation.
        .target(name: "ChildcareRulesJSON", dependencies: ["ChildcareRules", "ChildcareScenarios"]),
        // The Foundation bridge: `Date` <-> `Instant`, Amsterdam local time, the `TimeZone` check.
        .target(name: "ChildcareRulesFoundation", dependencies: ["ChildcareRules"]),
        .executableTarget(
            name: "childcare-rules", dependencies: ["ChildcareRules", "ChildcareScenarios", "ChildcareRulesApp"]),
        // Benchmarks with Foundation baselines: `swift run -c release childcare-rules-bench`.
        .executableTarget(name: "childcare-rules-bench", dependencies: ["ChildcareRules", "ChildcareScenarios"]),
        // The libFuzzer target (Docs/Reliability.md): build it with
        // `swift build --sanitize fuzzer --product ScenarioFuzz --scratch-path .build-fuzz`.
        // A plain `swift build` links it as an empty program.
        .executableTarget(name: "ScenarioFuzz", dependencies: ["ChildcareRules", "ChildcareScenarios"]),
        // Law checks shared by the test targets (Hashable, Comparable).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DutchCalendarTests", dependencies: ["DutchCalendar", "TestSupport"]),
        .testTarget(name: "ChildcareRulesTests", dependencies: ["ChildcareRules", "TestSupport"]),
        .testTarget(name: "ScenarioTests", dependencies: ["ChildcareScenarios", "TestSupport"]),
        .testTarget(name: "CommandLineTests", dependencies: ["childcare-rules"]),
        .testTarget(name: "ChildcareRulesJSONTests", dependencies: ["ChildcareRulesJSON"]),
        .testTarget(name: "ChildcareRulesFoundationTests", dependencies: ["ChildcareRulesFoundation"]),
        .testTarget(name: "ChildcareRulesAppTests", dependencies: ["ChildcareRulesApp", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
