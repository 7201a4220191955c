/// The rules engine: one entry point that evaluates a case's facts and events and returns the new state
/// and every decision, explained.
///
/// It is pure and deterministic: the same input gives the same output, byte for byte, and replaying an
/// idempotency key changes nothing. Events are applied in time order; events at one moment in the order of
/// their sequence numbers, or in the order given.
///
/// ```swift
/// let facts = try CaseFacts(contracts: [contract], childNames: [contract.child: "Noor"])
/// let events = [
///     TimedEvent(id: "e1", at: try LocalDateTime("2026-09-10T09:00"),
///                event: .absence(contract: contract.id, date: try LocalDate("2026-09-14"), channel: .app, appVersion: nil)),
/// ]
/// let evaluation = try Engine.evaluate(facts, events: events)
/// evaluation.decisions[0].outcome            // "earned"
/// evaluation.state.balance(of: contract)     // 60 minutes available
/// ```
public enum Engine {
    /// The result of evaluating a case.
    public struct Evaluation: Sendable, Hashable {
        /// The state after the last event.
        public let state: EngineState
        /// Every decision, in the order the events were applied.
        public let decisions: [DecisionRecord]
    }

    /// Evaluates `events` from the start of the case described by `facts`, under the editions of `terms`
    /// (the library's own by default): each contract is bound by the edition art. 10 gives it.
    ///
    /// Events are applied in time order; events at the same moment in their sequence numbers' order when
    /// both have one, and otherwise in the order given. Event identifiers are never compared.
    ///
    /// - Throws: ``RulesError``: `invalidArgument` for two events with one id; otherwise the first error of
    ///   ``apply(_:to:facts:terms:)``. To go on after a failing event, use ``evaluateAll(_:events:terms:)``.
    public static func evaluate(
        _ facts: CaseFacts, events: [TimedEvent], terms: TermsCatalogue = .library
    ) throws(RulesError) -> Evaluation {
        var state = EngineState(facts: facts)
        var decisions: [DecisionRecord] = []
        for event in try ordered(events) {
            decisions += try apply(event, to: &state, facts: facts, terms: terms)
        }
        return Evaluation(state: state, decisions: decisions)
    }

    /// Evaluates `events` like ``evaluate(_:events:terms:)``, but goes on after an event that fails: the failing
    /// event changes nothing, it is reported with its position, and the next events are applied to the state
    /// the earlier ones left. An event that depends on a failed one (approving a request that was refused
    /// as input, say) then fails in its turn and is reported too: that is what "independent" means here.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for two events with one id, or a `calendar`
    ///   error for an event moment that does not exist: those make the order itself unknown.
    public static func evaluateAll(
        _ facts: CaseFacts, events: [TimedEvent], terms: TermsCatalogue = .library
    ) throws(RulesError) -> Report {
        var state = EngineState(facts: facts)
        var decisions: [DecisionRecord] = []
        var failures: [Failure] = []
        let positions = Dictionary(
            firstWins: events.enumerated().map { ($0.element.id, $0.offset) })
        for event in try ordered(events) {
            do {
                decisions += try apply(event, to: &state, facts: facts, terms: terms)
            } catch {
                failures.append(
                    Failure(
                        event: event.id, index: positions[event.id] ?? 0, decisionsBefore: decisions.count,
                        error: error))
            }
        }
        return Report(evaluation: Evaluation(state: state, decisions: decisions), failures: failures)
    }

    /// The result of ``evaluateAll(_:events:terms:)``: the evaluation of every event that could be applied, and
    /// each event that could not.
    public struct Report: Sendable, Hashable {
        /// The state and decisions of the events applied.
        public let evaluation: Evaluation
        /// The events refused, in the order they were tried.
        public let failures: [Failure]
    }

    /// An event the engine refused, with its position in the list given and the error.
    public struct Failure: Sendable, Hashable {
        /// The event.
        public let event: EventID
        /// Its position in the list given (0-based).
        public let index: Int
        /// How many decisions of the report come before it: where it goes when decisions and refusals are
        /// shown in the order the events were applied.
        public let decisionsBefore: Int
        /// Why it was refused.
        public let error: RulesError
    }

    /// The events in the order the engine applies them: by moment; at one moment by sequence number when
    /// both have one, and otherwise in the order given.
    package static func ordered(_ events: [TimedEvent]) throws(RulesError) -> [TimedEvent] {
        var seen: Set<EventID> = []
        seen.reserveCapacity(events.count)
        for event in events where !seen.insert(event.id).inserted {
            throw RulesError(
                code: .invalidArgument, value: "event id \(EchoedValue.cut(event.id.rawValue))",
                context: "it is used twice")
        }
        var keyed: [(instant: Instant, index: Int, event: TimedEvent)] = []
        keyed.reserveCapacity(events.count)
        for (index, event) in events.enumerated() {
            keyed.append((try moment(of: event).instant, index, event))
        }
        keyed.sort { a, b in
            if a.instant != b.instant { return a.instant < b.instant }
            if let x = a.event.sequence, let y = b.event.sequence, x != y { return x < y }
            return a.index < b.index
        }
        return keyed.map { $0.event }
    }

