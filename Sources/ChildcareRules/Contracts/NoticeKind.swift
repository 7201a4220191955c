/// A kind of notice whose earliest effective date the terms fix.
///
/// | kind | article | earliest effective date |
/// |---|---|---|
/// | ``termination`` | TSO art. 8 lid 1 | received + 1 month, rounded down |
/// | ``change`` | TSO art. 8 lid 2 | received + 1 month, rounded down |
/// | ``cancellation`` | TSO art. 3 | received + 1 month, rounded down |
/// | ``priceChange`` | TSO art. 7 | announced + 1 month, rounded up, + 7 days |
/// | ``termsChange`` | TSO art. 10 | informed + 1 month, rounded up, + 7 days |
public enum NoticeKind: String, Sendable, Hashable, CaseIterable {
    /// The parent terminates the contract (opzegging), art. 8 lid 1.
    case termination
    /// The parent changes the contract (wijziging), art. 8 lid 2.
    case change
    /// The parent cancels before care starts (annulering), art. 3.
    case cancellation
    /// The provider changes its prices (tariefwijziging), art. 7.
    case priceChange = "price-change"
    /// The provider changes these terms, art. 10.
    case termsChange = "terms-change"

    /// Whether the notice comes from the parent (termination, change, cancellation) rather than the provider.
    public var isFromParent: Bool {
        switch self {
        case .termination, .change, .cancellation: true
        case .priceChange, .termsChange: false
        }
    }

    /// The name in `language`: "opzegging", "termination", …
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.termination, .nl): "opzegging"
        case (.termination, .en): "termination"
        case (.change, .nl): "wijziging"
        case (.change, .en): "change"
        case (.cancellation, .nl): "annulering"
        case (.cancellation, .en): "cancellation"
        case (.priceChange, .nl): "prijswijziging"
        case (.priceChange, .en): "price change"
        case (.termsChange, .nl): "wijziging van de voorwaarden"
        case (.termsChange, .en): "change of the terms"
        }
    }
}

#if !hasFeature(Embedded)
    extension NoticeKind: Codable {}
#endif
