import ChildcareRulesJSON
import Foundation

/// Where `CHILDCARE_SERVICE_CRASH` makes the process die, to test that a retry is safe.
struct CrashPoint {
    enum Point: String {
        case afterApply = "after-apply"
        case beforeCommit = "before-commit"
        case afterSave = "after-save"
    }

    let point: Point

    init?(environment: [String: String]) {
        guard let text = environment["CHILDCARE_SERVICE_CRASH"], let point = Point(rawValue: text) else {
            return nil
        }
        self.point = point
    }

    /// Dies at once, as a killed process does: no cleanup, no flush, exit status 9.
    func crash(at point: Point) {
        if point == self.point { _exit(9) }
    }
}

@main
struct ChildcareService {
    static let usage = """
        usage: childcare-service init DB FACTS.json
               childcare-service apply DB EVENT.json
               childcare-service balance DB CONTRACT
        """

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            guard arguments.count == 3 else { throw UsageError() }
            let service = Service(database: try Database(path: arguments[1]))
            let output: String
            switch arguments[0] {
            case "init":
                output = try service.initialize(factsBytes: try read(arguments[2]), file: arguments[2])
            case "apply":
                output = try service.apply(
                    eventBytes: try read(arguments[2]), file: arguments[2],
                    crash: CrashPoint(environment: ProcessInfo.processInfo.environment))
            case "balance": output = try service.balance(contract: arguments[2])
            default: throw UsageError()
            }
            print(output)
        } catch is UsageError {
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            exit(64)
        } catch let error as ScenarioError {
            fail(error.description, code: 2)
        } catch let error as RulesError {
            fail(error.description, code: 3)
        } catch {
            fail("\(error)", code: 4)
        }
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError(description: "cannot read \(path)")
        }
        return Array(data)
    }

    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
        exit(code)
    }

    struct UsageError: Error {}
}
