/// The answer of one rule: the outcome, the deadlines computed, the articles applied, and an
/// explanation a parent would understand, in Dutch and English.
///
/// ```swift
/// let decision = try NinetySixHourRule.absence(   // `contract` has care on Mondays at 12:00
///     date: LocalDate("2026-03-30"), contract: contract, school: .none,
///     reported: LocalDateTime("2026-03-26T12:40"), child: "Noor")
/// decision.outcome.isInTime        // false
/// decision.deadlines[0].moment     // 2026-03-26T12:00:00+01:00
/// decision.citations[0].description  // "TSO-voorwaarden (1 augustus 2024), art. 5 lid 1"
/// decision.explanation.nl          // "Je meldde Noor af op donderdag 26 maart om 12:40. …"
/// ```
public struct Decision<Outcome: Sendable & Hashable>: Sendable, Hashable {
    /// The rule that decided, such as `swapHours.absence`.
    public let rule: RuleID
    /// What was decided.
    public let outcome: Outcome
    /// The deadlines the rule computed, earliest first.
    public let deadlines: [Deadline]
    /// The clauses applied, most specific first.
    public let citations: [Citation]
    /// The explanation, in Dutch and English, naming the deadline and the article.
    public let explanation: Explanation

    /// Creates a decision. Rules create these; callers read them.
    public init(
        rule: RuleID, outcome: Outcome, deadlines: [Deadline], citations: [Citation], explanation: Explanation
    ) {
        self.rule = rule
        self.outcome = outcome
        self.deadlines = deadlines
        self.citations = citations
        self.explanation = explanation
    }

    /// The same decision with another outcome, for rules that build on another rule's decision.
    public func map<Other>(_ transform: (Outcome) -> Other) -> Decision<Other> {
        Decision<Other>(
            rule: rule, outcome: transform(outcome), deadlines: deadlines, citations: citations,
            explanation: explanation)
    }

    /// The citations rendered in `language`, compact: one edition name per run, paragraphs merged.
    public func citationText(in language: Language) -> String {
        citations.rendered(in: language)
    }
}

#if !hasFeature(Embedded)
    extension Decision: Codable where Outcome: Codable {}
#endif
