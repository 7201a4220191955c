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
            if !state.children.isEmpty {
                next.setChildren(state.children.map { answered($0, .photos, given) })
            }
        case .diaryConsent(let given):
            guard state.hasAuthority else { break }
            next.ownDiaryChoice = given ? .given : .withdrawn
            next.diaryConsent = given
            if given { next.earlierDiary = true }
            if !state.children.isEmpty {
                next.setChildren(state.children.map { answered($0, .diary, given) })
            }
        case .childConsent(let child, let purpose, let given):
            // One child only; the user's own answer alone, before any other parent's is combined (I-316).
            guard state.hasAuthority else { break }
            var children = state.children
            if !children.contains(where: { $0.child == child }) { children.append(ChildMedia(child: child)) }
            next.setChildren(children.map { $0.child == child ? answered($0, purpose, given) : $0 })
            switch purpose {
            case .photos: next.ownPhotoChoice = given ? .given : .withdrawn
            case .diary: next.ownDiaryChoice = given ? .given : .withdrawn
            }
        case .earlierPhotosErased:
            if !state.photoConsent { next.earlierPhotos = false }
            if !state.children.isEmpty {
                next.setChildren(
                    state.children.map { child in
                        var child = child
                        if !child.photos { child.earlierPhotos = false }
                        return child
                    })
            }
        case .earlierDiaryErased:
            if !state.diaryConsent { next.earlierDiary = false }
            if !state.children.isEmpty {
                next.setChildren(
                    state.children.map { child in
                        var child = child
                        if !child.diary { child.earlierDiary = false }
                        return child
                    })
            }
        }
        return next
    }

    /// `child` after an answer on `purpose`: a consent given also marks data as collected with consent.
    private static func answered(_ child: ChildMedia, _ purpose: ConsentPurpose, _ given: Bool) -> ChildMedia
    {
        var child = child
        switch purpose {
        case .photos:
            child.photos = given
            if given { child.earlierPhotos = true }
        case .diary:
            child.diary = given
            if given { child.earlierDiary = true }
        }
        return child
    }

    /// The state after `events`, in order.
    public static func apply(_ events: [AccessEvent], to state: AccessFacts) -> AccessFacts {
        events.reduce(state) { apply($1, to: $0) }
    }
}
