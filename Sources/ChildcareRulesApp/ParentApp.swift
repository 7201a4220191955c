import ChildcareRules
import JSONValue

/// The rules a parent app runs on the parent's own screen, JSON text in and JSON text out.
///
/// This is the whole interface of the WebAssembly build (`Wasm/`, see the article "Running the rules in a
/// parent app"), and the command line answers the same calls (`childcare-rules app FUNCTION JSON`), so the
/// two can be compared answer for answer. It uses no `Codable`: requests are read and answers written by
/// hand, which Embedded Swift can compile.
///
/// Every answer is one JSON object: the result, or `{"error":{"code":…,"message":…}}` (``ParentAppError``).
///
/// | function | request | result |
/// |---|---|---|
/// | `absenceDeadline` | `{"careStart":"2026-03-30T12:00"}` | a decision with the 96-hour deadline and both readings |
/// | `canReportAbsence` | case + `"day"`, `"now"` | the decision an absence reported now would get |
/// | `careDays` | case + `"from"`, `"through"` | each day: its care and deadline, or why there is none |
/// | `balance` | case + `"absences"`, `"at"` | the balance decision after those absences, and each absence's decision |
/// | `explain` | `{"decision":…,"lang":"nl"}` | the explanation and the articles, in one language, as text |
///
/// "case" is the contract, school calendar and child of ``AppCase``.
public enum ParentApp {
    /// The functions the app can call.
    public enum Function: String, Sendable, Hashable, CaseIterable {
        /// The 96-hour deadline for a care start (TSO art. 5 lid 1).
        case absenceDeadline
        /// Whether an absence reported now earns swap hours (art. 5 lid 1, art. 4).
        case canReportAbsence
        /// The care days of a period with their deadlines (art. 4, art. 5 lid 1).
        case careDays
        /// The swap-hours balance after reported absences (art. 5 lid 1 and lid 5).
        case balance
        /// A decision's explanation in one language.
        case explain
    }

    /// Answers `request`, a JSON text, for the function named `function`.
    public static func respond(function: String, request: String) -> String {
        guard let known = Function(rawValue: function) else {
            var names = ""
            for (index, name) in Function.allCases.enumerated() {
                names += (index == 0 ? "" : ", ") + name.rawValue
            }
            return AppAnswer.error(
                ParentAppError(
                    code: .unknownFunction,
                    message: "There is no function \"\(function)\"; there are \(names).")
            ).rendered
        }
        return respond(known, request: request)
    }

    /// Answers `request`, a JSON text, for `function`.
    public static func respond(_ function: Function, request: String) -> String {
        switch function {
        case .absenceDeadline: absenceDeadline(request)
        case .canReportAbsence: canReportAbsence(request)
        case .careDays: careDays(request)
        case .balance: balance(request)
        case .explain: explain(request)
        }
    }

    /// ``Function/absenceDeadline``, called directly. Each function has such an entry point, so that a
    /// WebAssembly module exporting only some of them links only the rules those need.
    public static func absenceDeadline(_ request: String) -> String { answer(request, absenceDeadline) }

    /// ``Function/canReportAbsence``, called directly (it runs the engine).
    public static func canReportAbsence(_ request: String) -> String { answer(request, canReportAbsence) }

    /// ``Function/careDays``, called directly.
    public static func careDays(_ request: String) -> String { answer(request, careDays) }

    /// ``Function/balance``, called directly (it runs the engine).
    public static func balance(_ request: String) -> String { answer(request, balance) }

    /// ``Function/explain``, called directly.
    public static func explain(_ request: String) -> String { answer(request, explain) }

    /// Parses `request`, answers it with `body`, and writes the result or the error.
    static func answer(
        _ request: String, _ body: (AppRequest) throws(ParentAppError) -> JSON
    ) -> String {
        do throws(ParentAppError) {
            let value: JSON
            do throws(JSONParseError) {
                value = try JSONParser.parse(request)
            } catch {
                throw ParentAppError(
                    code: .malformedJSON, message: "The request is not JSON: \(error.description).")
            }
            return try body(AppRequest(value)).rendered
        } catch {
            return AppAnswer.error(error).rendered
        }
    }

    /// Runs a rule, turning its refusal into the app's error.
    static func rule<T>(_ body: () throws(RulesError) -> T) throws(ParentAppError) -> T {
        do {
            return try body()
        } catch {
            throw ParentAppError(error)
        }
    }
}
