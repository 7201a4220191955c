/// Swap hours held for one extra-care request, and what became of them.
///
/// A reservation is resolved exactly once: released (rejected or withdrawn) or used (approved and
/// confirmed). Used hours may later be given back (a timely cancellation, or a withdrawal by the provider).
public struct Reservation: Sendable, Hashable {
    /// The reservation's identifier.
    public let id: ReservationID
    /// The account the hours are held on.
    public let account: LedgerAccount
    /// The day of the extra care.
    public let careDate: LocalDate
    /// The minutes requested.
    public let requested: Int
    /// The minutes held from each lot, earliest expiry first.
    public let allocations: [Allocation]
    /// Where the reservation stands.
    public internal(set) var state: State

    /// The minutes held (at most ``requested``).
    public var covered: Int { allocations.reduce(0) { $0 + $1.minutes } }

    /// The requested minutes the hours did not cover.
    public var shortfall: Int { requested - covered }

    /// Minutes held from one lot.
    public struct Allocation: Sendable, Hashable {
        /// The index of the lot's entry.
        public let lot: Int
        /// The minutes held from it.
        public let minutes: Int
    }

    /// Where a reservation stands.
    public enum State: String, Sendable, Hashable, CaseIterable {
        /// Held, awaiting the provider's decision.
        case held
        /// Released: rejected, or withdrawn by the parent before confirmation.
        case released
        /// Used: approved and confirmed.
        case used
        /// Used, then given back.
        case givenBack
    }
}

#if !hasFeature(Embedded)
    extension Reservation: Codable {}
    extension Reservation.Allocation: Codable {}
    extension Reservation.State: Codable {}
#endif
