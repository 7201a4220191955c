/// What the engine keeps of one applied command: enough to recognise a retry and answer it, and no more.
///
/// The full decisions go to the caller. A retry with the same idempotency key and the same payload is
/// answered from this record (the outcome, the minutes moved and the original event), marked as a replay;
/// a retry with another payload is an `idempotencyConflict` naming the field that differs.
struct CommandRecord: Sendable, Hashable {
    /// The idempotency key.
    let key: IdempotencyKey
    /// The payload's fingerprint (``EngineEvent/fingerprint``): text, never a number a store could round.
    let fingerprint: String
    /// The event that first applied the command.
    let event: EventID
    /// Its sequence number.
    let sequence: UInt64
    /// The short answer of each decision, in order.
    let answers: [Answer]

    /// One decision, as a retry is told about it.
    struct Answer: Sendable, Hashable {
        /// The rule that decided.
        let rule: RuleID
        /// The outcome.
        let outcome: DecisionOutcome
        /// The minutes the decision moved.
        let minutes: Int
        /// Whether the decision showed a balance (a replay shows the balance as it is now).
        let showsBalance: Bool

        init(_ record: DecisionRecord) {
            rule = record.rule
            outcome = record.outcome
            minutes = record.minutes
            showsBalance = record.balance != nil
        }

        #if !hasFeature(Embedded)
            private enum CodingKeys: String, CodingKey {
                case rule, outcome, minutes
                case showsBalance = "balance"
            }

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                rule = try container.decode(RuleID.self, forKey: .rule)
                outcome = try container.decode(DecisionOutcome.self, forKey: .outcome)
                minutes = try container.decodeIfPresent(Int.self, forKey: .minutes) ?? 0
                showsBalance = try container.decodeIfPresent(Bool.self, forKey: .showsBalance) ?? false
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(rule, forKey: .rule)
                try container.encode(outcome, forKey: .outcome)
                if minutes != 0 { try container.encode(minutes, forKey: .minutes) }
                if showsBalance { try container.encode(true, forKey: .showsBalance) }
            }
        #endif
    }
}

#if !hasFeature(Embedded)
    extension CommandRecord: Codable {
        private enum CodingKeys: String, CodingKey {
            case key, fingerprint, event, sequence, answers
        }

        /// Reads a record; a record without an event identifier was applied by the event whose identifier
        /// is its key.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = try container.decode(IdempotencyKey.self, forKey: .key)
            fingerprint = try container.decode(String.self, forKey: .fingerprint)
            event = try container.decodeIfPresent(EventID.self, forKey: .event) ?? EventID(key.rawValue)
            sequence = try container.decode(UInt64.self, forKey: .sequence)
            answers = try container.decode([Answer].self, forKey: .answers)
        }

        /// Writes a record, leaving the event identifier out when it is the key (from schema version 3).
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(fingerprint, forKey: .fingerprint)
            let older = (encoder.userInfo[.engineStateSchema] as? Int).map { $0 <= 2 } ?? false
            if older || event.rawValue != key.rawValue { try container.encode(event, forKey: .event) }
            try container.encode(sequence, forKey: .sequence)
            try container.encode(answers, forKey: .answers)
        }
    }

    extension CommandRecord.Answer: Codable {}
#endif
