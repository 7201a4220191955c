/// How extra care is paid: with swap hours, or invoiced afterwards (extra opvang lid 4 and 6).
public enum ExtraCarePayment: String, Sendable, Hashable, CaseIterable {
    /// Paid with swap hours (extra opvang lid 2, lid 6 sub a).
    case hours
    /// Invoiced afterwards at the contract's hourly rate (extra opvang lid 4, lid 6 sub b).
    case invoice
}

#if !hasFeature(Embedded)
    extension ExtraCarePayment: Codable {}
#endif
