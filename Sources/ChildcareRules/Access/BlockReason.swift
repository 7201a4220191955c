/// A ground on which Partou may refuse, block, end or remove a user's app access (App terms art. 8).
///
/// > "Partou heeft het recht om de toegang tot de Ouderapp te weigeren, (al dan niet tijdelijk) te
/// > blokkeren, te beëindigen, aan te passen of te verwijderen in het geval: …"
public enum BlockReason: String, Sendable, Hashable, CaseIterable {
    /// 1. "Partou twijfelt aan de identiteit van de gebruiker".
    case identity
    /// 2. "Partou het vermoeden heeft van misbruik van de Ouderapp".
    case misuse
    /// 3. "De veiligheid van het kind en/of contractouder in het geding komt door de in de Ouderapp
    /// verstrekte informatie".
    case safety
    /// 4. "De gebruiker in strijd handelt met deze gebruiksvoorwaarden".
    case breach

    /// The item of App terms art. 8 that names this ground: "1" to "4".
    public var item: String {
        switch self {
        case .identity: "1"
        case .misuse: "2"
        case .safety: "3"
        case .breach: "4"
        }
    }

    /// The paragraph of App terms art. 8 that lists this ground (1 to 4), as the clause registry keys it:
    /// "APP art. 8 lid 1".
    public var paragraph: Int {
        switch self {
        case .identity: 1
        case .misuse: 2
        case .safety: 3
        case .breach: 4
        }
    }

    /// The ground in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.identity, .nl): "twijfel aan de identiteit"
        case (.identity, .en): "doubt about the user's identity"
        case (.misuse, .nl): "vermoeden van misbruik"
        case (.misuse, .en): "suspected misuse"
        case (.safety, .nl): "de veiligheid van het kind of de contractouder"
        case (.safety, .en): "the safety of the child or the contract parent"
        case (.breach, .nl): "handelen in strijd met de gebruiksvoorwaarden"
        case (.breach, .en): "breach of the app terms"
        }
    }
}

#if !hasFeature(Embedded)
    extension BlockReason: Codable {}
#endif
