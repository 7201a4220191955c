import ChildcareScenarios

/// The strict event JSON of scenario files (Docs/Scenarios.md), for a service's request bodies.
///
/// The checks are the scenario reader's: the JSON parses strictly (no duplicate keys, no trailing text),
/// every field is known and of its type, dates and times exist in Amsterdam, and contracts and parents
/// exist in the facts. Errors name the file (when given) and the JSON path:
/// `request: $.date: 2026-02-30 is not a valid date: February 2026 has 28 days.`
///
/// ```swift
/// let event = try EventJSON.decodeEvent(body, facts: facts, file: "request")
/// let decisions = try Engine.apply(event, to: &state, facts: facts)
/// ```
public enum EventJSON {
    /// Decodes one event, an object such as
    /// `{"id":"e1","at":"2026-09-10T09:00","type":"absence","contract":"noor-tso","date":"2026-09-14"}`.
    ///
    /// - Parameters:
    ///   - bytes: the UTF-8 body.
    ///   - facts: the case's facts; the event's contracts and parents must be in them.
    ///   - file: a name for the body in error messages.
    /// - Throws: ``ScenarioError`` naming the file and the JSON path of the first problem.
    public static func decodeEvent(
        _ bytes: [UInt8], facts: CaseFacts, file: String? = nil
    ) throws(ScenarioError) -> TimedEvent {
        do {
            return try ScenarioEvents.read(try parse(bytes), at: .root, facts: facts)
        } catch {
            throw file.map { error.inFile($0) } ?? error
        }
    }

    /// Decodes an array of events, each as ``decodeEvent(_:facts:file:)`` reads one.
    ///
    /// - Throws: ``ScenarioError`` naming the file and the JSON path (`$[3].at`) of the first problem.
    public static func decodeEvents(
        _ bytes: [UInt8], facts: CaseFacts, file: String? = nil
    ) throws(ScenarioError) -> [TimedEvent] {
        do {
            var events: [TimedEvent] = []
            for (value, path) in try JSONReader.array(try parse(bytes), at: .root) {
                events.append(try ScenarioEvents.read(value, at: path, facts: facts))
            }
            return events
        } catch {
            throw file.map { error.inFile($0) } ?? error
        }
    }

    static func parse(_ bytes: [UInt8]) throws(ScenarioError) -> JSON {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw ScenarioError(path: nil, message: error.description)
        }
    }
}

/// The strict facts JSON of scenario files: the `facts` object (contracts, school, parents).
public enum FactsJSON {
    /// Decodes a case's facts from an object such as `{"contracts":[{"id":"noor-tso",…}],"parents":[…]}`.
    ///
    /// - Throws: ``ScenarioError`` naming the file and the JSON path of the first problem.
    public static func decodeFacts(_ bytes: [UInt8], file: String? = nil) throws(ScenarioError) -> CaseFacts {
        do {
            var reader = try JSONReader(try EventJSON.parse(bytes), at: .root)
            let facts = try ScenarioFacts.read(&reader)
            try reader.finish()
            return facts
        } catch {
            throw file.map { error.inFile($0) } ?? error
        }
    }
}

/// The engine's state as JSON, for a service's store, read back strictly.
///
/// Every number is a whole number written in full (never through a `Double`), members are in key order,
/// and reading refuses an unknown member, a missing one, or a value of the wrong kind, naming its path. A whole
/// number that a store wrote back through a `Double` (`60.0`) is read when the `Double` held it exactly, and
/// refused when it may have been rounded (beyond 2^53).
/// A state whose contracts are not those of the facts is refused: it belongs to another case.
public enum StateJSON {
    /// The compact UTF-8 JSON of `state`.
    ///
    /// - Throws: ``ScenarioError`` when a value cannot be written (it does not happen for the engine's state).
    public static func encode(_ state: EngineState) throws(ScenarioError) -> [UInt8] {
        try StrictJSONEncoder.bytes(state)
    }

    /// Reads a state written by ``encode(_:)``, for the case of `facts`.
    ///
    /// - Throws: ``ScenarioError`` naming the file and the JSON path of the first problem, or `$.contracts`
    ///   when the state holds a contract the facts do not (or lacks one they do).
    public static func decode(
        _ bytes: [UInt8], facts: CaseFacts, file: String? = nil
    ) throws(ScenarioError) -> EngineState {
        do throws(ScenarioError) {
            let state = try StrictJSONDecoder.decode(EngineState.self, from: bytes)
            // The state is bound to its case and children: another case's facts are refused on load.
            do {
                try state.binding.check(facts)
            } catch {
                throw ScenarioError(path: JSONPath.root.appending("binding"), message: error.description)
            }
            let known = Set(facts.contracts.map(\.id))
            if let stranger = state.contracts.keys.sorted().first(where: { !known.contains($0) }) {
                throw ScenarioError(
                    path: JSONPath.root.appending("contracts"),
                    message:
                        "the state holds contract '\(stranger)', which is not in the facts: another case's state"
                )
            }
            if let missing = known.sorted().first(where: { state.contracts[$0] == nil }) {
                throw ScenarioError(
                    path: JSONPath.root.appending("contracts"),
                    message: "the state has no contract '\(missing)' of the facts: another case's state")
            }
            return state
        } catch {
            throw file.map { error.inFile($0) } ?? error
        }
    }
}
