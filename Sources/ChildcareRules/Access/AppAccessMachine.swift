/// One user's app access as a state machine: ``AccessFacts`` is the state, ``AccessEvent`` the input,
/// and ``AppAccess/outcome(_:terms:)`` reads what the state allows.
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
                // The contract parent is asked to confirm or withdraw version 1; until then, deny (I-303).
                if state.role == .otherParent && state.v1Consent { next.v1ConfirmationPending = true }
            }
        case .v1ConsentWithdrawn:
            next.v1Consent = false
            next.v1ConfirmationPending = false
        case .v1ConsentConfirmed:
            next.v1ConfirmationPending = false
        case .safetyClaimDecided(let upheld):
            if state.role == .otherParent { next.safetyRefused = upheld }
        case .blocked(let reason):
            next.block = reason
            next.blockScope = .full
            next.blockDuration = .untilLifted
        case .blockImposed(let block):
            next.block = block.reason
            next.blockScope = block.scope
            next.blockDuration = block.duration
        case .unblocked:
            next.block = nil
            next.blockScope = .full
            next.blockDuration = .untilLifted
        case .authorityLost:
            next.hasAuthority = false
        case .contractParentAccessEnded:
            next.contractParentHasAccess = false
        case .customerRelationshipEnded:
            if state.daysAfterEnd == nil { next.daysAfterEnd = 0 }
        case .timePasses(let day):
            if let current = state.daysAfterEnd, day > current { next.daysAfterEnd = day }
        case .photoConsent(let given):
            // Consent is given or withdrawn by a parent with authority (I-308).
            guard state.hasAuthority else { break }
            next.ownPhotoChoice = given ? .given : .withdrawn
            next.photoConsent = given
            if given { next.earlierPhotos = true }
        case .diaryConsent(let given):
            guard state.hasAuthority else { break }
            next.ownDiaryChoice = given ? .given : .withdrawn
            next.diaryConsent = given
            if given { next.earlierDiary = true }
        case .earlierPhotosErased:
            if !state.photoConsent { next.earlierPhotos = false }
        case .earlierDiaryErased:
            if !state.diaryConsent { next.earlierDiary = false }
        }
        return next
    }

    /// The state after `events`, in order.
    public static func apply(_ events: [AccessEvent], to state: AccessFacts) -> AccessFacts {
        events.reduce(state) { apply($1, to: $0) }
    }
}
