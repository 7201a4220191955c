import ChildcareRulesApp

/// `childcare-rules app FUNCTION JSON | --batch - | --cases N`: the parent-app functions of the WebAssembly
/// build, answered natively, so the two builds can be compared answer for answer.
enum AppCommand: Command {
    static let name = "app"
    static let summary =
        "The parent-app functions (JSON in, JSON out), as the WebAssembly build answers them."
    static let options: Set<String> = ["batch", "cases"]
    static let help = """
        USAGE: childcare-rules app FUNCTION JSON
               childcare-rules app --batch -
               childcare-rules app --cases N

        FUNCTION is one of \(ParentApp.Function.allCases.map { $0.rawValue }.joined(separator: ", ")).
        Prints the answer: one line of JSON, the result or {"error":{"code":…,"message":…}}.
        The exit code is 0 for a result and 1 for an error answer.

        --batch -   reads lines FUNCTION<TAB>JSON from standard input and prints one answer per line.
        --cases N   prints N generated requests as FUNCTION<TAB>JSON lines (deadlines around every clock
                    change of 2024-2030, care days of a school year, absences, balances, explanations).

        Example: childcare-rules app absenceDeadline '{"careStart":"2026-03-30T12:00"}'
        """

    static func run(_ arguments: Arguments, output: inout Output) throws(UsageError) -> Int32 {
        if let count = try arguments.integer("cases", in: 1...100_000, default: nil) {
            _ = try arguments.positionals([])
            for generated in ParentAppCases.generate(count: count) {
                output.line("\(generated.function.rawValue)\t\(generated.request)")
            }
            return 0
        }
        if let source = arguments.value("batch") {
            _ = try arguments.positionals([])
            guard source == "-" else {
                throw UsageError("--batch reads standard input: give '-', not '\(source)'")
            }
            while let line = readLine(strippingNewline: true) {
                output.line(answer(line))
            }
            return 0
        }
        let parts = try arguments.positionals(["FUNCTION", "JSON"])
        let answer = ParentApp.respond(function: parts[0], request: parts[1])
        output.line(answer)
        return answer.hasPrefix(#"{"error":"#) ? 1 : 0
    }

    /// The answer to one batch line, `FUNCTION<TAB>JSON`; a line without a tab is an unknown function.
    static func answer(_ line: String) -> String {
        guard let tab = line.firstIndex(of: "\t") else {
            return ParentApp.respond(function: line, request: "")
        }
        return ParentApp.respond(
            function: String(line[..<tab]), request: String(line[line.index(after: tab)...]))
    }
}
