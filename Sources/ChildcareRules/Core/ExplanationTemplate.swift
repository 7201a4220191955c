/// The templates explanations are rendered from, each with its typed arguments.
///
/// One case per family of texts; the family's type lives with its rule (``AbsenceExplanation`` next to
/// ``AbsenceRule``), and renders its text in each language only when an explanation is read.
enum ExplanationTemplate: Sendable {
    /// The texts of the 96-hour rule and of an absence report (TSO terms art. 5 lid 1).
    case absence(AbsenceExplanation)
    /// The texts of a request for extra care and of the provider's answer (TSO terms art. 5 (extra opvang)).
    case extraCare(ExtraCareExplanation)

    /// A stable identifier of the template, such as `swapHours.absence.report`.
    var id: String {
        switch self {
        case .absence(let absence): absence.id
        case .extraCare(let extraCare): extraCare.id
        }
    }

    /// The text in `language`, before citations are compacted.
    func render(in language: Language) -> String {
        switch self {
        case .absence(let absence): absence.render(in: language)
        case .extraCare(let extraCare): extraCare.render(in: language)
        }
    }
}
