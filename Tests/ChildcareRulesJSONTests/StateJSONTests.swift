import ChildcareRulesJSON
import Testing

@Suite("The JSON product: the engine state saved and read back strictly")
struct StateJSONTests {
    /// A state after an absence reported in time (TSO art. 5 lid 1) and extra care paid with the hours.
    static func state() throws -> (CaseFacts, EngineState) {
        let facts = try FactsJSON.decodeFacts(factsBody)
        var state = EngineState(facts: facts)
        let events = try EventJSON.decodeEvents(
            body(
                #"""
                [{"id":"e1","at":"2026-03-20T09:00","type":"absence","contract":"noor-tso","date":"2026-03-26"},
                 {"id":"e2","at":"2026-03-21T09:00","type":"extra-care-requested","booking":"b1",
                  "contract":"noor-tso","careStart":"2026-04-01T12:00","minutes":30}]
                """#), facts: facts)
        for event in events { _ = try Engine.apply(event, to: &state, facts: facts) }
        return (facts, state)
    }

    @Test("A saved state reads back equal, and saves to the same bytes (TSO art. 5 lid 1)")
    func roundTrip() throws {
        let (facts, state) = try Self.state()
        let bytes = try StateJSON.encode(state)
        let decoded = try StateJSON.decode(bytes, facts: facts)
        #expect(decoded == state)
        #expect(try StateJSON.encode(decoded) == bytes)
        #expect(
            decoded.balance(of: try facts.contract("noor-tso")).available
                == state.balance(of: try facts.contract("noor-tso")).available)
    }

    @Test("A retry after the state was saved and read back is answered as a replay (idempotency key)")
    func replayAfterReload() throws {
        let (facts, state) = try Self.state()
        var reloaded = try StateJSON.decode(try StateJSON.encode(state), facts: facts)
        let retry = try EventJSON.decodeEvent(
            body(
                #"{"id":"e1-retry","key":"e1","at":"2026-03-22T09:00","type":"absence","contract":"noor-tso","date":"2026-03-26"}"#
            ),
            facts: facts)
        let records = try Engine.apply(retry, to: &reloaded, facts: facts)
        #expect(!records.isEmpty && records.allSatisfy { $0.isReplay })
        #expect(
            reloaded.balance(of: try facts.contract("noor-tso"))
                == state.balance(of: try facts.contract("noor-tso")))
    }

    @Test("An unknown member in a saved state is refused and named by its path")
    func unknownMember() throws {
        let (facts, state) = try Self.state()
        guard case .object(var members) = try JSONParser.parse(try StateJSON.encode(state))
        else {
            Issue.record("the state is not an object")
            return
        }
        members.append(("ledgr", .int(1)))
        let tampered = Array(JSON.object(members).rendered.utf8)
        #expect {
            _ = try StateJSON.decode(tampered, facts: facts, file: "state")
        } throws: { ($0 as? ScenarioError)?.description == "state: $.ledgr: unknown field" }
    }

    @Test("A missing member and a wrong kind of value are refused at their paths")
    func missingAndWrongKind() throws {
        let facts = try FactsJSON.decodeFacts(factsBody)
        #expect {
            _ = try StateJSON.decode(body("{}"), facts: facts)
        } throws: { ($0 as? ScenarioError)?.description.hasSuffix("this field is required") == true }
        #expect {
            _ = try StateJSON.decode(body("[1]"), facts: facts)
        } throws: { ($0 as? ScenarioError)?.description == "$: expected an object, found an array" }
        #expect {
            _ = try StateJSON.decode(body("{"), facts: facts)
        } throws: { ($0 as? ScenarioError)?.description.hasPrefix("malformed JSON at line 1") == true }
    }

    @Test("The state of another case is refused")
    func anotherCase() throws {
        let (_, state) = try Self.state()
        let other = String(decoding: factsBody, as: UTF8.self).split(separator: "noor-tso").joined(
            separator: "sam-tso")
        let otherFacts = try FactsJSON.decodeFacts(body(other))
        #expect {
            _ = try StateJSON.decode(try StateJSON.encode(state), facts: otherFacts)
        } throws: { ($0 as? ScenarioError)?.path?.description == "$.binding" }
    }

    @Test("A state edited by hand is refused: its checksum no longer matches (issue 17)")
    func editedByHand() throws {
        let (facts, state) = try Self.state()
        let text = String(decoding: try StateJSON.encode(state), as: UTF8.self)
        // The answer a retry of the absence gets: earned, edited to tooLate. The ledger is untouched.
        #expect(text.contains(#""outcome":"earned""#))
        let edited = text.replacingOccurrences(of: #""outcome":"earned""#, with: #""outcome":"tooLate""#)
        #expect {
            _ = try StateJSON.decode(body(edited), facts: facts, file: "state")
        } throws: { error in
            let message = (error as? ScenarioError)?.description ?? ""
            return message.hasPrefix("state: $: ") && message.contains("state.checksum")
                && message.contains("the state was changed outside this library")
        }
    }

    @Test("Whole numbers are written in full, never through a Double")
    func wholeNumbers() throws {
        struct Wide: Codable, Equatable {
            let big: UInt64
            let small: Int64
            let optional: Int?
        }
        let value = Wide(big: UInt64.max, small: Int64.min, optional: nil)
        let json = try StrictJSONEncoder.encode(value)
        #expect(json.rendered == #"{"big":18446744073709551615,"small":-9223372036854775808}"#)
        #expect(try StrictJSONDecoder.decode(Wide.self, from: json) == value)
    }

    @Test("A whole number written back through a Double is read when exact, refused when it may be rounded")
    func numbersThroughADouble() throws {
        struct Minutes: Codable, Equatable {
            let minutes: Int
        }
        #expect(
            try StrictJSONDecoder.decode(Minutes.self, from: body(#"{"minutes":60.0}"#))
                == Minutes(minutes: 60))
        #expect(
            try StrictJSONDecoder.decode(Minutes.self, from: body(#"{"minutes":6e1}"#))
                == Minutes(minutes: 60))
        #expect {
            _ = try StrictJSONDecoder.decode(Minutes.self, from: body(#"{"minutes":1.5}"#))
        } throws: {
            ($0 as? ScenarioError)?.description == "$.minutes: 1.5 is not a whole number that fits in Int"
        }
        #expect {
            _ = try StrictJSONDecoder.decode(Minutes.self, from: body(#"{"minutes":1.8446744073709552e19}"#))
        } throws: {
            ($0 as? ScenarioError)?.description
                == "$.minutes: 1.8446744073709552e19 is not exact: a whole number this large may have been rounded through a Double"
        }
    }
}

/// Tampering with a saved state at the first nested place of a kind, so the tests do not depend on the
/// state's layout (which its schema version may change).
enum Tamper {
    /// Adds member `extra` to the first object nested below the root; returns the document and its path.
    static func addMember(_ value: JSON, at path: JSONPath = .root, depth: Int = 0) -> (JSON, JSONPath)? {
        switch value {
        case .object(var members):
            if depth > 0 {
                members.append(("extra", .int(1)))
                return (.object(members), path.appending("extra"))
            }
            for (index, (key, member)) in members.enumerated() {
                if let (changed, found) = addMember(member, at: path.appending(key), depth: depth + 1) {
                    members[index] = (key, changed)
                    return (.object(members), found)
                }
            }
            return nil
        case .array(var items):
            for (index, item) in items.enumerated() {
                if let (changed, found) = addMember(item, at: path.appending(index), depth: depth + 1) {
                    items[index] = changed
                    return (.array(items), found)
                }
            }
            return nil
        default: return nil
        }
    }

    /// Replaces the first `true` or `false` with a string; returns the document and its path.
    static func boolToString(_ value: JSON, at path: JSONPath = .root) -> (JSON, JSONPath)? {
        switch value {
        case .bool: return (.string("yes"), path)
        case .object(var members):
            for (index, (key, member)) in members.enumerated() {
                if let (changed, found) = boolToString(member, at: path.appending(key)) {
                    members[index] = (key, changed)
                    return (.object(members), found)
                }
            }
            return nil
        case .array(var items):
            for (index, item) in items.enumerated() {
                if let (changed, found) = boolToString(item, at: path.appending(index)) {
                    items[index] = changed
                    return (.array(items), found)
                }
            }
            return nil
        default: return nil
        }
    }
}

@Suite("The JSON product: a tampered state is refused at the path of the change")
struct TamperedStateTests {
    @Test("An unknown member deep in a saved state is named by its full path")
    func nestedUnknownMember() throws {
        let (facts, state) = try StateJSONTests.state()
        let saved = try JSONParser.parse(try StateJSON.encode(state))
        let (tampered, path) = try #require(Tamper.addMember(saved))
        #expect(path.components.count > 1)
        #expect {
            _ = try StateJSON.decode(Array(tampered.rendered.utf8), facts: facts)
        } throws: { ($0 as? ScenarioError)?.description == "\(path): unknown field" }
    }

    @Test("A value of the wrong kind deep in a saved state is named by its full path")
    func nestedWrongKind() throws {
        let (facts, state) = try StateJSONTests.state()
        let saved = try JSONParser.parse(try StateJSON.encode(state))
        let (tampered, path) = try #require(Tamper.boolToString(saved))
        #expect {
            _ = try StateJSON.decode(Array(tampered.rendered.utf8), facts: facts)
        } throws: { ($0 as? ScenarioError)?.description == "\(path): expected true or false, found a string" }
    }
}
