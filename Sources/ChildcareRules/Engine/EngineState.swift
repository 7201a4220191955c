/// Everything the engine knows after some events: the swap-hours ledger and extra-care bookings, each
/// contract's lifecycle state, each user's app-access facts, and the commands already applied.
///
/// It is a value: keep the old one to compare, or to replay from.
public struct EngineState: Sendable, Hashable, Codable {
    /// The extra-care desk, which holds the swap-hours ledger.
    public internal(set) var desk: ExtraCareDesk
    /// Each contract's lifecycle state.
    public internal(set) var contracts: [ContractID: ContractState]
    /// Each app user's access facts.
    public internal(set) var access: [ParentID: AccessFacts]
    /// The commands applied, by idempotency key: the event and the decisions it produced.
    var applied: [IdempotencyKey: Applied]
    /// The Amsterdam moment of the last event applied; events must not go back in time.
    public internal(set) var lastEvent: Instant?
    /// The identifier of the last event applied; at one moment, events go in the order of their ids.
    public internal(set) var lastEventID: EventID?

    struct Applied: Sendable, Hashable, Codable {
        let event: EngineEvent
        let at: LocalDateTime
        let records: [DecisionRecord]
    }

    /// The state at the start of a case: no hours, every contract signed (or active from its start), every
    /// user with the access facts the case gives.
    public init(facts: CaseFacts) {
        desk = ExtraCareDesk()
        contracts = Dictionary(uniqueKeysWithValues: facts.contracts.map { ($0.id, ContractState.signed) })
        access = Dictionary(uniqueKeysWithValues: facts.parents.map { ($0.id, $0.access) })
        applied = [:]
        lastEvent = nil
        lastEventID = nil
    }

    /// The swap-hours ledger.
    public var ledger: SwapHoursLedger { desk.ledger }

    /// The balance of the swap-hours account of `contract`'s child and service.
    public func balance(of contract: Contract) -> LedgerBalance {
        desk.ledger.balance(of: LedgerAccount(contract))
    }
}
