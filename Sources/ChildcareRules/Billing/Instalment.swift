/// One monthly instalment of the annual amount (TSO terms art. 6 lid 1), billed in advance.
public struct Instalment: Sendable, Hashable {
    /// The calendar month billed, September to June.
    public let month: YearMonth
    /// The amount due for that month.
    public let amount: Money

    /// Creates an instalment.
    public init(month: YearMonth, amount: Money) {
        self.month = month
        self.amount = amount
    }
}

extension Instalment: Comparable {
    /// Earlier months come first.
    public static func < (lhs: Instalment, rhs: Instalment) -> Bool { lhs.month < rhs.month }
}

extension Array where Element == Instalment {
    /// The sum of the instalments.
    public var total: Money { reduce(Money.zero) { $0 + $1.amount } }
}

#if !hasFeature(Embedded)
    extension Instalment: Codable {}
#endif
