/// The provider's decision on a request for extra care: approved and confirmed, or rejected.
///
/// Hours count as used only once the request is approved and confirmed in the app (extra opvang lid 3);
/// the provider may reject for lack of space, at its sole discretion (art. 5 lid 4).
public struct ExtraCareApprovalOutcome: Sendable, Hashable {
    /// Whether the care was approved and confirmed.
    public let approved: Bool
    /// The swap-hour minutes used.
    public let minutesUsed: Int
    /// The swap-hour minutes released.
    public let minutesReleased: Int
    /// The invoice that stands for the care (none when rejected).
    public let charge: ExtraCareCharge

    /// Creates an outcome.
    public init(approved: Bool, minutesUsed: Int, minutesReleased: Int, charge: ExtraCareCharge) {
        self.approved = approved
        self.minutesUsed = minutesUsed
        self.minutesReleased = minutesReleased
        self.charge = charge
    }

    /// The explained decision on `booking`, naming the 96-hour cancellation deadline when approved.
    static func decision(
        booking: ExtraCareBooking, approved: Bool, at moment: LocalDateTime
    ) throws(RulesError) -> Decision<ExtraCareApprovalOutcome> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: booking.careStart.date)
        let computation = try NinetySixHourRule.computation(careStart: booking.careStart)
        let deadline = Deadline(
            kind: ExtraCareCancellationRule.hoursDeadlineKind, moment: computation.deadline, isInclusive: true
        )
        let none = ExtraCareCharge.none(on: booking.careStart.date, hourlyRate: booking.charge.hourlyRate)
        if approved {
            let lid3 = edition.cite("5", section: "Extra opvang", lid: 3)
            let lid6a = edition.cite("5", section: "Extra opvang", lid: 6, sub: "a")
            let citations = [lid3, edition.cite("5", section: "Extra opvang", lid: 5), lid6a]
            return Decision(
                rule: ExtraCareRequestRule.approvalRule,
                outcome: ExtraCareApprovalOutcome(
                    approved: true, minutesUsed: booking.hoursMinutes, minutesReleased: 0,
                    charge: booking.charge),
                deadlines: [deadline], citations: citations,
                explanation: Explanation(
                    .extraCare(
                        .approval(
                            booking, approved: true, moment: moment, deadline: deadline,
                            citations: [lid3, lid6a]))))
        }
        let citations = [edition.cite("5", lid: 4), edition.cite("5", section: "Extra opvang", lid: 3)]
        return Decision(
            rule: ExtraCareRequestRule.approvalRule,
            outcome: ExtraCareApprovalOutcome(
                approved: false, minutesUsed: 0, minutesReleased: booking.hoursMinutes, charge: none),
            // A rejected request has nothing left to cancel, so it names no cancellation deadline.
            deadlines: [], citations: citations,
            explanation: Explanation(
                .extraCare(
                    .approval(
                        booking, approved: false, moment: moment, deadline: deadline, citations: citations))))
    }

    /// The explanation of the decision on `booking`, citing `citations`, written out: what
    /// ``ExtraCareExplanation/approval(_:approved:moment:deadline:citations:)`` renders when it is read.
    static func writtenExplanation(
        _ booking: ExtraCareBooking, approved: Bool, moment: LocalDateTime, deadline: Deadline,
        citations: [Citation]
    ) -> Explanation {
        let day = booking.careStart.spelledOut(in: .nl)
        let dayEn = booking.careStart.spelledOut(in: .en)
        if approved {
            return Explanation(
                nl: "Je extra opvang van \(day) is goedgekeurd en bevestigd in de ouderapp; "
                    + "\(booking.hoursMinutes) minuten ruil- en inhaaluren zijn nu ingezet. Meld je af "
                    + "\(deadline.phrase(in: .nl)), dan krijg je ze terug "
                    + "(\(citations.rendered(in: .nl))).",
                en:
                    "Your extra care of \(dayEn) is approved and confirmed in the parent app; \(booking.hoursMinutes) "
                    + "minutes of swap hours are now used. Cancel \(deadline.phrase(in: .en)) to get them back "
                    + "(\(citations.rendered(in: .en))).")
        }
        return Explanation(
            nl:
                "Je aanvraag voor extra opvang van \(day) is niet doorgegaan (\(moment.spelledOut(in: .nl))). De "
                + "\(booking.hoursMinutes) gereserveerde minuten ruil- en inhaaluren zijn weer beschikbaar en je krijgt "
                + "geen factuur (\(citations.rendered(in: .nl))).",
            en:
                "Your request for extra care of \(dayEn) did not go ahead (\(moment.spelledOut(in: .en))). The "
                + "\(booking.hoursMinutes) reserved minutes of swap hours are available again and nothing is invoiced "
                + "(\(citations.rendered(in: .en))).")
    }
}

#if !hasFeature(Embedded)
    extension ExtraCareApprovalOutcome: Codable {}
#endif
