/// The explanation of a parent's termination that ends the contract, as data: each case holds what its text
/// names, and the text is written only when it is read (TSO terms art. 8 lid 1 and art. 6 lid 1 and 5).
enum ParentTerminationExplanation: ExplanationTemplate {
    /// When Partou received the termination (its form, or another written notice the law lets count),
    /// the notice period of `months` and the earliest "per" date it allows.
    case received(byStatute: Bool, on: LocalDate, months: Int, earliestPer: LocalDate, form: Citation)
    /// When the contract ends: the day the parent asked for against the notice period, an end that came
    /// earlier, or the end the notice gives; always with both days (I-202).
    case end(TerminationTerms, requestedPer: LocalDate?, earliestPer: LocalDate, contractEnd: LocalDate?)
    /// The instalments still due after receipt (I-210), and no refund for hours not used (art. 6 lid 5).
    case billing(stillDue: [Instalment], noRefund: Citation)

    /// The template's identifier.
    var id: String {
        switch self {
        case .received: "contracts.parentTermination.received"
        case .end: "contracts.parentTermination.end"
        case .billing: "contracts.parentTermination.billing"
        }
    }

    /// The text in `language`.
    func render(in language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .received(let byStatute, let receivedOn, let months, let earliestPer, let form):
            let received = receivedOn.spelledOutInFull(language)
            let period = NoticePeriod.monthsPhrase(months, in: language)
            let earliest = earliestPer.spelledOutInFull(language)
            let cite = form.rendered(in: language)
            return nl
                ? "Partou ontving je \(byStatute ? "opzegging" : "opzegformulier") op \(received). De opzegtermijn is "
                    + "\(period), dus de overeenkomst kan op zijn vroegst eindigen per \(earliest) (\(cite))."
                : "Partou received your termination \(byStatute ? "" : "form ")on \(received). The notice period is "
                    + "\(period), so the contract can end as of \(earliest) at the earliest (\(cite))."
        case .end(let terms, let requestedPer, let earliestPer, let contractEnd):
            let both = ContractEnd.phrase(
                lastDay: terms.endDate, firstDayWithoutContract: terms.firstDayWithoutContract, in: language)
            if let requested = requestedPer, requested < earliestPer {
                let asked = requested.spelledOutInFull(language)
                return nl
                    ? "Je vroeg om een einde per \(asked); dat is eerder dan de opzegtermijn toelaat: \(both)."
                    : "You asked for the contract to end as of \(asked); that is earlier than the notice period "
                        + "allows: \(both)."
            }
            if let contractEnd, contractEnd == terms.endDate,
                terms.firstDayWithoutContract < max(requestedPer ?? earliestPer, earliestPer)
            {
                let ended = contractEnd.spelledOutInFull(language)
                return nl
                    ? "Je overeenkomst eindigde al eerder, met als laatste dag \(ended); daar verandert je opzegging "
                        + "niets aan: \(both)."
                    : "Your contract already ended earlier, its last day being \(ended); your termination does not "
                        + "change that: \(both)."
            }
            if let requested = requestedPer, requested > earliestPer {
                let chosen = requested.spelledOutInFull(language)
                return nl
                    ? "Je koos zelf een latere datum, per \(chosen): \(both)."
                    : "You chose a later date yourself, as of \(chosen): \(both)."
            }
            return ContractEnd.sentence(
                lastDay: terms.endDate, firstDayWithoutContract: terms.firstDayWithoutContract, in: language)
        case .billing(let stillDue, let noRefund):
            let cite = noRefund.rendered(in: language)
            if nl {
                return
                    (stillDue.isEmpty
                    ? "Na ontvangst begint er geen nieuwe factuurmaand meer. "
                    : "Je betaalt nog het maandbedrag van \(stillDue.listedForExplanation(in: .nl)). ")
                    + "Gebruik je minder uren dan in je overeenkomst staan, dan krijg je voor al betaalde uren geen "
                    + "geld of opvang terug (\(cite))."
            }
            return
                (stillDue.isEmpty
                ? "No new billing month begins after receipt. "
                : "You still pay the instalment of \(stillDue.listedForExplanation(in: .en)). ")
                + "If you use fewer hours than your contract gives you, hours already paid for are not refunded "
                + "in money or care (\(cite))."
        }
    }
}
