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
    /// Every consent answer per child and purpose, with its moment: the one answer per child that
    /// ``access`` shows to every parent (I-308, I-316).
    public internal(set) var consent: ChildConsent
    /// Each contract's timeline: its start, changes and end, as every rule reads them.
    public internal(set) var timelines: [ContractID: ContractTimeline]
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
        consent = ChildConsent(facts: facts)
        if facts.children.count > 1 {
            let deciding = Set(facts.parents.filter(\.access.hasAuthority).map(\.id))
            let media = consent.media(
                of: facts.children, names: facts.childNames, at: ChildConsent.caseStart, counting: deciding)
            for (parent, parentFacts) in access {
                var next = parentFacts
                next.setChildren(media)
                access[parent] = next
            }
        }
        timelines = Dictionary(uniqueKeysWithValues: facts.contracts.map { ($0.id, ContractTimeline($0)) })
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

    /// The contract with `id` as its timeline has it: the facts' contract, ending on the last day the
    /// events set. A contract cancelled before its start keeps its start as its last day here; the engine
    /// refuses every care day of it before a rule sees this value.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` when the case has no such contract.
    public func contract(_ id: ContractID, facts: CaseFacts) throws(RulesError) -> Contract {
        let contract = try facts.contract(id)
        guard let lastDay = timelines[id]?.lastDay, lastDay != contract.endDate else { return contract }
        return try contract.ending(on: max(lastDay, contract.startDate))
    }

    /// The contract with `id` as far as its swap hours reach: after a move to another location
    /// (art. 5 lid 6) the hours follow the child to the contract moved to, so they end with the last
    /// contract of the chain.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` when the case has no such contract.
    public func hoursContract(_ id: ContractID, facts: CaseFacts) throws(RulesError) -> Contract {
        let contract = try facts.contract(id)
        var last = id
        var visited: Set<ContractID> = [id]
        while let next = timelines[last]?.movedTo, visited.insert(next).inserted { last = next }
        let lastDay = try self.contract(last, facts: facts).endDate
        guard lastDay != contract.endDate else { return contract }
        guard let lastDay else {
            return try Contract(
                id: contract.id, contractParent: contract.contractParent, child: contract.child,
                service: contract.service, location: contract.location, signingDate: contract.signingDate,
                startDate: contract.startDate, endDate: nil, schedule: contract.schedule,
                annualAmount: contract.annualAmount, hourlyRate: contract.hourlyRate,
                hasDirectDebitMandate: contract.hasDirectDebitMandate)
        }
        return try contract.ending(on: max(lastDay, contract.startDate))
    }
}
