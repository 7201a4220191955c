/// The editions of the documents that decide app access: the app terms, the TSO terms, the app
/// privacy statement, and the Civil Code.
public struct AccessTerms: Sendable, Hashable {
    /// The parent-app terms (Gebruiksvoorwaarden Ouderapp).
    public let app: TermsEdition
    /// The TSO contract terms.
    public let tso: TermsEdition
    /// The app privacy statement.
    public let privacy: TermsEdition
    /// The Dutch Civil Code.
    public let civilCode: TermsEdition

    /// Creates a set of editions.
    public init(app: TermsEdition, tso: TermsEdition, privacy: TermsEdition, civilCode: TermsEdition) {
        self.app = app
        self.tso = tso
        self.privacy = privacy
        self.civilCode = civilCode
    }

    /// The editions in force on `date`.
    ///
    /// - Throws: ``RulesError`` with code `beforeFirstEdition` when a document has no edition yet on `date`.
    public static func inForce(on date: LocalDate) throws(RulesError) -> AccessTerms {
        AccessTerms(
            app: try TermsEdition.inForce(.appTerms, on: date),
            tso: try TermsEdition.inForce(.tsoTerms, on: date),
            privacy: try TermsEdition.inForce(.appPrivacyStatement, on: date),
            civilCode: try TermsEdition.inForce(.civilCode, on: date))
    }

    /// The newest edition the library knows of each document, for questions about "now" that carry no
    /// date (such as the `access` command).
    public static let latest = AccessTerms(
        app: newest(.appTerms, or: .app2024), tso: newest(.tsoTerms, or: .tso2024),
        privacy: newest(.appPrivacyStatement, or: .appPrivacy2024),
        civilCode: newest(.civilCode, or: .civilCode))

    private static func newest(_ document: TermsDocument, or fallback: TermsEdition) -> TermsEdition {
        TermsEdition.all.last { $0.document == document } ?? fallback
    }
}

#if !hasFeature(Embedded)
    extension AccessTerms: Codable {}
#endif
