extension Citation {
    /// Whether the place this citation names comes before `other`'s in the documents' order: document by
    /// document (``TermsDocument`` order), then within a document as its text runs.
    ///
    /// Within a document an unnumbered section (a lead-in such as "Aanhef", a heading of a privacy
    /// statement) comes before the articles, in the order of ``TermsDocument/unnumberedSections``; the
    /// articles follow by number ("2" before "10"). Inside an article the whole article comes first, then
    /// its paragraphs without a heading, then those under a heading ("Extra opvang"); inside a paragraph the
    /// lead-in comes before its points, and points follow their label ("a" before "b", "d" before "d.1").
    /// The edition plays no part, so two editions' texts of one clause stand side by side.
    ///
    /// ```swift
    /// let aanhef = TermsEdition.tso2024.cite(section: "Aanhef")
    /// aanhef.precedesInDocument(TermsEdition.tso2024.cite("1", lid: 1))    // true
    /// TermsEdition.tso2024.cite("2", lid: 3, sub: "d.4")
    ///     .precedesInDocument(TermsEdition.tso2024.cite("10"))             // true
    /// ```
    package func precedesInDocument(_ other: Citation) -> Bool {
        let documents = TermsDocument.allCases
        let mine = documents.firstIndex(of: edition.document) ?? documents.count
        let theirs = documents.firstIndex(of: other.edition.document) ?? documents.count
        if mine != theirs { return mine < theirs }
        if article != other.article {
            guard let article else { return true }
            guard let otherArticle = other.article else { return false }
            switch (Int(article), Int(otherArticle)) {
            case (let left?, let right?): return left < right
            default: return article < otherArticle
            }
        }
        if section != other.section {
            guard let section else { return true }
            guard let otherSection = other.section else { return false }
            if article == nil {
                let headings = edition.document.unnumberedSections
                let left = headings.firstIndex(of: section) ?? headings.count
                let right = headings.firstIndex(of: otherSection) ?? headings.count
                if left != right { return left < right }
            }
            return section < otherSection
        }
        if paragraph != other.paragraph {
            guard let paragraph else { return true }
            guard let otherParagraph = other.paragraph else { return false }
            return paragraph < otherParagraph
        }
        return (point ?? "") < (other.point ?? "")
    }
}

extension TermsDocument {
    /// The headings of the document's sections that carry no article number, in the order of its text
    /// (every edition's headings, a new one where its edition puts it); ``Citation/precedesInDocument(_:)``
    /// orders clauses cited by heading alone by this list.
    ///
    /// ```swift
    /// TermsDocument.tsoTerms.unnumberedSections   // ["Aanhef"]
    /// ```
    package var unnumberedSections: [String] {
        switch self {
        case .tsoTerms: ["Aanhef"]
        case .appTerms, .civilCode: []
        case .appPrivacyStatement:
            [
                "Inleiding", "Privacy en toestemming",
                "De doelstellingen van de verwerking van persoonsgegevens",
                "Welke gegevens?", "Bewaren van persoonsgegevens", "Beveiliging",
                "Instemming met privacyverklaring", "Verzoeken en contact",
            ]
        case .portalPrivacyStatement:
            [
                "Inleiding", "Privacy en toestemming",
                "De doelstellingen van de verwerking van persoonsgegevens",
                "Bewaren van persoonsgegevens", "Beveiliging", "Instemming met privacyverklaring", "Contact",
            ]
        }
    }
}
