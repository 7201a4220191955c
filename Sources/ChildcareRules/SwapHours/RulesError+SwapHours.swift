extension RulesError.Code {
    /// Swap hours were asked for that the account does not have.
    public static let insufficientHours = Self(rawValue: "insufficientHours")
    /// A command carried an instant earlier than the ledger's last entry.
    public static let outOfOrder = Self(rawValue: "outOfOrder")
}
