// The saved form of the engine state: versioned, compact, deterministic, and safe in any JSON store.
//
// - Version 3 (this library): as version 2, with the ledger saved as the log of its commands (ledger
//   version 2: each command's key, moment and payload, applied again on load) instead of its entries, and a
//   command's event identifier left out when it is the idempotency key. About 60 % smaller per event.
// - Version 2: the facts the rules need (the desk with its ledger, each contract's state and
//   timeline, each user's access facts and every consent answer per child), one short record per command (a text fingerprint and the answer a
//   retry gets) and the last event's moment and sequence number. Dictionaries are written as arrays sorted
//   by key, so the same state gives the same bytes. No number in it needs more than 53 bits.
// - Version 1 (before the contract timeline; no `schemaVersion` field): it kept every command with its
//   full decisions. It is read by keeping just the commands, which ``EngineState/migrate(facts:)`` applies
//   again under the case's facts, so the migrated state is exactly what this library would have built.

#if !hasFeature(Embedded)
    extension EngineState: Codable {
        private enum CodingKeys: String, CodingKey {
            case schemaVersion, binding, desk, contracts, access, consent, timelines, commands,
                lastEvent,
                lastEventID,
                lastSequence, audit, checksum
            // Version 1 only.
            case applied
        }

        private struct ContractEntry: Codable {
            let contract: ContractID
            let state: ContractState
        }

        private struct AccessEntry: Codable {
            let parent: ParentID
            let facts: AccessFacts
        }

        /// Version 1's record of one command: its event, moment and decisions (of which only the first
        /// decision's event identifier is read).
        private struct LegacyApplied: Decodable {
            let event: EngineEvent
            let at: LocalDateTime
            let records: [LegacyRecord]
        }

        private struct LegacyRecord: Decodable {
            let event: EventID
        }

        /// Reads a saved state of schema version 1 or 2.
        ///
        /// - Throws: ``RulesError`` with code `corruptState` for an unknown schema version, a key used twice,
        ///   or a command numbered after the last event; a `DecodingError` for content of the wrong shape.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard let version = try container.decodeIfPresent(Int.self, forKey: .schemaVersion) else {
                try self.init(version1: container)
                return
            }
            guard version == 2 || version == Self.schemaVersion else {
                throw RulesError(
                    code: .corruptState, value: "schema version \(version)",
                    context:
                        "this library reads the saved state of schema versions 1 to \(Self.schemaVersion)")
            }
            try self.init(version2: container)
            // The checksum over everything else: a state changed outside the library (by hand, by a tool, by a
            // store that lost part of it) is refused rather than trusted.
            let saved = try container.decode(String.self, forKey: .checksum)
            // A version 2 state's checksum is over its own form, which is written again to verify it.
            let computed = try StateDigest.of(
                Contents(state: self, schema: version), userInfo: [.engineStateSchema: version])
            guard saved == computed else {
                throw RulesError(
                    code: .corruptState, value: "state.checksum \(EchoedValue.cut(saved))",
                    context:
                        "the contents give \(computed): the state was changed outside this library, or only part of it was kept"
                )
            }
        }

        /// The contents of a state without its checksum: what the checksum is computed over.
        private struct Contents: Encodable {
            let state: EngineState
            /// The schema version written: the newest, or version 2 to verify a saved version 2 state.
            var schema = EngineState.schemaVersion

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try state.encodeContents(into: &container, schema: schema)
            }
        }

        /// Reads the contents of schema version 2 or 3 (they differ in the ledger's and the command
        /// records' own forms, which those read).
        private init(version2 container: KeyedDecodingContainer<CodingKeys>) throws {
            binding = try container.decode(CaseBinding.self, forKey: .binding)
            desk = try container.decode(ExtraCareDesk.self, forKey: .desk)
            contracts = try Self.unique(
                try container.decode([ContractEntry].self, forKey: .contracts), "contracts",
                key: { $0.contract },
                value: { $0.state })
            access = try Self.unique(
                try container.decode([AccessEntry].self, forKey: .access), "access", key: { $0.parent },
                value: { $0.facts }
            )
            consent = try container.decode(ChildConsent.self, forKey: .consent)
            timelines = try Self.unique(
                try container.decode([ContractTimeline].self, forKey: .timelines), "timelines",
                key: { $0.contract },
                value: { $0 })
            let records = try container.decode([CommandRecord].self, forKey: .commands)
            commands = try Self.unique(records, "commands", key: { $0.key }, value: { $0 })
            lastEvent = try container.decodeIfPresent(Instant.self, forKey: .lastEvent)
            lastEventID = try container.decodeIfPresent(EventID.self, forKey: .lastEventID)
            lastSequence = try container.decode(UInt64.self, forKey: .lastSequence)
            audit = try container.decodeIfPresent(AuditTrail.self, forKey: .audit) ?? AuditTrail()
            if let late = audit.entries.first(where: { $0.sequence > lastSequence }) {
                throw RulesError(
                    code: .corruptState,
                    value: "state.audit.entries[\(EchoedValue.cut(late.event.rawValue))].sequence",
                    context: "\(late.sequence) is after the last sequence number, \(lastSequence)")
            }
            if let late = records.first(where: { $0.sequence > lastSequence }) {
                throw RulesError(
                    code: .corruptState,
                    value: "state.commands[\(EchoedValue.cut(late.key.rawValue))].sequence",
                    context: "\(late.sequence) is after the last sequence number, \(lastSequence)")
            }
        }

        private init(version1 container: KeyedDecodingContainer<CodingKeys>) throws {
            let applied = try container.decode([IdempotencyKey: LegacyApplied].self, forKey: .applied)
            var commands: [(instant: Instant, id: EventID, event: TimedEvent)] = []
            for (key, command) in applied {
                let id = command.records.first?.event ?? EventID(key.rawValue)
                let event = TimedEvent(id: id, at: command.at, key: key, event: command.event)
                commands.append((try Engine.moment(of: event).instant, id, event))
            }
            // Version 1 applied the events at one moment in the order of their identifiers.
            commands.sort { $0.instant != $1.instant ? $0.instant < $1.instant : $0.id < $1.id }
            binding = CaseBinding(unbound: ())
            desk = ExtraCareDesk()
            contracts = [:]
            access = [:]
            consent = ChildConsent()
            timelines = [:]
            self.commands = [:]
            lastEvent = nil
            lastEventID = nil
            lastSequence = 0
            legacyCommands = commands.map { $0.event }
        }

        /// Writes the state in schema version 3.
        public func encode(to encoder: any Encoder) throws {
            if !legacyCommands.isEmpty {
                throw RulesError(
                    code: .invalidState, value: "a state of schema version 1",
                    context: "migrate it with the case's facts (migrate(facts:)) before saving it again")
            }
            var container = encoder.container(keyedBy: CodingKeys.self)
            try encodeContents(into: &container, schema: Self.schemaVersion)
            try container.encode(try StateDigest.of(Contents(state: self)), forKey: .checksum)
        }

        /// Writes everything but the checksum, under schema version `schema`.
        private func encodeContents(
            into container: inout KeyedEncodingContainer<CodingKeys>, schema: Int
        ) throws {
            try container.encode(schema, forKey: .schemaVersion)
            try container.encode(binding, forKey: .binding)
            try container.encode(desk, forKey: .desk)
            try container.encode(
                contracts.map { ContractEntry(contract: $0.key, state: $0.value) }.sorted {
                    $0.contract.rawValue < $1.contract.rawValue
                }, forKey: .contracts)
            try container.encode(
                access.map { AccessEntry(parent: $0.key, facts: $0.value) }.sorted {
                    $0.parent.rawValue < $1.parent.rawValue
                }, forKey: .access)
            try container.encode(consent, forKey: .consent)
            try container.encode(
                timelines.values.sorted { $0.contract.rawValue < $1.contract.rawValue }, forKey: .timelines)
            try container.encode(commands.values.sorted { $0.sequence < $1.sequence }, forKey: .commands)
            try container.encodeIfPresent(lastEvent, forKey: .lastEvent)
            try container.encodeIfPresent(lastEventID, forKey: .lastEventID)
            try container.encode(lastSequence, forKey: .lastSequence)
            // Only when on: a state without a trail saves (and checksums) exactly as before the trail existed.
            if audit.limit > 0 { try container.encode(audit, forKey: .audit) }
        }

        private static func unique<Entry, Key: Hashable, Value>(
            _ entries: [Entry], _ field: String, key: (Entry) -> Key, value: (Entry) -> Value
        ) throws(RulesError) -> [Key: Value] {
            var result: [Key: Value] = [:]
            result.reserveCapacity(entries.count)
            for entry in entries {
                let id = key(entry)
                guard result.updateValue(value(entry), forKey: id) == nil else {
                    throw RulesError(
                        code: .corruptState, value: "state.\(field)",
                        context: "\(EchoedValue.cut("\(id)")) appears twice")
                }
            }
            return result
        }
    }
#endif

extension EngineState {
    /// Whether this state was read from schema version 1 and still has to be migrated with the case's facts.
    public var needsMigration: Bool { !legacyCommands.isEmpty }

    /// Migrates a state read from schema version 1: applies its commands again, in their order, under
    /// `facts` and the current rules, from the start of the case. The engine does this itself on the first
    /// event; a state that needs none is left as it is.
    ///
    /// - Throws: ``RulesError``: the error of the first command that the current rules refuse.
    public mutating func migrate(facts: CaseFacts) throws(RulesError) {
        guard !legacyCommands.isEmpty else { return }
        var migrated = EngineState(facts: facts)
        for event in legacyCommands {
            _ = try Engine.apply(event, to: &migrated, facts: facts)
        }
        self = migrated
    }
}
