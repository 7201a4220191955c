import ChildcareRulesApp
import Testing

@Suite("Parent app: the functions of the WebAssembly build, JSON in and out (TSO art. 4, art. 5 lid 1 and lid 5)")
struct ParentAppTests {
    @Test("An unknown function is a typed error naming the functions there are")
    func unknownFunction() {
        let answer = ParentApp.respond(function: "deadline", request: "{}")
        #expect(answer.hasPrefix(#"{"error":{"code":"unknownFunction""#))
    }
}
