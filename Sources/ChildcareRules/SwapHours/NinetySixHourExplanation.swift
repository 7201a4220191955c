/// The explanations of the 96-hour rule, as data: each case holds what its text names, and the text is
/// written only when it is read (TSO terms art. 5 lid 1). Apart from ``AbsenceExplanation``, so that a
/// program that shows deadlines without deciding absences links none of the absence texts.
enum NinetySixHourExplanation: ExplanationTemplate {
    /// When to report an absence for care starting at `careStart` to earn swap hours.
    case deadline(careStart: LocalDateTime, hours: Int, deadline: Deadline, citation: Citation)
    /// The week's clock change: the two readings of the deadline, and the one `used`: the later one, as
    /// the library reads I-001 (`laterChosen`), or the one another reading of I-001 chose.
    case clockChange(NinetySixHourRule.Computation, hours: Int, used: ZonedDateTime, laterChosen: Bool)

    /// The template's identifier.
    var id: String {
        switch self {
        case .deadline: "swapHours.ninetySixHours.deadline"
        case .clockChange: "swapHours.ninetySixHours.clockChange"
        }
    }

    /// The text in `language`.
    func render(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .deadline(let careStart, let hours, let deadline, let citation):
            let start = careStart.spelledOut(in: language)
            let phrase = deadline.phrase(in: language)
            let cite = citation.rendered(in: language)
            return nl
                ? "Wil je ruil- en inhaaluren voor de opvang van \(start)? Meld je kind dan meer dan \(hours) uur van "
                    + "tevoren af in de ouderapp, dus \(phrase) (\(cite))."
                : "Do you want swap hours for the care on \(start)? Then report your child absent in the parent "
                    + "app more than \(hours) hours ahead, so \(phrase) (\(cite))."
        case .clockChange(let computation, let hours, let used, let laterChosen):
            let elapsed = computation.elapsedReading.local.time.hourMinute
            let calendar = computation.calendarReading.local.time.hourMinute
            let days = hours / 24
            let facts =
                nl
                ? "In deze week verschuift de klok: precies \(hours) uur terug is \(elapsed) uur, "
                    + "\(days == 4 ? "vier dagen" : "\(days) dagen") terug op dezelfde kloktijd is \(calendar) uur. "
                : "The clocks change this week: exactly \(hours) hours back is \(elapsed), "
                    + "\(days == 4 ? "four days" : "\(days) days") back at the same clock time is \(calendar). "
            guard !laterChosen else {
                return facts
                    + (nl
                        ? "We gebruiken het latere tijdstip, omdat dat gunstiger voor je is."
                        : "We use the later time, because it favours you.")
            }
            let time = used.local.time.hourMinute
            return facts
                + (nl
                    ? "Volgens de gekozen lezing geldt \(time) uur."
                    : "Under the reading chosen, \(time) applies.")
        }
    }
}

extension ExplanationTemplate where Self == NinetySixHourExplanation {
    /// `template`, so that a rule writes `Explanation(.ninetySixHours(.deadline(…)))`.
    static func ninetySixHours(_ template: NinetySixHourExplanation) -> NinetySixHourExplanation { template }
}
