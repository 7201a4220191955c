/// A subcommand of `childcare-rules`.
protocol Command {
    /// The word that selects it, such as `holidays`.
    static var name: String { get }
    /// One line for the overview.
    static var summary: String { get }
    /// The full help text, starting with the usage line.
    static var help: String { get }
    /// The options it accepts, without the leading `--` (`help` is always accepted).
    static var options: Set<String> { get }
    /// Runs the command; returns the exit code. Throws a ``UsageError`` for bad arguments (exit 2).
    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32
}

/// Where a command writes: standard output, collected so that tests can read it.
struct Output {
    private(set) var lines: [String] = []

    mutating func line(_ text: String = "") {
        lines.append(text)
    }

    /// Adds `text`, which may span several lines; with `terminated: false` a final newline in it is not
    /// doubled when printed.
    mutating func line(_ text: String, terminated: Bool) {
        lines.append(terminated || !text.hasSuffix("\n") ? text : String(text.dropLast()))
    }
}
