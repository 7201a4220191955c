/// The explanations of an absence report, as data: each case holds what its text names, and the text is
/// written only when it is read (TSO terms art. 5 lid 1).
enum AbsenceExplanation: ExplanationTemplate {
    /// When the absence was reported, against the deadline, and whether that was in time.
    case report(
        child: String?, reported: LocalDateTime, careStart: LocalDateTime, hours: Int, deadline: Deadline,
        citations: [Citation], isInTime: Bool)
    /// The minutes a report in time earns, or 0 for a report too late.
    case minutes(Int)
    /// A report that earns nothing because of who entered it or how (`reason`), with the deadline and
    /// the clauses that say so.
    case refused(AbsenceReason, channel: Channel, deadline: Deadline?, citations: [Citation])
    /// A report withdrawn for `date`, giving back the `minutes` it earned (0 when it earned none).
    case withdrawn(date: LocalDate, minutes: Int, citation: Citation)

    /// The template's identifier.
    var id: String {
        switch self {
        case .report: "swapHours.absence.report"
        case .minutes: "swapHours.absence.minutes"
        case .refused: "swapHours.absence.refused"
        case .withdrawn: "swapHours.absence.withdrawn"
        }
    }

    /// The text in `language`.
    func render(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .report(
            let child, let reported, let careStart, let hours, let deadline, let citations, let isInTime):
            let who = child ?? (nl ? "je kind" : "your child")
            let when = reported.spelledOut(in: language)
            let start = careStart.spelledOut(in: language)
            let phrase = deadline.phrase(in: language)
            let cite = citations.rendered(in: language)
            let report =
                nl
                ? "Je meldde \(who) af op \(when). Voor ruil- en inhaaluren moet dat meer dan \(hours) uur vóór de "
                    + "start van de opvang (\(start)), dus \(phrase) (\(cite))."
                : "You reported \(who) absent on \(when). To earn swap hours this must be more than \(hours) hours "
                    + "before the care starts (\(start)), so \(phrase) (\(cite))."
            let verdict =
                switch (nl, isInTime) {
                case (true, true): "Je afmelding was op tijd."
                case (true, false):
                    "Je afmelding was te laat, dus deze dag levert geen ruil- en inhaaluren op."
                case (false, true): "Your report was in time."
                case (false, false): "Your report was too late, so this day does not earn swap hours."
                }
            return report + " " + verdict
        case .minutes(let minutes) where minutes > 0:
            return nl
                ? "De \(minutes) opvangminuten van die dag worden omgezet in ruil- en inhaaluren."
                : "The \(minutes) minutes of care of that day are converted into swap hours."
        case .minutes:
            return nl ? "Je krijgt 0 minuten." : "You get 0 minutes."
        case .withdrawn(let date, let minutes, let citation):
            let when = date.spelledOut(in: language)
            let cite = citation.rendered(in: language)
            if minutes > 0 {
                return nl
                    ? "Je trok de afmelding voor \(when) in vóór de start van de opvang. De \(minutes) minuten die die "
                        + "dag opleverde, gaan terug naar die dag: je kind komt gewoon (\(cite))."
                    : "You withdrew the absence for \(when) before the care started. The \(minutes) minutes that day "
                        + "earned go back to the day: your child comes after all (\(cite))."
            }
            return nl
                ? "Je trok de afmelding voor \(when) in. Die afmelding leverde geen ruil- en inhaaluren op, dus er "
                    + "verandert niets aan je saldo (\(cite))."
                : "You withdrew the absence for \(when). It had earned no swap hours, so your balance does not "
                    + "change (\(cite))."
        case .refused(let reason, let channel, let deadline, let citations):
            return Self.refusal(
                reason, channel: channel, deadline: deadline?.phrase(in: language) ?? "",
                cite: citations.rendered(in: language), in: language)
        }
    }

    /// Why a report earns nothing although it may have been in time.
    private static func refusal(
        _ reason: AbsenceReason, channel: Channel, deadline: String, cite: String, in language: Language
    ) -> String {
        let nl = language == .nl
        switch reason {
        case .enteredByStaff:
            return nl
                ? "De afmelding is door een medewerker ingevoerd. Alleen als je zelf in de ouderapp afmeldt, "
                    + "\(deadline), krijg je ruil- en inhaaluren; nu krijg je 0 minuten (\(cite))."
                : "The absence was entered by a staff member. Only a report you make yourself in the parent app, "
                    + "\(deadline), earns swap hours; this one earns 0 minutes (\(cite))."
        case .notInApp:
            return nl
                ? "De afmelding kwam via \(channel.name(in: .nl)). Alleen een afmelding in de ouderapp, "
                    + "\(deadline), levert ruil- en inhaaluren op; nu krijg je 0 minuten (\(cite))."
                : "The absence came by \(channel.name(in: .en)). Only a report in the parent app, \(deadline), "
                    + "earns swap hours; this one earns 0 minutes (\(cite))."
        case .appVersionCannotRequest:
            return nl
                ? "De afmelding kwam uit versie 2 van de ouderapp, waarmee je geen aanvragen of wijzigingen kunt "
                    + "doen. Alleen een gebruiker met versie 1 (de contractouder, of de andere ouder met versie 1) kan "
                    + "afmelden voor ruil- en inhaaluren, \(deadline); deze afmelding levert 0 minuten op (\(cite))."
                : "The absence came from version 2 of the parent app, which cannot make requests or changes. Only "
                    + "a version 1 user (the contract parent, or the other parent with version 1) can report an "
                    + "absence for swap hours, \(deadline); this one earns 0 minutes (\(cite))."
        case .earned, .tooLate, .notACareDay, .closureDayAnnouncedLate:
            return nl ? "Geen opvangdag." : "Not a care day."
        }
    }
}

extension ExplanationTemplate where Self == AbsenceExplanation {
    /// `template`, so that a rule writes `Explanation(.absence(.report(…)))`.
    static func absence(_ template: AbsenceExplanation) -> AbsenceExplanation { template }
}