    /// Applies one event to `state`, in place, under the editions of `terms` (the library's own by default);
    /// on an error `state` is left unchanged.
    ///
    /// - Throws: ``RulesError``: `caseMismatch` when `facts` are not the facts of this state's case;
    ///   `beforeFirstEdition` for an event before the first edition of the terms; `idempotencyConflict`
    ///   when the key was used for another payload (the message names the field that differs); a retry with
    ///   the same payload returns the original outcomes marked as replays; `outOfOrder` for an event before
    ///   the previous one, or with a sequence number not after the previous one's (the message names both
    ///   events); `unknownReference` for an unknown contract, booking or user; otherwise the rule's error.
    public static func apply(
        _ timed: TimedEvent, to state: inout EngineState, facts: CaseFacts, terms: TermsCatalogue = .library
    ) throws(RulesError) -> [DecisionRecord] {
        if state.needsMigration { try state.migrate(facts: facts) }
        try state.binding.check(facts)
        // Idempotency as TigerBeetle does it: the key names a command; a retry with the same payload is
        // answered from the command's record, marked as a replay, under the retry's own event id. The
        // moment is not part of the payload (a retry comes later by nature).
        if let previous = state.commands[timed.key] {
            guard previous.fingerprint == timed.event.fingerprint else {
                throw RulesError(
                    code: .idempotencyConflict, value: EchoedValue.cut(timed.key.rawValue),
                    context:
                        "it was first used for event \(EchoedValue.cut(previous.event.rawValue)) with another "
                        + timed.event.difference(fromFingerprint: previous.fingerprint))
            }
            return replay(of: previous, under: timed, state: state, facts: facts)
        }
        _ = try terms.inForce(on: timed.at.date)
        let zoned = try moment(of: timed)
        let instant = zoned.instant
        if let last = state.lastEvent, instant < last {
            throw RulesError(
                code: .outOfOrder, value: "event \(EchoedValue.cut(timed.id.rawValue)) at \(zoned)",
                context:
                    "events must be applied in time order, and event "
                    + "\(EchoedValue.cut(state.lastEventID?.rawValue ?? "?")) at \((try? Amsterdam.zoned(last))?.description ?? last.description) came before it"
            )
        }
        if let sequence = timed.sequence, sequence <= state.lastSequence {
            throw RulesError(
                code: .outOfOrder,
                value: "event \(EchoedValue.cut(timed.id.rawValue)) with sequence number \(sequence)",
                context:
                    "event \(EchoedValue.cut(state.lastEventID?.rawValue ?? "?")) with sequence number "
                    + "\(state.lastSequence) was applied already")
        }
        // In place: no copy of the state. A rule validates before it changes anything, so an error leaves
        // the state as it was; only the lapse of a contract's hours after its end runs before the event's
        // own rule, so when one is due the state is kept to restore.
        let backup = state.hasLapseDue(before: timed.at.date, facts: facts) ? state : nil
        let records: [DecisionRecord]
        do {
            records = try decide(timed, state: &state, facts: facts, terms: terms)
        } catch {
            if let backup { state = backup }
            throw error
        }
        let sequence = timed.sequence ?? state.lastSequence + 1
        state.commands[timed.key] = CommandRecord(
            key: timed.key, fingerprint: timed.event.fingerprint, event: timed.id, sequence: sequence,
            answers: records.map(CommandRecord.Answer.init))
        state.lastEvent = instant
        state.lastEventID = timed.id
        state.lastSequence = sequence
        state.audit.record(records, sequence: sequence)
        return records
    }

    /// The answer to a retry: the original command's outcomes, marked as replays of its event, with the
    /// balance as it is now. Nothing changes.
    private static func replay(
        of command: CommandRecord, under timed: TimedEvent, state: EngineState, facts: CaseFacts
    ) -> [DecisionRecord] {
        let balance = state.balance(concerning: timed.event, facts: facts)
        let original = command.event.rawValue
        let explanation = Explanation(
            nl:
                "Dit verzoek is al eerder verwerkt (\(EchoedValue.cut(original))); er verandert niets en de eerdere beslissing blijft staan.",
            en:
                "This request was already processed (\(EchoedValue.cut(original))); nothing changes and the earlier decision stands."
        )
        return command.answers.map { answer in
            var record = DecisionRecord(
                event: timed.id, rule: answer.rule, outcome: answer.outcome, minutes: answer.minutes,
                deadlines: [], citations: [], explanation: explanation,
                balance: answer.showsBalance ? balance : nil, isReplay: true)
            record.replayOf = command.event
            return record
        }
    }

    static func moment(of event: TimedEvent) throws(RulesError) -> ZonedDateTime {
        try RulesError.calendar { () throws(CalendarError) in try Amsterdam.resolve(event.at, policy: .strict)
        }
    }
}

#if !hasFeature(Embedded)
    extension Engine.Evaluation: Codable {}
    extension Engine.Report: Codable {}
    extension Engine.Failure: Codable {}
#endif
