/// The rules engine: one entry point that evaluates a case's facts and events and returns the new state
/// and every decision, explained.
///
/// It is pure and deterministic: the same input gives the same output, byte for byte, and replaying an
/// idempotency key changes nothing. Events are applied in time order (ties broken by event id), so the
/// order in which a caller lists independent events does not matter.
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
    public struct Evaluation: Sendable, Hashable, Codable {
        /// The state after the last event.
        public let state: EngineState
        /// Every decision, in the order the events were applied.
        public let decisions: [DecisionRecord]
    }

    /// Evaluates `events` from the start of the case described by `facts`.
    ///
    /// - Throws: ``RulesError``: `invalidArgument` for two events with one id; otherwise the first error of
    ///   ``apply(_:to:facts:)``.
    public static func evaluate(_ facts: CaseFacts, events: [TimedEvent]) throws(RulesError) -> Evaluation {
        var seen: Set<EventID> = []
        for event in events where !seen.insert(event.id).inserted {
            throw RulesError(
                code: .invalidArgument, value: "event id \(event.id)", context: "it is used twice")
        }
        var ordered: [(Instant, TimedEvent)] = []
        ordered.reserveCapacity(events.count)
        for event in events {
            ordered.append((try moment(of: event).instant, event))
        }
        ordered.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.id < $1.1.id }
        var state = EngineState(facts: facts)
        var decisions: [DecisionRecord] = []
        for (_, event) in ordered {
            decisions += try apply(event, to: &state, facts: facts)
        }
        return Evaluation(state: state, decisions: decisions)
    }

    /// Applies one event to `state`; on an error `state` is left unchanged.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for an event before the first edition of the terms;
    ///   `idempotencyConflict` when the key was used for another payload (the message names the field that
    ///   differs); a retry with the same payload returns the original decisions marked as replays; `outOfOrder` for an event before the
    ///   previous one, or at the same moment with an id that sorts before the previous one's; `unknownReference` for an unknown contract, booking or user; otherwise the rule's error.
    public static func apply(
        _ timed: TimedEvent, to state: inout EngineState, facts: CaseFacts
    ) throws(RulesError) -> [DecisionRecord] {
        // Idempotency as TigerBeetle does it: the key names a command; a retry with the same payload is
        // answered with the original decisions, marked as a replay, under the retry's own event id. The
        // moment is not part of the payload (a retry comes later by nature).
        if let previous = state.applied[timed.key] {
            guard previous.event == timed.event else {
                let original = previous.records.first?.replayOf ?? previous.records.first?.event
                throw RulesError(
                    code: .idempotencyConflict, value: timed.key.rawValue,
                    context:
                        "it was first used for event \(original?.rawValue ?? "?") with another "
                        + previous.event.difference(from: timed.event))
            }
            return previous.records.map { $0.asReplay(under: timed.id) }
        }
        _ = try TermsEdition.inForce(.tsoTerms, on: timed.at.date)
        let instant = try moment(of: timed).instant
        if let last = state.lastEvent, instant < last {
            throw RulesError(
                code: .outOfOrder, value: "event \(timed.id) at \(timed.at)",
                context: "events must be applied in time order; the previous one was at \(last)")
        }
        // At one moment, events go in the order of their ids, as in `evaluate`: otherwise the live state
        // could differ from the state rebuilt from the log.
        if let last = state.lastEvent, instant == last, let previous = state.lastEventID, timed.id < previous
        {
            throw RulesError(
                code: .outOfOrder, value: "event \(timed.id) at \(timed.at)",
                context: "events at one moment are applied in the order of their ids; \(previous) came first")
        }
        var next = state
        let records = try decide(timed, state: &next, facts: facts)
        next.applied[timed.key] = EngineState.Applied(event: timed.event, at: timed.at, records: records)
        next.lastEvent = instant
        next.lastEventID = timed.id
        state = next
        return records
    }

    static func moment(of event: TimedEvent) throws(RulesError) -> ZonedDateTime {
        try RulesError.calendar { () throws(CalendarError) in try Amsterdam.resolve(event.at, policy: .strict)
        }
    }
}
