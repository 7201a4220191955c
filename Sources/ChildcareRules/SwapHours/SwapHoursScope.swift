/// What swap hours can be used for: the same service (TSO terms art. 5 lid 2), the same child (lid 3),
/// any location (lid 6), and never money (lid 5; art. 6 lid 5).
///
/// > "De ruil- en inhaaluren die verkregen zijn voor tso, zijn alleen inzetbaar voor tso en niet voor andere
/// > diensten van Partou." (lid 2) "De ruil- en inhaaluren zijn kindgebonden. Je kunt deze niet inzetten voor
/// > één van je andere kinderen." (lid 3)
public enum SwapHoursScope {
    /// The rule's identifier.
    public static let rule: RuleID = "swapHours.scope"
    /// The identifier of the rule refusing a payout in money.
    public static let payoutRule: RuleID = "swapHours.noPayout"

    /// Whether hours of `source` may be used for care of `target` on `date`, explained.
    ///
    /// - Throws: ``RulesError`` `beforeFirstEdition`.
    public static func decide(
        hoursOf source: LedgerAccount, forCareOf target: LedgerAccount, on date: LocalDate
    ) throws(RulesError) -> Decision<ScopeOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        let sameChild = source.child == target.child
        let sameService = source.service == target.service
        var citations: [Citation] = []
        var nl: [String] = []
        var en: [String] = []
        if !sameService {
            citations.append(edition.cite("5", lid: 2))
            nl.append(
                "uren verkregen voor \(source.service.name(in: .nl)) zijn alleen inzetbaar voor die dienst, niet voor "
                    + target.service.name(in: .nl))
            en.append(
                "hours earned for \(source.service.name(in: .en)) can be used only for that service, not for "
                    + target.service.name(in: .en))
        }
        if !sameChild {
            citations.append(edition.cite("5", lid: 3))
            nl.append("de uren zijn kindgebonden en niet in te zetten voor een ander kind")
            en.append("the hours belong to the child and cannot be used for another child")
        }
        let allowed = sameChild && sameService
        if allowed {
            citations = [edition.cite("5", lid: 2), edition.cite("5", lid: 3), edition.cite("5", lid: 6)]
        }
        let cite = citations.rendered(in: .nl)
        let citeEn = citations.rendered(in: .en)
        let day = date.spelledOut(in: .nl)
        let dayEn = date.spelledOut(in: .en)
        let explanation =
            allowed
            ? Explanation(
                nl:
                    "Je kunt deze uren op \(day) inzetten voor hetzelfde kind en dezelfde dienst, ook op een andere "
                    + "locatie (\(cite)).",
                en:
                    "You can use these hours on \(dayEn) for the same child and service, also at another location "
                    + "(\(citeEn)).")
            : Explanation(
                nl: "Je kunt deze uren op \(day) niet inzetten: " + nl.joined(separator: "; en ")
                    + " (\(cite)).",
                en: "You cannot use these hours on \(dayEn): " + en.joined(separator: "; and ")
                    + " (\(citeEn)).")
        let outcome = ScopeOutcome(isAllowed: allowed, sameChild: sameChild, sameService: sameService)
        return Decision(
            rule: rule, outcome: outcome, deadlines: [], citations: citations, explanation: explanation)
    }

    /// A request to pay out `minutes` of swap hours in money (or to offset fees): always refused.
    ///
    /// The hours lapse at their expiry "zonder dat een restitutie in geld of in opvang plaatsvindt" (lid 5),
    /// and unused care is never refunded (art. 6 lid 5). The explanation names the expiry date.
    ///
    /// - Throws: ``RulesError`` `beforeFirstEdition`, or a calendar error.
    public static func payout(
        minutes: Int, expiry: LocalDate, askedOn date: LocalDate
    ) throws(RulesError) -> Decision<PayoutOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        let citations = [edition.cite("5", lid: 5), edition.cite("6", lid: 5)]
        let deadline = try Deadline.endOfDate(expiry, kind: SwapHoursExpiry.deadlineKind)
        let explanation = Explanation(
            PayoutExplanation(minutes: minutes, deadline: deadline, citations: citations))
        return Decision(
            rule: payoutRule, outcome: PayoutOutcome(refund: .zero, minutes: minutes), deadlines: [deadline],
            citations: citations, explanation: explanation)
    }
}

/// Whether hours of one account may be used for care of another.
public struct ScopeOutcome: Sendable, Hashable {
    /// Whether the use is allowed.
    public let isAllowed: Bool
    /// Whether it is the same child.
    public let sameChild: Bool
    /// Whether it is the same service.
    public let sameService: Bool

    /// Creates an outcome.
    public init(isAllowed: Bool, sameChild: Bool, sameService: Bool) {
        self.isAllowed = isAllowed
        self.sameChild = sameChild
        self.sameService = sameService
    }
}

/// The answer to a request to pay out swap hours: no money.
public struct PayoutOutcome: Sendable, Hashable {
    /// The refund: always zero.
    public let refund: Money
    /// The minutes the parent asked to be paid out; they stay hours.
    public let minutes: Int

    /// Creates an outcome.
    public init(refund: Money, minutes: Int) {
        self.refund = refund
        self.minutes = minutes
    }
}

#if !hasFeature(Embedded)
    extension ScopeOutcome: Codable {}
    extension PayoutOutcome: Codable {}
#endif
