/// The tags of the identifiers the swap-hours ledger and the extra-care flow introduce.
public enum SwapHoursTag {
    /// Tags a reservation of swap hours (one per extra-care request).
    public enum Reservation {}
    /// Tags the staff member (usually the location manager) who grants a goodwill exception.
    public enum Grantor {}
}

/// Identifies a reservation of swap hours: the extra-care request that holds them.
public typealias ReservationID = Identifier<SwapHoursTag.Reservation>

/// Identifies the staff member who granted a goodwill exception, such as `manager-de-regenboog`.
public typealias GrantorID = Identifier<SwapHoursTag.Grantor>
