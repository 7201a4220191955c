/// Refunds of money already paid: the terms exclude them in four situations.
///
/// > art. 6 lid 5: "Wijzig je jouw overeenkomst of zeg je deze op en heb je juist minder opvanguren gebruikt
/// > dan waar je volgens jouw overeenkomst recht op hebt? Dan vindt geen restitutie in geld of in opvang van
/// > reeds betaalde opvanguren plaats."
/// >
/// > art. 6 lid 6: "Indien wij jou tijdelijk niet de overeengekomen opvang kunnen leveren als gevolg van
/// > overmacht (…), dan zijn wij niet gehouden tot restitutie (…), mits Partou binnen de grenzen van de wet- en
/// > regelgeving al het mogelijke heeft gedaan om deze overmachtssituatie te voorkomen, dan wel ten spoedigste
/// > op te heffen."
/// >
/// > art. 4 lid 4: "Voor opvangdagen die vallen op een algemeen erkende feestdag of schoolsluitingsdag (…)
/// > krijg je geen ruil- en inhaal dagen of (financiële) restitutie."
///
/// Force majeure excludes a refund only under its proviso: if Partou did not do everything possible,
/// the exclusion does not apply and the terms leave the claim to the law (I-213).
public enum RefundRule {
    /// The rule's identifier.
    public static let rule: RuleID = "billing.refund"

    /// Why a parent asks for money back.
    public enum Claim: Sendable, Hashable {
        /// Fewer hours used than contracted, after changing the contract (art. 6 lid 5).
        case unusedHoursAfterChange
        /// Fewer hours used than contracted, after terminating the contract (art. 6 lid 5).
        case unusedHoursAfterTermination
        /// Care not delivered because of force majeure (art. 6 lid 6); whether Partou did everything
        /// possible to prevent or end it.
        case forceMajeure(partouDidEverythingPossible: Bool)
        /// A care day on a TSO holiday or school closure day (art. 4 lid 4).
        case holidayOrClosureDay
    }

    /// The answer to a refund claim.
    public enum Outcome: String, Sendable, Hashable {
        /// The terms exclude a refund in money or in care.
        case excluded
        /// The terms do not exclude a refund; the claim is decided under the law, not by these terms.
        case notExcludedByTerms
    }

    /// Whether `claim` earns a refund, explained.
    ///
    /// - Parameters:
    ///   - claim: what the parent claims a refund for.
    ///   - date: the date the claim is about (the day of care missed, or the end of the contract).
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a date before 1 August 2024.
    public static func decide(_ claim: Claim, on date: LocalDate) throws(RulesError) -> Decision<Outcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        let outcome: Outcome
        let citation: Citation
        let explanation: Explanation
        switch claim {
        case .unusedHoursAfterChange, .unusedHoursAfterTermination:
            outcome = .excluded
            citation = edition.cite("6", lid: 5)
            let (what, whatEn) =
                claim == .unusedHoursAfterChange ? ("wijzigt", "change") : ("opzegt", "terminate")
            explanation = Explanation(
                nl:
                    "Als je je overeenkomst \(what) en minder opvanguren hebt gebruikt dan in je overeenkomst staan, "
                    + "krijg je voor al betaalde opvanguren geen geld of opvang terug (\(citation.rendered(in: .nl))).",
                en:
                    "If you \(whatEn) your contract and used fewer hours than it gives you, hours already paid for "
                    + "are not refunded in money or in care (\(citation.rendered(in: .en))).")
        case .forceMajeure(let didEverything):
            citation = edition.cite("6", lid: 6)
            if didEverything {
                outcome = .excluded
                explanation = Explanation(
                    nl:
                        "De opvang ging niet door door overmacht. Partou deed al het mogelijke om dat te voorkomen of "
                        + "op te heffen, dus je krijgt geen geld of opvang terug (\(citation.rendered(in: .nl))).",
                    en:
                        "Care did not take place because of force majeure. Partou did everything possible to prevent "
                        + "or end it, so there is no refund in money or care (\(citation.rendered(in: .en)))."
                )
            } else {
                outcome = .notExcludedByTerms
                explanation = Explanation(
                    nl:
                        "De opvang ging niet door door overmacht, maar Partou deed niet al het mogelijke om dat te "
                        + "voorkomen of op te heffen. Dan sluiten de voorwaarden terugbetaling niet uit "
                        + "(\(citation.rendered(in: .nl))); je verzoek wordt beoordeeld naar de wet.",
                    en:
                        "Care did not take place because of force majeure, but Partou did not do everything possible "
                        + "to prevent or end it. The terms then do not exclude a refund (\(citation.rendered(in: .en))); "
                        + "your claim is decided under the law.")
            }
        case .holidayOrClosureDay:
            outcome = .excluded
            citation = edition.cite("4", lid: 4)
            explanation = Explanation(
                nl:
                    "Op een algemeen erkende feestdag of schoolsluitingsdag is er geen tso, en daarvoor krijg je "
                    + "geen ruil- en inhaaluren of geld terug (\(citation.rendered(in: .nl))).",
                en:
                    "There is no TSO on a generally recognised holiday or school closure day, and it earns no swap "
                    + "hours or refund (\(citation.rendered(in: .en))).")
        }
        return Decision(
            rule: rule, outcome: outcome, deadlines: [], citations: [citation], explanation: explanation)
    }
}

#if !hasFeature(Embedded)
    extension RefundRule.Claim: Codable {}
    extension RefundRule.Outcome: Codable {}
#endif
