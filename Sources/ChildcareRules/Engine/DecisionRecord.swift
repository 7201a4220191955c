/// One decision of the engine, in a uniform shape whatever the rule: what an explanation screen, a
/// scenario check or an audit log needs.
public struct DecisionRecord: Sendable, Hashable {
    /// The event decided.
    public let event: EventID
    /// The rule that decided.
    public let rule: RuleID
    /// The outcome, typed: switch on it, or read its stable ``DecisionOutcome/code`` (`earned`, `tooLate`,
    /// `hoursBack`, `cancellation.accepted`, `version2`).
    public let outcome: DecisionOutcome
    /// The swap-hours minutes the decision moved: earned, reserved, used or returned (0 when none).
    public let minutes: Int
    /// The deadlines computed.
    public let deadlines: [Deadline]
    /// The clauses applied.
    public let citations: [Citation]
    /// The explanation, in Dutch and English.
    public let explanation: Explanation
    /// The balance of the swap-hours account concerned after the event, when there is one.
    public let balance: LedgerBalance?
    /// Whether this is a replay of an earlier command with the same idempotency key (nothing changed).
    public let isReplay: Bool
    /// For a replay, the event whose decision this repeats; `nil` otherwise. A sum over decisions counts
    /// a replay's minutes once: with the original.
    public internal(set) var replayOf: EventID?
    /// The parent the decision is addressed to, when it concerns one parent (app access); `nil` otherwise.
    public internal(set) var addressee: ParentID?
    /// The contract's end, when the decision refuses something dated after it or records the end.
    public internal(set) var contractEnd: TimelineEnd?
    /// The instalments a billing decision finds due; `nil` for other decisions.
    public internal(set) var instalments: [Instalment]?
    /// For an absence: whether it is registered (the child is reported absent), with or without hours;
    /// `nil` for other decisions.
    public internal(set) var absenceRegistered: Bool?

    /// Creates a record.
    public init(
        event: EventID, rule: RuleID, outcome: DecisionOutcome, minutes: Int, deadlines: [Deadline],
        citations: [Citation],
        explanation: Explanation, balance: LedgerBalance?, isReplay: Bool = false
    ) {
        self.event = event
        self.rule = rule
        self.outcome = outcome
        self.minutes = minutes
        self.deadlines = deadlines
        self.citations = citations
        self.explanation = explanation
        self.balance = balance
        self.isReplay = isReplay
    }

    /// A record of `decision` for `event`.
    public init<Outcome>(
        _ decision: Decision<Outcome>, event: EventID, outcome: DecisionOutcome, minutes: Int = 0,
        balance: LedgerBalance? = nil
    ) {
        self.init(
            event: event, rule: decision.rule, outcome: outcome, minutes: minutes,
            deadlines: decision.deadlines,
            citations: decision.citations, explanation: decision.explanation, balance: balance)
    }

    /// The same record marked as a replay of its event, answered under the retry's event `id`.
    func asReplay(under id: EventID) -> DecisionRecord {
        var replay = DecisionRecord(
            event: id, rule: rule, outcome: outcome, minutes: minutes, deadlines: deadlines,
            citations: citations,
            explanation: explanation, balance: balance, isReplay: true)
        replay.copyParts(of: self)
        replay.replayOf = replayOf ?? event
        return replay
    }

    /// The same record for a contract of `service`: a TSO rule applied to a KDV, BSO or VSO contract is
    /// cited by analogy, in its citations and its explanation (I-214). Unchanged for TSO, for `nil`, and for a
    /// record already cited by analogy.
    func byAnalogy(for service: ServiceKind?) -> DecisionRecord {
        guard let service, service != .tso,
            citations.contains(where: { $0.edition.document == .tsoTerms && !$0.byAnalogy })
        else { return self }
        let analogous = Decision(
            rule: rule, outcome: outcome, deadlines: deadlines, citations: citations, explanation: explanation
        ).byAnalogy(for: service)
        var copy = DecisionRecord(
            event: event, rule: rule, outcome: outcome, minutes: minutes, deadlines: deadlines,
            citations: analogous.citations, explanation: analogous.explanation, balance: balance,
            isReplay: isReplay)
        copy.copyParts(of: self)
        return copy
    }

    /// Takes the optional parts of `other`: what a rebuilt record must keep.
    private mutating func copyParts(of other: DecisionRecord) {
        replayOf = other.replayOf
        addressee = other.addressee
        contractEnd = other.contractEnd
        instalments = other.instalments
        absenceRegistered = other.absenceRegistered
    }

    /// The same record with `change` applied to its optional parts.
    func with(_ change: (inout DecisionRecord) -> Void) -> DecisionRecord {
        var copy = self
        change(&copy)
        return copy
    }
}

#if !hasFeature(Embedded)
    extension DecisionRecord: Codable {}
#endif
