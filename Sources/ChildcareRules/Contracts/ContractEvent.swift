/// Something that happens to a contract. ``ContractLifecycle/apply(_:to:contract:)`` decides each one.
public enum ContractEvent: Sendable, Hashable, Codable {
    /// The parent cancels before the start (art. 3).
    case cancellation(receivedOn: LocalDate, channel: Channel)
    /// The parent terminates (art. 8 lid 1), optionally choosing a later end date.
    case parentTermination(receivedOn: LocalDate, channel: Channel, requestedEndDate: LocalDate?)
    /// The parent changes the contract (art. 8 lid 2).
    case change(receivedOn: LocalDate, channel: Channel, requestedEffectiveDate: LocalDate?)
    /// Partou announces a price change (art. 7).
    case priceChange(announcedOn: LocalDate, proposedEffectiveDate: LocalDate)
    /// Partou informs the parent of changed terms (art. 10).
    case termsChange(informedOn: LocalDate, proposedEffectiveDate: LocalDate?, isMaterial: Bool)
    /// Partou terminates (art. 8 lid 5).
    case providerTermination(noticeOn: LocalDate, reason: ProviderTerminationReason)
    /// Partou finds the other parent with authority did not consent (art. 2 lid 5).
    case missingConsentFound(on: LocalDate, hasCourtRulingOrSettlement: Bool)
    /// The parents reach agreement after missing consent was found (art. 2 lid 5).
    case consentAgreed(on: LocalDate)
    /// A date is reached: care starts, a deadline passes, or the contract ends.
    case dateReached(LocalDate)
}
