/// The answer to a request to pay out swap hours, as data: the minutes asked about, the day they can be
/// used until and the clauses that say so; the text is written only when it is read (TSO terms art. 5
/// lid 5 and art. 6 lid 5).
struct PayoutExplanation: ExplanationTemplate {
    /// The minutes the parent asked to be paid out.
    let minutes: Int
    /// The last moment the hours can be used for extra care.
    let deadline: Deadline
    /// Art. 5 lid 5 (the hours lapse without restitution) and art. 6 lid 5 (no refund).
    let citations: [Citation]

    /// The template's identifier.
    var id: String { "swapHours.payout" }

    /// The text in `language`.
    func render(in language: Language) -> String {
        let until = deadline.phrase(in: language, includingYear: true)
        let cite = citations.map { $0.rendered(in: language) }.joined(separator: "; ")
        return switch language {
        case .nl:
            "Ruil- en inhaaluren worden niet uitbetaald. Je \(minutes) minuten kun je alleen inzetten voor extra "
                + "opvang, \(until); daarna vervallen ze zonder restitutie in geld of in opvang (\(cite))."
        case .en:
            "Swap hours are not paid out. Your \(minutes) minutes can only be used for extra care, \(until); then "
                + "they lapse with no refund in money or care (\(cite))."
        }
    }
}
