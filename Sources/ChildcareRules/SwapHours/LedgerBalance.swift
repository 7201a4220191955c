/// The minutes of one account, by state. All amounts are whole minutes.
///
/// The ledger keeps, after every event: `available >= 0`, `reserved >= 0`, and
/// `earned + goodwill == used + expired + available + reserved` (``isConsistent``).
public struct LedgerBalance: Sendable, Hashable {
    /// Minutes earned under the rules: absences reported in time (art. 5 lid 1) and makeup hours for
    /// invoiced extra care cancelled by e-mail (extra opvang lid 6 sub b).
    public var earned: Int
    /// Minutes granted as a goodwill exception, outside the rules.
    public var goodwill: Int
    /// Minutes held for extra care that is requested but not yet approved and confirmed.
    public var reserved: Int
    /// Minutes used: for confirmed extra care, or given back to a day whose absence was withdrawn.
    public var used: Int
    /// Minutes that lapsed (art. 5 lid 5).
    public var expired: Int
    /// Minutes free to be used.
    public var available: Int

    /// Creates a balance.
    public init(
        earned: Int = 0, goodwill: Int = 0, reserved: Int = 0, used: Int = 0, expired: Int = 0,
        available: Int = 0
    ) {
        self.earned = earned
        self.goodwill = goodwill
        self.reserved = reserved
        self.used = used
        self.expired = expired
        self.available = available
    }

    /// An empty balance.
    public static let zero = LedgerBalance()

    /// Whether the ledger's invariants hold for this balance.
    public var isConsistent: Bool {
        available >= 0 && reserved >= 0 && used >= 0 && expired >= 0 && earned >= 0 && goodwill >= 0
            && earned + goodwill == used + expired + available + reserved
    }
}

#if !hasFeature(Embedded)
    extension LedgerBalance: Codable {}
#endif
