/// Everything the engine knows after some events: the swap-hours ledger and extra-care bookings, each
/// contract's lifecycle state, each user's app-access facts, and the commands already applied.
///
/// It is a value: keep the old one to compare, or to replay from.
public struct EngineState: Sendable, Hashable {
    /// The version of the saved form this library writes. It reads this version and every earlier one
    /// (see ``EngineState`` `init(from:)`); a saved state of an unknown version is refused.
    public static let schemaVersion = 3

    /// The case and children this state belongs to: applying the facts of another case is refused.
    package internal(set) var binding: CaseBinding
    /// The extra-care desk, which holds the swap-hours ledger.
    package internal(set) var desk: ExtraCareDesk
    /// Each contract's lifecycle state.
    public internal(set) var contracts: [ContractID: ContractState]
    /// Each app user's access facts.
    public internal(set) var access: [ParentID: AccessFacts]
    /// Every consent answer per child and purpose, with its moment: the one answer per child that
    /// ``access`` shows to every parent (I-308, I-316).
    package internal(set) var consent: ChildConsent
    /// Each contract's timeline: its start, changes and end, as every rule reads them.
    package internal(set) var timelines: [ContractID: ContractTimeline]
    /// The commands applied, by idempotency key: a fingerprint of the payload and a short answer for a
    /// retry. Not the full decisions: those go to the caller, who may store them.
    var commands: [IdempotencyKey: CommandRecord]
    /// The Amsterdam moment of the last event applied; events must not go back in time.
    public internal(set) var lastEvent: Instant?
    /// The identifier of the last event applied, for messages.
    public internal(set) var lastEventID: EventID?
    /// The sequence number of the last event applied: the caller's, or one more than the one before.
    /// 0 before the first event.
    public internal(set) var lastSequence: UInt64
    /// The optional, bounded trail of the decisions given (off unless the state was created with an
    /// `auditLimit`): their ids, outcomes and digests, not the decisions themselves.
    public internal(set) var audit: AuditTrail = AuditTrail()
    /// The commands of a state saved before schema version 2, to be applied again under the case's facts
    /// (``migrate(facts:)``); empty otherwise.
    var legacyCommands: [TimedEvent] = []

    /// The state at the start of a case: no hours, every contract signed (or active from its start), every
    /// user with the access facts the case gives.
    ///
    /// - Parameters:
    ///   - facts: the case's facts.
    ///   - auditLimit: how many decisions the state's ``audit`` trail keeps (the newest ones); 0, the
    ///     default, keeps none.
    public init(facts: CaseFacts, auditLimit: Int = 0) {
        audit = AuditTrail(limit: auditLimit)
        binding = CaseBinding(facts)
        desk = ExtraCareDesk()
        contracts = Dictionary(uniqueKeysWithValues: facts.contracts.map { ($0.id, ContractState.signed) })
        access = Dictionary(uniqueKeysWithValues: facts.parents.map { ($0.id, $0.access) })
        consent = ChildConsent(facts: facts)
        if facts.children.count > 1 {
            let deciding = Set(facts.parents.filter { $0.access.hasAuthority }.map { $0.id })
            let media = consent.media(
                of: facts.children, names: facts.childNames, at: ChildConsent.caseStart, counting: deciding)
            for (parent, parentFacts) in access {
                var next = parentFacts
                next.setChildren(media)
                access[parent] = next
            }
        }
        timelines = Dictionary(uniqueKeysWithValues: facts.contracts.map { ($0.id, ContractTimeline($0)) })
        commands = [:]
        lastEvent = nil
        lastEventID = nil
        lastSequence = 0
    }

    /// How many commands the state has applied (each idempotency key once).
    public var commandCount: Int { commands.count }

    /// Whether the hours of an ended contract are due to lapse at an event on `date` (art. 5 lid 5): the
    /// one change the engine makes before the event's own rule has validated it.
    func hasLapseDue(before date: LocalDate, facts: CaseFacts) -> Bool {
        facts.contracts.contains { contract in
            guard let timeline = timelines[contract.id], let end = timeline.end, end.lastDay < date,
                timeline.movedTo == nil
            else { return false }
            return balance(of: contract).available > 0
        }
    }

    /// The balance of the account `event` concerns, when it concerns one contract's or booking's account.
    func balance(concerning event: EngineEvent, facts: CaseFacts) -> LedgerBalance? {
        let contract: ContractID?
        switch event {
        case .absence(let id, _, _, _), .absenceWithdrawn(let id, _), .goodwill(let id, _, _, _),
            .payoutRequested(let id), .hoursOffered(let id, _), .extraCareRequested(_, let id, _, _, _, _, _),
            .contract(let id, _), .billing(let id, _), .waiver(let id, _, _, _), .locationMove(_, let id, _):
            contract = id
        case .extraCareApproved(let booking), .extraCareRejected(let booking),
            .extraCareRequestWithdrawn(let booking), .extraCareCancelled(let booking, _),
            .extraCareWithdrawnByProvider(let booking):
            return desk.bookings[booking].map { ledger.balance(of: $0.account) }
        case .access, .expiry, .dataRequest:
            contract = facts.contracts.count == 1 ? facts.contracts.first?.id : nil
        }
        guard let contract, let found = facts.contracts.first(where: { $0.id == contract }) else {
            return nil
        }
        return balance(of: found)
    }

    /// The swap-hours ledger.
    package var ledger: SwapHoursLedger { desk.ledger }

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

    /// The numbers of the edition of the TSO terms that binds `contract` on `date` in `terms` (art. 10): the
    /// edition it was signed under, or a newer one from the day a terms change it was informed of takes
    /// effect.
    ///
    /// - Throws: ``RulesError`` with code `beforeFirstEdition` for a date before the first edition.
    package func parameters(
        of contract: Contract, on date: LocalDate, terms: TermsCatalogue
    ) throws(RulesError) -> TSOParameters {
        try terms.binding(
            signedOn: contract.signingDate, noticesEffective: timelines[contract.id]?.termsNotices ?? [],
            on: date)
    }

    /// The contract with `id` as far as its swap hours reach: after a move to another location
    /// (art. 5 lid 6) the hours follow the child to the contract moved to, so they end with the last
    /// contract of the chain.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` when the case has no such contract.
    public func hoursContract(_ id: ContractID, facts: CaseFacts) throws(RulesError) -> Contract {
        let contract = try facts.contract(id)
        var last = id
        if timelines[id]?.movedTo != nil {
            var visited: Set<ContractID> = [id]
            while let next = timelines[last]?.movedTo, visited.insert(next).inserted { last = next }
        }
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
