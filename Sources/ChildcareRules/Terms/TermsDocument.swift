/// A source document whose clauses the library encodes (see `shared/seeds/README.md`).
public enum TermsDocument: String, Sendable, Hashable, CaseIterable {
    /// Voorwaarden tussenschoolse opvang (tso) Partou: the contract terms.
    case tsoTerms = "tso-terms"
    /// Gebruiksvoorwaarden Ouderapp Partou: the parent-app terms.
    case appTerms = "app-terms"
    /// Privacyverklaring Ouderapp Partou: consent for photos and the diary, retention.
    case appPrivacyStatement = "app-privacy"
    /// Privacyverklaring ouderportaal: the earlier Konnect portal's statement (data requests in 4 weeks).
    case portalPrivacyStatement = "portal-privacy"
    /// The Dutch Civil Code (Burgerlijk Wetboek), cited where the terms rely on it.
    case civilCode = "bw"

    /// The document's short title: "TSO-voorwaarden" in Dutch, "TSO terms" in English.
    public func title(in language: Language) -> String {
        switch (self, language) {
        case (.tsoTerms, .nl): "TSO-voorwaarden"
        case (.tsoTerms, .en): "TSO terms"
        case (.appTerms, .nl): "Gebruiksvoorwaarden Ouderapp"
        case (.appTerms, .en): "App terms"
        case (.appPrivacyStatement, .nl): "Privacyverklaring Ouderapp"
        case (.appPrivacyStatement, .en): "App privacy statement"
        case (.portalPrivacyStatement, .nl): "Privacyverklaring ouderportaal"
        case (.portalPrivacyStatement, .en): "Portal privacy statement"
        case (.civilCode, .nl): "Burgerlijk Wetboek"
        case (.civilCode, .en): "Dutch Civil Code"
        }
    }

    /// A short code used in stable citation keys: `TSO`, `APP`, `APP-PRIVACY`, `PORTAL-PRIVACY`, `BW`.
    public var code: String {
        switch self {
        case .tsoTerms: "TSO"
        case .appTerms: "APP"
        case .appPrivacyStatement: "APP-PRIVACY"
        case .portalPrivacyStatement: "PORTAL-PRIVACY"
        case .civilCode: "BW"
        }
    }
}

#if !hasFeature(Embedded)
    extension TermsDocument: Codable {}
#endif
