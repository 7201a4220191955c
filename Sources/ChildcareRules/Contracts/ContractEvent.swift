/// Something that happens to a contract. ``ContractLifecycle/apply(_:to:contract:parameters:)`` decides each one.
public enum ContractEvent: Sendable, Hashable {
    /// The parent cancels before the start (art. 3).
    case cancellation(receivedOn: LocalDate, channel: Channel)
    /// The parent terminates (art. 8 lid 1), optionally choosing a later date, read as the "per" date (the
    /// first day without a contract, I-202). With `againstTermsChange` the termination is one against a
    /// material change of the terms (art. 10): build it with
    /// ``termsChangeTermination(receivedOn:channel:informedOn:proposedEffectiveDate:requestedEndDate:)``.
    case parentTermination(
        receivedOn: LocalDate, channel: Channel, requestedEndDate: LocalDate?,
        againstTermsChange: TermsChangeNotice? = nil)
    /// The parent changes the contract (art. 8 lid 2).
    case change(receivedOn: LocalDate, channel: Channel, requestedEffectiveDate: LocalDate?)
    /// The parent changes the contract so that it no longer covers its service (art. 8 lid 2): the change
    /// ends the contract per the date it takes effect, after the one month's notice of a change.
    case changeEndingService(receivedOn: LocalDate, channel: Channel, requestedEffectiveDate: LocalDate?)
    /// Partou announces a price change (art. 7).
    case priceChange(announcedOn: LocalDate, proposedEffectiveDate: LocalDate)
    /// Partou announces a price change that raises the price (art. 7): decided as ``priceChange(announcedOn:proposedEffectiveDate:)``, and also
    /// checked against art. 6:236 sub i BW, so that within three months of signing it does not bind the
    /// parent.
    case priceIncrease(announcedOn: LocalDate, proposedEffectiveDate: LocalDate)
    /// Partou informs the parent of changed terms (art. 10).
    case termsChange(informedOn: LocalDate, proposedEffectiveDate: LocalDate?, isMaterial: Bool)
    /// Partou terminates (art. 8 lid 5).
    case providerTermination(noticeOn: LocalDate, reason: ProviderTerminationReason)
    /// Partou finds the other parent did not consent (art. 2 lid 5), with the facts that decide it: build it
    /// with ``missingConsentFound(on:hasCourtRulingOrSettlement:otherParentHasAuthority:)``.
    case missingConsentFound(on: LocalDate, facts: MissingConsentFacts)
    /// The parents reach agreement after missing consent was found (art. 2 lid 5).
    case consentAgreed(on: LocalDate)
    /// A date is reached: care starts, a deadline passes, or the contract ends.
    case dateReached(LocalDate)

    /// The parent terminates against a material change of the terms (art. 10) that Partou announced on
    /// `informedOn` for `proposedEffectiveDate` (`nil` for the earliest allowed): the contract ends per the
    /// date the changed terms take effect, not after the ordinary month's notice (I-204). The change is
    /// taken as material; the caller checks that against its terms-change decision.
    public static func termsChangeTermination(
        receivedOn: LocalDate, channel: Channel, informedOn: LocalDate, proposedEffectiveDate: LocalDate?,
        requestedEndDate: LocalDate? = nil
    ) -> ContractEvent {
        .parentTermination(
            receivedOn: receivedOn, channel: channel, requestedEndDate: requestedEndDate,
            againstTermsChange: TermsChangeNotice(
                informedOn: informedOn, proposedEffectiveDate: proposedEffectiveDate))
    }

    /// Partou finds, on `on`, that the other parent did not consent (art. 2 lid 5).
    ///
    /// - Parameters:
    ///   - date: the day Partou finds it.
    ///   - hasCourtRulingOrSettlement: whether a court ruling or divorce settlement removes the need (lid 3 sub b).
    ///   - otherParentHasAuthority: whether the other parent has parental authority; only then is consent
    ///     needed. `true` by default.
    public static func missingConsentFound(
        on date: LocalDate, hasCourtRulingOrSettlement: Bool, otherParentHasAuthority: Bool = true
    ) -> ContractEvent {
        .missingConsentFound(
            on: date,
            facts: MissingConsentFacts(
                hasCourtRulingOrSettlement: hasCourtRulingOrSettlement,
                otherParentHasAuthority: otherParentHasAuthority))
    }
}

/// The terms change a parent terminates against (art. 10): when Partou informed the parent and the date it
/// proposed.
public struct TermsChangeNotice: Sendable, Hashable {
    /// The date Partou informed the parent of the change.
    public let informedOn: LocalDate
    /// The date Partou proposed; `nil` for the earliest allowed.
    public let proposedEffectiveDate: LocalDate?

    /// Creates a notice.
    public init(informedOn: LocalDate, proposedEffectiveDate: LocalDate?) {
        self.informedOn = informedOn
        self.proposedEffectiveDate = proposedEffectiveDate
    }
}

/// The facts that decide missing consent (art. 2 lid 3 and lid 5).
public struct MissingConsentFacts: Sendable, Hashable {
    /// Whether a court ruling or divorce settlement removes the need for consent (lid 3 sub b).
    public let hasCourtRulingOrSettlement: Bool
    /// Whether the other parent has parental authority; only then is consent needed (lid 3 sub a).
    public let otherParentHasAuthority: Bool

    /// Creates the facts.
    public init(hasCourtRulingOrSettlement: Bool, otherParentHasAuthority: Bool = true) {
        self.hasCourtRulingOrSettlement = hasCourtRulingOrSettlement
        self.otherParentHasAuthority = otherParentHasAuthority
    }
}

#if !hasFeature(Embedded)
    extension ContractEvent: Codable {}
    extension TermsChangeNotice: Codable {}
    extension MissingConsentFacts: Codable {}
#endif
