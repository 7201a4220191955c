/// One user's app access as a state machine: ``AccessFacts`` is the state, ``AccessEvent`` the input,
/// and ``AppAccess/outcome(_:)`` reads what the state allows.
///
/// ``apply(_:to:)-(AccessEvent,_)`` is pure and total: an event that does not apply to the state (a safety claim about
/// the contract parent, time passing before the relationship ended) leaves the state unchanged.
///
/// ```swift
/// var ex = AccessFacts(role: .otherParent, requested: false, identified: false, termsAccepted: false)
/// for event in [.accessRequested, .identityEstablished, .termsAccepted, .separationReported] as [AccessEvent] {
///     ex = AppAccessMachine.apply(event, to: ex)
/// }
/// try AppAccess.outcome(ex).version                                         // .v1
/// try AppAccess.outcome(AppAccessMachine.apply(.v1ConsentWithdrawn, to: ex)).version   // .v2
/// ```
public enum AppAccessMachine {
    /// The state after `event`.
    public static func apply(_ event: AccessEvent, to state: AccessFacts) -> AccessFacts {
        var next = state
        switch event {
        case .accessRequested:
            next.requested = true
        case .identityEstablished:
            next.identified = true
        case .termsAccepted:
            next.termsAccepted = true
        case .separationReported:
            if state.isFamily {
                next.isFamily = false
                next.separated = true
            }
        case .v1ConsentWithdrawn:
            next.v1Consent = false
        case .safetyClaimDecided(let upheld):
            if state.role == .otherParent { next.safetyRefused = upheld }
        case .blocked(let reason):
            next.block = reason
        case .unblocked:
            next.block = nil
        case .authorityLost:
            next.hasAuthority = false
        case .contractParentAccessEnded:
            next.contractParentHasAccess = false
        case .customerRelationshipEnded:
            if state.daysAfterEnd == nil { next.daysAfterEnd = 0 }
        case .timePasses(let day):
            if let current = state.daysAfterEnd, day > current { next.daysAfterEnd = day }
        case .photoConsent(let given):
            next.photoConsent = given
        case .diaryConsent(let given):
            next.diaryConsent = given
        }
        return next
    }

    /// The state after `events`, in order.
    public static func apply(_ events: [AccessEvent], to state: AccessFacts) -> AccessFacts {
        events.reduce(state) { apply($1, to: $0) }
    }
}
