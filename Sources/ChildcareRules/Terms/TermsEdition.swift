/// One edition of a source document, in force from its effective date until a later edition replaces it.
///
/// Rules look up the edition in force on the date they decide about, with
/// ``TermsEdition/inForce(_:on:)``. A date before the first edition of a document is a typed
/// ``RulesError`` (`beforeFirstEdition`), never a silent default: the library does not know which
/// terms applied then.
public struct TermsEdition: Sendable, Hashable {
    /// The document.
    public let document: TermsDocument
    /// The first date on which this edition applies; `nil` for an undated edition that applies to any date.
    public let effectiveDate: LocalDate?
    /// How the edition is named in a citation: "1 augustus 2024".
    public let label: Explanation

    /// Creates an edition. The library's own editions are listed in ``all``.
    public init(document: TermsDocument, effectiveDate: LocalDate?, label: Explanation) {
        self.document = document
        self.effectiveDate = effectiveDate
        self.label = label
    }
}

extension TermsEdition {
    /// Voorwaarden tussenschoolse opvang (tso) Partou, versie 1 augustus 2024.
    public static let tso2024 = TermsEdition(
        document: .tsoTerms, effectiveDate: LocalDate(unchecked: 2024, 8, 1),
        label: Explanation(verbatim: "1 augustus 2024", en: "1 August 2024"))

    /// Gebruiksvoorwaarden Ouderapp Partou per 1 januari 2024 (versie december 2023).
    public static let app2024 = TermsEdition(
        document: .appTerms, effectiveDate: LocalDate(unchecked: 2024, 1, 1),
        label: Explanation(verbatim: "1 januari 2024", en: "1 January 2024"))

    /// Privacyverklaring Ouderapp Partou, published with the app terms of 2024.
    public static let appPrivacy2024 = TermsEdition(
        document: .appPrivacyStatement, effectiveDate: LocalDate(unchecked: 2024, 1, 1),
        label: Explanation(verbatim: "2024", en: "2024"))

    /// Privacyverklaring ouderportaal, the earlier undated edition (Konnect portal).
    ///
    /// It is undated, so it has no effective date; it is cited only for the data-request period,
    /// which the later app privacy statement does not restate (see `Docs/Interpretations.md`).
    public static let portalPrivacy = TermsEdition(
        document: .portalPrivacyStatement, effectiveDate: nil,
        label: Explanation(verbatim: "eerdere editie, ongedateerd", en: "earlier edition, undated"))

    /// The Dutch Civil Code, as cited by the terms (art. 1:377c BW, art. 6:238 BW).
    public static let civilCode = TermsEdition(
        document: .civilCode, effectiveDate: nil, label: Explanation(verbatim: "", en: ""))

    /// Every edition the library knows, oldest first within each document.
    public static let all: [TermsEdition] = [tso2024, app2024, appPrivacy2024, portalPrivacy, civilCode]

    /// The edition of `document` in force on `date`.
    ///
    /// - Throws: ``RulesError`` with code `beforeFirstEdition` when `date` is before the document's first
    ///   edition.
    public static func inForce(
        _ document: TermsDocument, on date: LocalDate
    ) throws(RulesError) -> TermsEdition {
        let editions = all.filter { $0.document == document }
        let inForce = editions.last { edition in
            guard let effective = edition.effectiveDate else { return true }
            return effective <= date
        }
        guard let inForce else {
            let first = editions.compactMap { $0.effectiveDate }.min().map { " (\($0))" } ?? ""
            throw RulesError(
                code: .beforeFirstEdition, value: date.description,
                context: "the first edition of the \(document.title(in: .en))\(first) starts later")
        }
        return inForce
    }

    /// The edition's name on the command line: the document and its effective date, `tso-terms@2024-08-01`,
    /// or `portal-privacy@undated`.
    package var id: String { "\(document.rawValue)@\(effectiveDate?.description ?? "undated")" }

    /// The edition among `editions` whose ``id`` is `id`.
    ///
    /// - Throws: ``RulesError`` with code `unknownReference` when none is.
    package static func named(
        _ id: String, in editions: [TermsEdition] = all
    ) throws(RulesError) -> TermsEdition {
        guard let found = editions.first(where: { $0.id == id }) else {
            throw RulesError(
                code: .unknownReference, value: id,
                context: "the editions are " + editions.map { $0.id }.joined(separator: ", "))
        }
        return found
    }

    /// A citation of an article (and optionally a paragraph and point) of this edition.
    public func cite(
        _ article: String, section: String? = nil, lid paragraph: Int? = nil, sub point: String? = nil
    ) -> Citation {
        Citation(edition: self, article: article, section: section, paragraph: paragraph, point: point)
    }

    /// A citation of a named section of this edition, for documents without numbered articles.
    public func cite(section: String) -> Citation {
        Citation(edition: self, article: nil, section: section, paragraph: nil, point: nil)
    }
}

#if !hasFeature(Embedded)
    extension TermsEdition: Codable {}
#endif
