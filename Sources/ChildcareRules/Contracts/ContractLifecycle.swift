/// The contract's life as a pure state machine: each event, applied to a state, gives the next state and
/// the decision behind it. Nothing reads a clock; ``ContractEvent/dateReached(_:)`` moves time forward.
///
/// ```swift
/// var state = ContractState.signed
/// for event in events {
///     let step = try ContractLifecycle.apply(event, to: state, contract: contract)
///     print(step.decision.explanation.nl)
///     state = step.state
/// }
/// ```
public enum ContractLifecycle {
    /// The rule's identifier, for decisions about time passing.
    public static let rule: RuleID = "contracts.lifecycle"

    /// The next state and the decision behind it.
    public struct Step: Sendable, Hashable {
        /// The state after the event.
        public let state: ContractState
        /// The decision that led there.
        public let decision: Decision<ContractEventOutcome>

        /// Creates a step.
        public init(state: ContractState, decision: Decision<ContractEventOutcome>) {
            self.state = state
            self.decision = decision
        }
    }

    /// Applies `event` to `state` for `contract`, under the numbers of `parameters` (`nil`: each rule takes
    /// the edition in force on its own date). For a KDV, BSO or VSO contract the decision cites the TSO
    /// terms by analogy (``Decision/byAnalogy(for:)``).
    ///
    /// - Throws: ``RulesError``: `invalidState` for an event a final state cannot take, or for agreement
    ///   without missing consent; otherwise what the underlying rule throws.
    public static func apply(
        _ event: ContractEvent, to state: ContractState, contract: Contract, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Step {
        let step = try applied(event, to: state, contract: contract, parameters: parameters)
        return Step(state: step.state, decision: step.decision.byAnalogy(for: contract.service))
    }

    private static func applied(
        _ event: ContractEvent, to state: ContractState, contract: Contract, parameters: TSOParameters?
    ) throws(RulesError) -> Step {
        if state.isFinal {
            if case .dateReached(let date) = event { return try unchanged(state, on: date) }
            throw RulesError(code: .invalidState, value: "\(event)", context: "the contract is \(state.name)")
        }
        switch event {
        case .cancellation(let receivedOn, let channel):
            let decision = try CancellationRule.decided(
                contract: contract, receivedOn: receivedOn, channel: channel, parameters: parameters)
            let next: ContractState = decision.outcome.terms.map { .cancelled($0) } ?? state
            return Step(state: next, decision: decision.map { .cancellation($0) })
        case .parentTermination(let receivedOn, let channel, let requested, let againstChange):
            let decision: Decision<ParentTerminationOutcome>
            if let againstChange {
                let change = try TermsChangeRule.decide(
                    informedOn: againstChange.informedOn,
                    proposedEffectiveDate: againstChange.proposedEffectiveDate, isMaterial: true,
                    parameters: parameters)
                decision = try TermsChangeRule.terminated(
                    contract: contract, against: change.outcome, receivedOn: receivedOn, channel: channel,
                    requestedEndDate: requested, parameters: parameters)
            } else {
                decision = try ParentTerminationRule.decided(
                    contract: contract, receivedOn: receivedOn, channel: channel, requestedEndDate: requested,
                    parameters: parameters)
            }
            let next: ContractState =
                switch decision.outcome {
                case .accepted(let terms): pending(state, endDate: terms.endDate)
                case .treatedAsCancellation(let terms): .cancelled(terms)
                case .rejected: state
                }
            return Step(state: next, decision: decision.map { .parentTermination($0) })
        case .change(let receivedOn, let channel, let requested):
            let decision = try ContractChangeRule.decide(
                receivedOn: receivedOn, channel: channel, requestedEffectiveDate: requested,
                parameters: parameters)
            return Step(state: state, decision: decision.map { .change($0) })
        case .changeEndingService(let receivedOn, let channel, let requested):
            let decision = try ContractChangeRule.decide(
                receivedOn: receivedOn, channel: channel, requestedEffectiveDate: requested,
                parameters: parameters)
            guard case .accepted(let terms) = decision.outcome else {
                return Step(state: state, decision: decision.map { .serviceEnded($0, end: nil) })
            }
            let citation = decision.citations.first ?? TermsEdition.tso(on: receivedOn).cite("8", lid: 2)
            let end = try ContractEnd(
                firstDayWithoutContract: terms.effectiveDate, source: .changeEndingService, citation: citation
            )
            let explanation = decision.explanation.followed(
                by: Explanation(
                    nl:
                        "De wijziging beëindigt de dienst, dus de overeenkomst eindigt: \(end.phrase(in: .nl)).",
                    en: "The change ends the service, so the contract ends: \(end.phrase(in: .en))."))
            return Step(
                state: pending(state, endDate: end.lastDay),
                decision: Decision(
                    rule: decision.rule, outcome: .serviceEnded(decision.outcome, end: end),
                    deadlines: decision.deadlines, citations: decision.citations, explanation: explanation))
        case .priceChange(let announcedOn, let proposed):
            let decision = try PriceChangeRule.decide(
                announcedOn: announcedOn, proposedEffectiveDate: proposed, parameters: parameters)
            return Step(state: state, decision: decision.map { .priceChange($0) })
        case .priceIncrease(let announcedOn, let proposed):
            let decision = try PriceChangeRule.decide(
                announcedOn: announcedOn, proposedEffectiveDate: proposed,
                increaseOnContractSignedOn: contract.signingDate, parameters: parameters)
            return Step(state: state, decision: decision.map { .priceChange($0) })
        case .termsChange(let informedOn, let proposed, let isMaterial):
            let decision = try TermsChangeRule.decide(
                informedOn: informedOn, proposedEffectiveDate: proposed, isMaterial: isMaterial,
                parameters: parameters)
            return Step(state: state, decision: decision.map { .termsChange($0) })
        case .providerTermination(let noticeOn, let reason):
            let decision = try ProviderTerminationRule.decided(
                contract: contract, reason: reason, noticeOn: noticeOn, parameters: parameters)
            let next: ContractState =
                if let end = decision.outcome.endDate { pending(state, endDate: end) } else { state }
            return Step(state: next, decision: decision.map { .providerTermination($0) })
        case .missingConsentFound(let foundOn, let facts):
            let decision = try MissingConsentRule.decided(
                contract: contract, foundOn: foundOn,
                hasCourtRulingOrSettlement: facts.hasCourtRulingOrSettlement,
                otherParentHasAuthority: facts.otherParentHasAuthority, agreementReachedOn: nil,
                parameters: parameters)
            let next: ContractState =
                if let deadline = decision.outcome.agreementDeadline {
                    .awaitingConsent(foundOn: foundOn, deadline: deadline)
                } else { state }
            return Step(state: next, decision: decision.map { .missingConsent($0) })
        case .consentAgreed(let agreedOn):
            guard case .awaitingConsent(let foundOn, _) = state else {
                throw RulesError(
                    code: .invalidState, value: "agreement on \(agreedOn)",
                    context: "no missing consent was found")
            }
            return try resolveConsent(
                contract: contract, foundOn: foundOn, agreedOn: agreedOn, on: agreedOn, parameters: parameters
            )
        case .dateReached(let date):
            return try timePasses(to: date, state: state, contract: contract, parameters: parameters)
        }
    }

    /// The school-year term of `contract` that contains `date`: from 1 August (or the start) to 31 July (or
    /// the end). Without an end date the contract renews tacitly for each school year (art. 4 lid 1).
    ///
    /// - Returns: `nil` when the contract does not cover `date`.
    public static func term(of contract: Contract, containing date: LocalDate) -> DateRange? {
        guard contract.covers(date) else { return nil }
        let year = SchoolYear(containing: date)
        let first = max(year.firstDay, contract.startDate)
        let last = min(year.lastDay, contract.endDate ?? year.lastDay)
        return try? DateRange(first: first, last: last)
    }

    private static func pending(_ state: ContractState, endDate: LocalDate) -> ContractState {
        if case .terminationPending(let existing) = state, existing <= endDate { return state }
        return .terminationPending(endDate: endDate)
    }

    private static func resolveConsent(
        contract: Contract, foundOn: LocalDate, agreedOn: LocalDate?, on date: LocalDate,
        parameters: TSOParameters?
    ) throws(RulesError) -> Step {
        let decision = try MissingConsentRule.decided(
            contract: contract, foundOn: foundOn, hasCourtRulingOrSettlement: false,
            agreementReachedOn: agreedOn, parameters: parameters)
        let next: ContractState =
            switch decision.outcome.consequence {
            case .none, .changeDoesNotTakeEffect, .changeCancelled:
                date >= contract.startDate ? .active : .signed
            case .terminated(let end, _): .terminationPending(endDate: end)
            case .doesNotStart(let terms): .cancelled(terms)
            }
        return Step(state: next, decision: decision.map { .missingConsent($0) })
    }

    private static func timePasses(
        to date: LocalDate, state: ContractState, contract: Contract, parameters: TSOParameters?
    ) throws(RulesError) -> Step {
        switch state {
        case .signed where date >= contract.startDate:
            let edition = try TermsEdition.inForce(.tsoTerms, on: contract.startDate)
            let citation = edition.cite("4", lid: 1)
            let next: ContractState =
                if let end = contract.endDate, date > end { .ended(endDate: end) } else { .active }
            return Step(
                state: next,
                decision: Decision(
                    rule: rule, outcome: .stateChanged(next), deadlines: [], citations: [citation],
                    explanation: Explanation(
                        nl:
                            "De opvang is begonnen op \(contract.startDate.spelledOutInFull(.nl)). Het pakket loopt per schooljaar "
                            + "(van augustus tot en met juli) en wordt steeds stilzwijgend verlengd (\(citation.dutchCitation)).",
                        en:
                            "Care started on \(contract.startDate.spelledOutInFull(.en)). The package runs per school year "
                            + "(from August to July) and renews tacitly each time (\(citation.englishCitation))."
                    )))
        case .awaitingConsent(let foundOn, let deadline) where date > deadline:
            return try resolveConsent(
                contract: contract, foundOn: foundOn, agreedOn: nil, on: date, parameters: parameters)
        case .terminationPending(let end) where date > end:
            let next = ContractState.ended(endDate: end)
            return Step(
                state: next,
                decision: Decision(
                    rule: rule, outcome: .stateChanged(next), deadlines: [], citations: [],
                    explanation: Explanation(
                        nl: "De overeenkomst is geëindigd; de laatste dag was \(end.spelledOutInFull(.nl)).",
                        en: "The contract has ended; its last day was \(end.spelledOutInFull(.en)).")))
        default:
            return try unchanged(state, on: date)
        }
    }

    private static func unchanged(_ state: ContractState, on date: LocalDate) throws(RulesError) -> Step {
        Step(
            state: state,
            decision: Decision(
                rule: rule, outcome: .stateChanged(state), deadlines: [], citations: [],
                explanation: Explanation(
                    nl: "Op \(date.spelledOutInFull(.nl)) verandert er niets aan de overeenkomst.",
                    en: "On \(date.spelledOutInFull(.en)) nothing changes for the contract.")))
    }
}

/// The outcome of one lifecycle step: the outcome of the rule that decided it.
public enum ContractEventOutcome: Sendable, Hashable {
    /// A cancellation (art. 3).
    case cancellation(CancellationOutcome)
    /// A termination by the parent (art. 8 lid 1).
    case parentTermination(ParentTerminationOutcome)
    /// A change (art. 8 lid 2).
    case change(ContractChangeOutcome)
    /// A change that ends the service (art. 8 lid 2), with the end it sets when accepted.
    case serviceEnded(ContractChangeOutcome, end: ContractEnd?)
    /// A price change (art. 7).
    case priceChange(PriceChangeOutcome)
    /// A terms change (art. 10).
    case termsChange(TermsChangeOutcome)
    /// A termination by Partou (art. 8 lid 5).
    case providerTermination(ProviderTerminationOutcome)
    /// Missing consent (art. 2 lid 5).
    case missingConsent(MissingConsentOutcome)
    /// Time passed; the state is now the one given.
    case stateChanged(ContractState)

