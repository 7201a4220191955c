/// A family of explanation texts held as data: each value holds the typed arguments its text names (the
/// dates, the deadline, the citations) and writes the text in a language only when asked.
///
/// Each family lives with its rule (``AbsenceExplanation`` next to ``AbsenceRule``). An ``Explanation``
/// made from a template keeps it and renders it when read; a program links only the families it builds,
/// so the WebAssembly module that shows deadlines carries no extra-care texts.
protocol ExplanationTemplate: Sendable {
    /// A stable identifier of the template, such as `swapHours.absence.report`.
    var id: String { get }

    /// The text in `language`, before citations are compacted.
    func render(in language: Language) -> String
}
