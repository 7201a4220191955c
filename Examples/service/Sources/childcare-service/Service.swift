import ChildcareRulesJSON

/// The service: one case per database. A request is one event; it is applied in one transaction.
///
/// Tables: `case_state` (one row: the facts, the state, and a version for the optimistic check) and
/// `decisions` (the decisions returned, which the service keeps; the engine's state does not need them).
struct Service {
    let database: Database

    static let schema = """
        CREATE TABLE case_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            facts TEXT NOT NULL,
            state TEXT NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE TABLE decisions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event TEXT NOT NULL,
            outcome TEXT NOT NULL,
            minutes INTEGER NOT NULL
        );
        """

    /// Creates the case from its facts.
    func initialize(factsBytes: [UInt8], file: String) throws -> String {
        let facts = try FactsJSON.decodeFacts(factsBytes, file: file)
        let state = try StateJSON.encode(EngineState(facts: facts))
        try database.run("BEGIN IMMEDIATE")
        for statement in Self.schema.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
            try database.run(String(statement))
        }
        try database.run(
            "INSERT INTO case_state (id, facts, state, version) VALUES (1, ?, ?, 0)",
            [
                .text(String(decoding: factsBytes, as: UTF8.self)),
                .text(String(decoding: state, as: UTF8.self)),
            ])
        try database.run("COMMIT")
        return #"{"initialized":true}"#
    }

    /// Applies one event: BEGIN, load, decode, apply, encode, UPDATE (if the version is unchanged), COMMIT.
    ///
    /// A crash anywhere before COMMIT leaves the old state (SQLite rolls the transaction back); a crash after
    /// it leaves the new one, and the retry with the same idempotency key is answered as a replay.
    func apply(eventBytes: [UInt8], file: String, crash: CrashPoint?) throws -> String {
        try database.run("BEGIN IMMEDIATE")
        do {
            // `load` hands back the only copy of the state, so `apply` mutates it in place.
            var (facts, state, version) = try load()
            let event = try EventJSON.decodeEvent(eventBytes, facts: facts, file: file)
            let decisions = try Engine.apply(event, to: &state, facts: facts)
            crash?.crash(at: .afterApply)
            let saved = String(decoding: try StateJSON.encode(state), as: UTF8.self)
            try database.run(
                "UPDATE case_state SET state = ?, version = version + 1 WHERE id = 1 AND version = ?",
                [.text(saved), .int(version)])
            guard database.changes == 1 else {
                throw StoreError(
                    description: "the case changed under this request (version \(version)): retry it")
            }
            for decision in decisions where !decision.isReplay {
                try database.run(
                    "INSERT INTO decisions (event, outcome, minutes) VALUES (?, ?, ?)",
                    [.text(decision.event.rawValue), .text(decision.outcome.code), .int(decision.minutes)])
            }
            crash?.crash(at: .beforeCommit)
            try database.run("COMMIT")
            crash?.crash(at: .afterSave)
            return decisions.map { decision in
                JSON.object([
                    ("event", .string(event.id.rawValue)), ("decision", .string(decision.event.rawValue)),
                    ("outcome", .string(decision.outcome.code)), ("minutes", .int(decision.minutes)),
                    ("replay", .bool(decision.isReplay)),
                ]).rendered
            }.joined(separator: "\n")
        } catch {
            _ = try? database.run("ROLLBACK")
            throw error
        }
    }

    /// The swap-hours balance of `contract`.
    func balance(contract: String) throws -> String {
        let (facts, state, version) = try load()
        let balance = state.balance(of: try facts.contract(ContractID(contract)))
        return JSON.object([
            ("contract", .string(contract)), ("available", .int(balance.available)),
            ("earned", .int(balance.earned)),
            ("goodwill", .int(balance.goodwill)), ("reserved", .int(balance.reserved)),
            ("used", .int(balance.used)),
            ("expired", .int(balance.expired)), ("version", .int(version)),
        ]).rendered
    }

    private func load() throws -> (CaseFacts, EngineState, Int) {
        let rows = try database.run("SELECT facts, state, version FROM case_state WHERE id = 1")
        guard let row = rows.first, row.count == 3, let factsText = row[0], let stateText = row[1],
            let versionText = row[2], let version = Int(versionText)
        else { throw StoreError(description: "the database holds no case: run init first") }
        let facts = try FactsJSON.decodeFacts(Array(factsText.utf8), file: "case_state.facts")
        let state = try StateJSON.decode(Array(stateText.utf8), facts: facts, file: "case_state.state")
        return (facts, state, version)
    }
}
