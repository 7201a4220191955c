/// Where a contract stands in its life, from signing to its end.
///
/// ```text
/// signed ──start date──▶ active ──notice──▶ terminationPending ──end date passes──▶ ended
///   │                      │
///   │ cancellation (art. 3)└─ missing consent (art. 2 lid 5a) ─▶ awaitingConsent ─▶ active | terminationPending
///   ▼
/// cancelled   ◀── missing consent before the start, no agreement (art. 2 lid 5b)
/// ```
public enum ContractState: Sendable, Hashable {
    /// Signed; care has not started.
    case signed
    /// Care has started; the contract renews tacitly each school year (art. 4 lid 1).
    case active
    /// Missing consent of the other parent was found on `foundOn`; the parents have until `deadline`
    /// (included) to agree (art. 2 lid 5).
    case awaitingConsent(foundOn: LocalDate, deadline: LocalDate)
    /// Notice was given; the contract's last day is `endDate`.
    case terminationPending(endDate: LocalDate)
    /// Cancelled before the start (art. 3), with what the parent still owes.
    case cancelled(CancellationTerms)
    /// The contract ended; `endDate` was its last day.
    case ended(endDate: LocalDate)

    /// Whether no event can change the state any more.
    public var isFinal: Bool {
        switch self {
        case .cancelled, .ended: true
        case .signed, .active, .awaitingConsent, .terminationPending: false
        }
    }

    /// A short name: `signed`, `active`, `awaitingConsent`, `terminationPending`, `cancelled` or `ended`.
    public var name: String {
        switch self {
        case .signed: "signed"
        case .active: "active"
        case .awaitingConsent: "awaitingConsent"
        case .terminationPending: "terminationPending"
        case .cancelled: "cancelled"
        case .ended: "ended"
        }
    }
}

#if !hasFeature(Embedded)
    extension ContractState: Codable {}
#endif
