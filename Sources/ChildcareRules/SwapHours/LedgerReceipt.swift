/// What one ledger command did.
package struct LedgerReceipt: Sendable, Hashable {
    /// The indices of the entries the command appended (empty when it changed nothing).
    package let entries: Range<Int>
    /// The minutes the command moved.
    package let minutes: Int
    /// For a reservation: the requested minutes the available hours did not cover (to be invoiced,
    /// extra opvang lid 4). Zero otherwise.
    package let shortfall: Int
    /// Whether the command restated a fact already recorded (a care day reported absent twice).
    package let isDuplicate: Bool

    /// Creates a receipt.
    package init(entries: Range<Int>, minutes: Int, shortfall: Int = 0, isDuplicate: Bool = false) {
        self.entries = entries
        self.minutes = minutes
        self.shortfall = shortfall
        self.isDuplicate = isDuplicate
    }
}

#if !hasFeature(Embedded)
    extension LedgerReceipt: Codable {}
#endif
