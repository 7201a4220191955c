/// Swap hours held for one extra-care request, and what became of them.
///
/// A reservation is resolved exactly once: released (rejected or withdrawn) or used (approved and
/// confirmed). Used hours may later be given back (a timely cancellation, or a withdrawal by the provider).
package struct Reservation: Sendable, Hashable {
    /// The reservation's identifier.
    package let id: ReservationID
    /// The account the hours are held on.
    package let account: LedgerAccount
    /// The day of the extra care.
    package let careDate: LocalDate
    /// The minutes requested.
    package let requested: Int
    /// The minutes held from each lot, earliest expiry first.
    package let allocations: [Allocation]
    /// Where the reservation stands.
    package internal(set) var state: State

    /// The minutes held (at most ``requested``).
    package var covered: Int { allocations.reduce(0) { $0 + $1.minutes } }

    /// The requested minutes the hours did not cover.
    package var shortfall: Int { requested - covered }

    /// Minutes held from one lot.
    package struct Allocation: Sendable, Hashable {
        /// The index of the lot's entry.
        package let lot: Int
        /// The minutes held from it.
        package let minutes: Int
    }

    /// Where a reservation stands.
    package enum State: String, Sendable, Hashable, CaseIterable {
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
