extension Interpretation {
    /// The tests in one file that pin an entry down, by their display names (`@Test("…")`).
    ///
    /// `InterpretationRegisterTests` reads each file and fails when a name is not the start of a test's
    /// display name in it, so renaming a test breaks the register until the entry follows.
    package struct PinnedTests: Sendable {
        /// The test file, relative to the package root, such as
        /// `Tests/CommandLineTests/CommandLineTests.swift`.
        package let file: String
        /// The display names of the tests in `file`, each the whole name or its start.
        package let tests: [String]
        /// What kind of test it is, written before the file (`CLI`); `nil` for a unit test.
        package let label: String?
        /// A remark written after the names in parentheses, such as the scenario file a test runs.
        package let note: String?

        /// The tests named `tests` in `file`.
        package init(_ file: String, _ tests: [String], label: String? = nil, note: String? = nil) {
            self.file = file
            self.tests = tests
            self.label = label
            self.note = note
        }
    }
}