    /// The end this outcome sets, if any: the contract's last day, the first day without a contract (the
    /// "per" date) and the clause. An accepted cancellation or termination (art. 3, art. 8 lid 1, art. 10),
    /// an allowed termination by Partou (art. 8 lid 5) and a missing-consent termination or cancellation
    /// (art. 2 lid 5) set one; every other outcome returns `nil`.
    public var contractEnd: ContractEnd? {
        switch self {
        case .cancellation(let outcome): outcome.terms?.end
        case .parentTermination(let outcome): outcome.end
        case .providerTermination(let outcome): outcome.end
        case .missingConsent(let outcome): outcome.end
        case .serviceEnded(_, let end): end
        case .change, .priceChange, .termsChange, .stateChanged: nil
        }
    }

    /// The date a change this outcome decides takes effect: an accepted change of care (art. 8 lid 2), a
    /// price change on the date it applies, never before art. 7's earliest date (and none when it does not
    /// bind the parent, art. 6:236 sub i BW), or a terms change (art. 10). `nil` for every other outcome.
    package var changeEffectiveDate: LocalDate? {
        switch self {
        case .change(.accepted(let terms)): terms.effectiveDate
        case .priceChange(let outcome): outcome.isSetAsideByStatute ? nil : outcome.effectiveDate
        case .termsChange(let outcome): outcome.effectiveDate
        case .change(.rejected), .cancellation, .parentTermination, .serviceEnded, .providerTermination,
            .missingConsent, .stateChanged:
            nil
        }
    }
}

#if !hasFeature(Embedded)
    extension ContractLifecycle.Step: Codable {}
    extension ContractEventOutcome: Codable {}
#endif
