/// Mandatory law over a price rise soon after signing: art. 6:236 sub i BW (I-232).
///
/// > TSO terms art. 7: "Periodiek herzien wij de tarieven voor onze producten en/of dienstverlening […]
/// > Wij kondigen een dergelijke prijswijziging van te voren aan."
///
/// Art. 6:236 sub i BW holds unreasonably onerous, in a consumer contract, a general term that lets the
/// provider stipulate a price increase within three months after the contract was concluded, unless the
/// consumer may then dissolve the contract. Art. 7 lets Partou revise its prices at any time, and the
/// terms give the parent no right to dissolve the contract over a price rise: the parent can only
/// terminate it with a month's notice (art. 8 lid 1), which is not dissolution. So a price **increase**
/// that falls within three months of signing does not bind the parent, and the price agreed at signing
/// stays. A decrease, or an increase outside the window, is decided by art. 7 alone.
///
/// The window ends three calendar months after the day of signing, counted with ``MonthRounding/up``
/// (31 January + 3 months is 1 May, the reading of I-003 that gives the parent the longer period), and
/// includes its last day. Which date must fall inside it is switchable (``Reading/priceIncreaseWindow``):
/// the day Partou announced the increase (chosen), or the day the new price would take effect.
///
/// | signed | announced | new price from | void (announced) | void (takes-effect) |
/// |---|---|---|---|---|
/// | 2026-01-15 | 2026-03-01 | 2026-05-01 | yes | no |
/// | 2026-01-15 | 2026-02-01 | 2026-03-08 | yes | yes |
/// | 2026-01-15 | 2026-04-16 | 2026-06-01 | no | no |
package enum PriceIncreaseRule {
    /// The check's identifier, as its rule card carries it.
    package static let rule: RuleID = "statute.priceIncrease"

    /// The statute, cited: art. 6:236 sub i BW.
    package static var citation: Citation { TermsEdition.civilCode.cite("6:236", sub: "i") }

    /// The length of the statute's window, in calendar months (a number of the statute, not of the terms).
    static let windowMonths = 3

    /// What the statute says, in English (a summary, not the statute's words).
    package static let summary = """
        A general term of a consumer contract is unreasonably onerous if it lets the provider stipulate a \
        price increase within three months after the contract was concluded, unless the consumer may then \
        dissolve the contract.
        """

    /// The last day of the window: `signedOn` + three calendar months, rounded up.
    ///
    /// - Throws: ``RulesError`` for a date the calendar cannot reach.
    package static func windowLastDay(signedOn: LocalDate) throws(RulesError) -> LocalDate {
        try RulesError.calendar { () throws(CalendarError) in
            try signedOn.adding(months: windowMonths, rounding: .up)
        }
    }

    /// Whether an increase announced on `announcedOn` that would take effect on `effectiveDate` falls
    /// inside the statute's window, which ends on `last` (``windowLastDay(signedOn:)``), under the reading
    /// `readings` choose.
    package static func voids(
        windowLastDay last: LocalDate, announcedOn: LocalDate, effectiveDate: LocalDate, readings: Readings
    ) -> Bool {
        let date = readings.choice(.priceIncreaseWindow) == "takes-effect" ? effectiveDate : announcedOn
        return date <= last
    }

    /// The sentence that says why the increase does not bind the parent.
    package static func explanation(signedOn: LocalDate, windowLastDay last: LocalDate) -> Explanation {
        let law = citation
        return Explanation(
            nl:
                "Je tekende de overeenkomst op \(signedOn.spelledOutInFull(.nl)). Een prijsverhoging binnen drie "
                + "maanden daarna (tot en met \(last.spelledOutInFull(.nl))) hoeft je niet te accepteren, omdat de "
                + "voorwaarden je dan geen recht geven de overeenkomst te ontbinden (\(law.dutchCitation)). Je "
                + "betaalt de prijs die gold toen je tekende.",
            en: "You signed the contract on \(signedOn.spelledOutInFull(.en)). A price increase within three "
                + "months of that (up to and including \(last.spelledOutInFull(.en))) does not bind you, because "
                + "the terms then give you no right to dissolve the contract (\(law.englishCitation)). You pay "
                + "the price that applied when you signed.")
    }
}
