/// One request for extra care as the desk tracks it: what was asked, how it is paid, where it stands.
public struct ExtraCareBooking: Sendable, Hashable {
    /// The booking's id; it is also the id of its swap-hours reservation.
    public let id: ReservationID
    /// The child and service.
    public let account: LedgerAccount
    /// The start of the care, Amsterdam local time.
    public let careStart: LocalDateTime
    /// The minutes requested.
    public let minutes: Int
    /// The minutes paid with swap hours (held at request, used on confirmation).
    public let hoursMinutes: Int
    /// The invoice for the rest.
    public internal(set) var charge: ExtraCareCharge
    /// Whether a staff member entered it.
    public let enteredByStaff: Bool
    /// Where it stands.
    public internal(set) var state: State

    /// The minutes invoiced.
    public var invoicedMinutes: Int { minutes - hoursMinutes }

    /// Where a booking stands.
    public enum State: String, Sendable, Hashable, CaseIterable {
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
