/// An amount of money in whole euro cents. Never a floating-point number.
///
/// Every computation that divides money states its rounding where it happens, and rounds in the
/// parent's favour (see `Docs/Interpretations.md`).
public struct Money: Sendable, Hashable {
    /// The amount in cents; negative for a credit.
    public let cents: Int

    /// An amount of `cents` euro cents.
    public init(cents: Int) {
        self.cents = cents
    }

    /// Zero euro.
    public static let zero = Money(cents: 0)

    /// The amount as a parent reads it: "€ 1.234,57" in Dutch, "€1,234.57" in English.
    public func formatted(in language: Language) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let euros = String(magnitude / 100)
        let rest = magnitude % 100
        let centsText = rest < 10 ? "0\(rest)" : "\(rest)"
        var grouped = ""
        for (index, digit) in euros.enumerated() {
            if index > 0 && (euros.count - index) % 3 == 0 { grouped += language == .nl ? "." : "," }
            grouped.append(digit)
        }
        switch language {
        case .nl: return "\(sign)€ \(grouped),\(centsText)"
        case .en: return "\(sign)€\(grouped).\(centsText)"
        }
    }
}

extension Money: Comparable {
    /// Smaller amounts come first.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
}

extension Money: AdditiveArithmetic {
    /// The sum of two amounts.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    /// The difference of two amounts.
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
}

extension Money: CustomStringConvertible {
    /// The amount in Dutch notation, "€ 1.234,57".
    public var description: String { formatted(in: .nl) }
}
