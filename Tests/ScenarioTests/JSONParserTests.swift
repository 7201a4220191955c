import ChildcareScenarios
import Foundation
import Testing

@Suite("JSON parser — strict, ordered, never traps")
struct JSONParserTests {
    @Test(
        "Valid documents parse and render back compactly",
        arguments: [
            (#"{"b":1,"a":[true,false,null],"c":"x"}"#, #"{"b":1,"a":[true,false,null],"c":"x"}"#),
            (" [ 1 , -2 , 0 ] ", "[1,-2,0]"),
            (#""caf\u00e9 \ud83d\ude00 \n""#, #""café 😀 \n""#),
            ("1.5", "1.5"),
            ("-0", "-0"),
            ("1e3", "1e3"),
            ("99999999999999999999", "99999999999999999999"),
            ("{}", "{}"),
            ("\u{FEFF}[]".replacingOccurrences(of: "\u{FEFF}", with: ""), "[]"),
        ])
    func valid(text: String, rendered: String) throws {
        #expect(try JSONParser.parse(text).rendered == rendered)
    }

    @Test(
        "Malformed documents are typed errors with a line and column",
        arguments: [
            ("", 1, 1), ("{", 1, 2), (#"{"a":1,}"#, 1, 8), ("[1 2]", 1, 4), (#"{"a":1,"a":2}"#, 1, 8),
            ("tru", 1, 1), ("01", 1, 2), ("1.", 1, 3), (#""\x""#, 1, 3),
            ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3),
            ("[1] x", 1, 5), ("\"\u{01}\"", 1, 2), (#""\ud800""#, 1, 8),
        ])
    func malformed(text: String, line: Int, column: Int) {
        #expect {
            try JSONParser.parse(text)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.column == column
        }
    }

    @Test("Deep nesting is refused, not a stack overflow")
    func deep() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test("Invalid UTF-8 inside a string is an error")
    func invalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test("20,000 random byte strings never trap, and whatever parses agrees with JSONSerialization")
    func randomBytes() throws {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let alphabet = Array(#"{}[],:"\ 0123456789-.eEtruefalsnl"#.utf8) + [0x0A, 0xC3, 0xA9, 0xFF]
        var parsed = 0
        for _ in 0..<20_000 {
            let length = Int(next() % 24)
            let bytes = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            guard let value = try? JSONParser.parse(bytes) else { continue }
            parsed += 1
            let foundation = try? JSONSerialization.jsonObject(
                with: Data(bytes), options: [.fragmentsAllowed])
            #expect(foundation != nil, "we accepted \(String(decoding: bytes, as: UTF8.self)) = \(value)")
        }
        #expect(parsed > 100)
    }
}
