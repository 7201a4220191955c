/// Every kind of event the engine decides: one case of ``EngineEvent``, or of the ``ContractEvent`` or
/// ``AccessEvent`` inside it, without its payload.
///
/// This is the one list that ties an event's three homes together. ``EngineEvent/kind`` is an exhaustive
/// switch, so a new case of ``EngineEvent``, ``ContractEvent`` or ``AccessEvent`` does not compile until it
/// has a kind here; the engine's own switch (`Engine+Decide.swift`) is exhaustive too. A test then reads
/// the bundled scenarios and requires that the scenario reader produces every kind, and another that
/// `Docs/Scenarios.md` names every type the reader accepts: so an event that the engine decides but a
/// scenario cannot write, or that the docs do not describe, fails the tests.
package enum EventKind: String, Sendable, Hashable, CaseIterable {
    /// `EngineEvent.absence`.
    case absence
    /// `EngineEvent.absenceWithdrawn`.
    case absenceWithdrawn
    /// `EngineEvent.extraCareRequested`.
    case extraCareRequested
    /// `EngineEvent.extraCareApproved`.
    case extraCareApproved
    /// `EngineEvent.extraCareRejected`.
    case extraCareRejected
    /// `EngineEvent.extraCareRequestWithdrawn`.
    case extraCareRequestWithdrawn
    /// `EngineEvent.extraCareCancelled`.
    case extraCareCancelled
    /// `EngineEvent.extraCareWithdrawnByProvider`.
    case extraCareWithdrawnByProvider
    /// `ContractEvent.cancellation`.
    case cancellation = "contract.cancellation"
    /// `ContractEvent.parentTermination`.
    case parentTermination = "contract.parentTermination"
    /// `ContractEvent.change`.
    case change = "contract.change"
    /// `ContractEvent.changeEndingService`.
    case changeEndingService = "contract.changeEndingService"
    /// `ContractEvent.priceChange`.
    case priceChange = "contract.priceChange"
    /// `ContractEvent.priceIncrease`.
    case priceIncrease = "contract.priceIncrease"
    /// `ContractEvent.termsChange`.
    case termsChange = "contract.termsChange"
    /// `ContractEvent.providerTermination`.
    case providerTermination = "contract.providerTermination"
    /// `ContractEvent.missingConsentFound`.
    case missingConsentFound = "contract.missingConsentFound"
    /// `ContractEvent.consentAgreed`.
    case consentAgreed = "contract.consentAgreed"
    /// `ContractEvent.dateReached`.
    case dateReached = "contract.dateReached"
    /// `AccessEvent.accessRequested`.
    case accessRequested = "access.accessRequested"
    /// `AccessEvent.identityEstablished`.
    case identityEstablished = "access.identityEstablished"
    /// `AccessEvent.termsAccepted`.
    case termsAccepted = "access.termsAccepted"
    /// `AccessEvent.separationReported`.
    case separationReported = "access.separationReported"
    /// `AccessEvent.v1ConsentWithdrawn`.
    case v1ConsentWithdrawn = "access.v1ConsentWithdrawn"
    /// `AccessEvent.v1ConsentConfirmed`.
    case v1ConsentConfirmed = "access.v1ConsentConfirmed"
    /// `AccessEvent.safetyClaimDecided`.
    case safetyClaimDecided = "access.safetyClaimDecided"
    /// `AccessEvent.blocked`.
    case blocked = "access.blocked"
    /// `AccessEvent.blockImposed`.
    case blockImposed = "access.blockImposed"
    /// `AccessEvent.unblocked`.
    case unblocked = "access.unblocked"
    /// `AccessEvent.authorityLost`.
    case authorityLost = "access.authorityLost"
    /// `AccessEvent.contractParentAccessEnded`.
    case contractParentAccessEnded = "access.contractParentAccessEnded"
    /// `AccessEvent.customerRelationshipEnded`.
    case customerRelationshipEnded = "access.customerRelationshipEnded"
    /// `AccessEvent.timePasses`.
    case timePasses = "access.timePasses"
    /// `AccessEvent.photoConsent`.
    case photoConsent = "access.photoConsent"
    /// `AccessEvent.diaryConsent`.
    case diaryConsent = "access.diaryConsent"
    /// `AccessEvent.childConsent`.
    case childConsent = "access.childConsent"
    /// `AccessEvent.earlierPhotosErased`.
    case earlierPhotosErased = "access.earlierPhotosErased"
    /// `AccessEvent.earlierDiaryErased`.
    case earlierDiaryErased = "access.earlierDiaryErased"
    /// `EngineEvent.expiry`.
    case expiry
    /// `EngineEvent.goodwill`.
    case goodwill
    /// `EngineEvent.hoursOffered`.
    case hoursOffered
    /// `EngineEvent.payoutRequested`.
    case payoutRequested
    /// `EngineEvent.locationMove`.
    case locationMove
    /// `EngineEvent.billing`.
    case billing
    /// `EngineEvent.waiver`.
    case waiver
    /// `EngineEvent.dataRequest`.
    case dataRequest
}

extension EngineEvent {
    /// The kind of this event: its case, or the case of the contract or access event inside it.
    package var kind: EventKind {
        switch self {
        case .absence: .absence
        case .absenceWithdrawn: .absenceWithdrawn
        case .extraCareRequested: .extraCareRequested
        case .extraCareApproved: .extraCareApproved
        case .extraCareRejected: .extraCareRejected
        case .extraCareRequestWithdrawn: .extraCareRequestWithdrawn
        case .extraCareCancelled: .extraCareCancelled
        case .extraCareWithdrawnByProvider: .extraCareWithdrawnByProvider
        case .contract(_, let event): event.kind
        case .access(_, let event): event.kind
        case .expiry: .expiry
        case .goodwill: .goodwill
        case .hoursOffered: .hoursOffered
        case .payoutRequested: .payoutRequested
        case .locationMove: .locationMove
        case .billing: .billing
        case .waiver: .waiver
        case .dataRequest: .dataRequest
        }
    }
}

extension ContractEvent {
    /// The kind of this contract event.
    package var kind: EventKind {
        switch self {
        case .cancellation: .cancellation
        case .parentTermination: .parentTermination
        case .change: .change
        case .changeEndingService: .changeEndingService
        case .priceChange: .priceChange
        case .priceIncrease: .priceIncrease
        case .termsChange: .termsChange
        case .providerTermination: .providerTermination
        case .missingConsentFound: .missingConsentFound
        case .consentAgreed: .consentAgreed
        case .dateReached: .dateReached
        }
    }
}

extension AccessEvent {
    /// The kind of this access event.
    package var kind: EventKind {
        switch self {
        case .accessRequested: .accessRequested
        case .identityEstablished: .identityEstablished
        case .termsAccepted: .termsAccepted
        case .separationReported: .separationReported
        case .v1ConsentWithdrawn: .v1ConsentWithdrawn
        case .v1ConsentConfirmed: .v1ConsentConfirmed
        case .safetyClaimDecided: .safetyClaimDecided
        case .blocked: .blocked
        case .blockImposed: .blockImposed
        case .unblocked: .unblocked
        case .authorityLost: .authorityLost
        case .contractParentAccessEnded: .contractParentAccessEnded
        case .customerRelationshipEnded: .customerRelationshipEnded
        case .timePasses: .timePasses
        case .photoConsent: .photoConsent
        case .diaryConsent: .diaryConsent
        case .childConsent: .childConsent
        case .earlierPhotosErased: .earlierPhotosErased
        case .earlierDiaryErased: .earlierDiaryErased
        }
    }
}
