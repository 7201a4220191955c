import Foundation

/// Finding and running headless Chromium, for the tests that check what a real browser shows.
///
/// The tests that use it are skipped when no browser is installed, unless `CHILDCARE_REQUIRE_CHROMIUM=1`
/// (which `.ci/run` sets after installing Debian's `chromium`) makes a missing browser a failure.
public enum HeadlessChromium {
    /// The root of the package (the directory of `Package.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// CI sets CHILDCARE_REQUIRE_CHROMIUM=1 so that a missing browser fails instead of skipping.
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["CHILDCARE_REQUIRE_CHROMIUM"] == "1"
    }

    /// The first of chromium, chromium-browser, google-chrome on PATH (or $CHROMIUM).
    public static var path: String? {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Runs headless Chromium with `arguments` and returns its standard output (60 s at most).
    ///
    /// Each run gets its own profile directory, removed afterwards: two browsers sharing a profile (tests run
    /// in parallel) refuse to start.
    public static func run(_ chromium: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "childcare-chromium-profile-\(UUID().uuidString)")
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(profile.path)",
            ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs is ended after 60 s, so the test fails instead of blocking CI.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        try? FileManager.default.removeItem(at: profile)
        return String(decoding: data, as: UTF8.self)
    }
}
