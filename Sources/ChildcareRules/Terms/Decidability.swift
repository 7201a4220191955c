/// Whether a library rule can apply a clause mechanically, given the facts as input.
///
/// A clause is decidable when a rule can compute its consequence from facts a caller can supply: dates,
/// channels, amounts, who holds parental authority, or a ground chosen from a closed list. It is not
/// decidable when its outcome rests on someone's open judgement or discretion, on third parties such as
/// insurers or courts, or when it states a norm or intention with no consequence to compute.
///
/// ```swift
/// let liability = ClauseRegistry.clause(forKey: "TSO art. 9")
/// liability?.decidability.isDecidable   // false
/// liability?.decidability.reason        // "liability and insurance payouts are decided case by case …"
/// ```
package enum Decidability: Sendable, Hashable {
    /// A rule can apply the clause mechanically once the caller supplies the facts.
    ///
    /// ```swift
    /// ClauseRegistry.clause(forKey: "TSO art. 5 lid 1")?.decidability == .decidable   // true
    /// ```
    case decidable
    /// No rule can apply the clause mechanically; `reason` says why, concretely.
    ///
    /// ```swift
    /// let open = Decidability.notDecidable(reason: "room on the group is at Partou's sole discretion")
    /// ```
    case notDecidable(reason: String)

    /// `true` for ``decidable``.
    ///
    /// ```swift
    /// Decidability.decidable.isDecidable   // true
    /// ```
    package var isDecidable: Bool {
        if case .decidable = self { return true }
        return false
    }

    /// The reason a clause is not decidable, or `nil` when it is.
    ///
    /// ```swift
    /// Decidability.notDecidable(reason: "a court decides").reason   // "a court decides"
    /// ```
    package var reason: String? {
        switch self {
        case .decidable: nil
        case .notDecidable(let reason): reason
        }
    }
}
