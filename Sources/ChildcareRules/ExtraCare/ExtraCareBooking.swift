/// One request for extra care as the desk tracks it: what was asked, how it is paid, where it stands.
package struct ExtraCareBooking: Sendable, Hashable {
    /// The booking's id; it is also the id of its swap-hours reservation.
    package let id: ReservationID
    /// The child and service.
    package let account: LedgerAccount
    /// The start of the care, Amsterdam local time.
    package let careStart: LocalDateTime
    /// The minutes requested.
    package let minutes: Int
    /// The minutes paid with swap hours (held at request, used on confirmation).
    package let hoursMinutes: Int
    /// The invoice for the rest.
    package internal(set) var charge: ExtraCareCharge
    /// Whether a staff member entered it.
    package let enteredByStaff: Bool
    /// Where it stands.
    package internal(set) var state: State

    /// The minutes invoiced.
    package var invoicedMinutes: Int { minutes - hoursMinutes }

    /// Where a booking stands.
    package enum State: String, Sendable, Hashable, CaseIterable {
        /// Requested, awaiting the provider's decision; hours are held.
        case requested
        /// Approved and confirmed through the app; hours are used.
        case confirmed
        /// Rejected by the provider; hours released.
        case rejected
        /// Withdrawn by the parent before confirmation; hours released.
        case withdrawnByParent
        /// Cancelled by the parent after confirmation (lid 6).
        case cancelled
        /// Withdrawn by the provider after confirmation, contrary to lid 5; hours returned.
        case withdrawnByProvider
        /// The contract ended before the care day: the care does not take place, nothing is charged and
        /// the hours come back (art. 5 lid 5).
        case endedWithContract
    }
}

#if !hasFeature(Embedded)
    extension ExtraCareBooking: Codable {}
    extension ExtraCareBooking.State: Codable {}
#endif
