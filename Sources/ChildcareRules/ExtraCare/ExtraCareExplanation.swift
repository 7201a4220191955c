/// The explanations of a request for extra care and of the provider's answer, as data: each case holds the
/// arguments its text names, and the text is written only when it is read (TSO terms art. 5 (extra opvang)
/// lid 1 to 6).
enum ExtraCareExplanation: ExplanationTemplate {
    /// The answer to a request: received, or refused and why, with the hours reserved and the invoice.
    case request(ExtraCareRequestOutcome, deadline: Deadline, withHours: Bool, citations: [Citation])
    /// The provider approved and confirmed the care (`approved`), or rejected it, at `moment`.
    case approval(
        ExtraCareBooking, approved: Bool, moment: LocalDateTime, deadline: Deadline, citations: [Citation])
    /// A cancellation of confirmed extra care: in time or not, by a channel that counts or not, and what
    /// comes back.
    case cancellation(
        ExtraCareCancellationOutcome, careStart: LocalDateTime, cancelled: LocalDateTime, channel: Channel,
        minutes: Int, days: Int, deadline: Deadline, citation: Citation)

    /// The template's identifier.
    var id: String {
        switch self {
        case .request: "extraCare.request"
        case .approval(_, let approved, _, _, _): approved ? "extraCare.approved" : "extraCare.rejected"
        case .cancellation: "extraCare.cancellation"
        }
    }

    /// The text in `language`.
    func render(in language: Language) -> String {
        switch self {
        case .request(let outcome, let deadline, let withHours, let citations):
            ExtraCareRequestRule.writtenExplanation(
                outcome, deadline: deadline, withHours: withHours, citations: citations
            ).raw(in: language)
        case .approval(let booking, let approved, let moment, let deadline, let citations):
            ExtraCareApprovalOutcome.writtenExplanation(
                booking, approved: approved, moment: moment, deadline: deadline, citations: citations
            ).raw(in: language)
        case .cancellation(
            let outcome, let careStart, let cancelled, let channel, let minutes, let days, let deadline,
            let citation):
            ExtraCareCancellationRule.writtenExplanation(
                outcome, careStart: careStart, cancelled: cancelled, channel: channel, minutes: minutes,
                days: days,
                deadline: deadline, citation: citation
            ).raw(in: language)
        }
    }
}

extension ExplanationTemplate where Self == ExtraCareExplanation {
    /// `template`, so that a rule writes `Explanation(.extraCare(.request(…)))`.
    static func extraCare(_ template: ExtraCareExplanation) -> ExtraCareExplanation { template }
}
