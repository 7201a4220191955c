/// The cap on Partou's liability for the parent app, App terms art. 11.
///
/// > "Mocht er toch sprake zijn van eventuele aansprakelijkheid van Partou, dan is deze per gebeurtenis
/// > (waarbij een samenhangende reeks gebeurtenissen als één gebeurtenis geldt) beperkt tot de totaal door
/// > gebruiker in de betreffende maand waarin de gebeurtenis zich heeft voorgedaan aan Partou betaalde
/// > vergoeding voor kinderopvang met een maximum van Euro 500,- exclusief BTW."
///
/// Whether Partou is liable at all, and whether a cap like this holds against the parent (art. 6:237 sub f
/// BW presumes a clause that limits liability unreasonably onerous), is for a court. What a library can do
/// is the computation: the childcare fee the user paid in the month of the event, at most € 500. Childcare
/// is exempt from VAT, so the fee paid is compared with the € 500 as it is (I-317). A connected series of
/// events is one event: the caller says which month it fell in and what was paid then.
public enum LiabilityCapRule {
    /// The rule's identifier.
    public static let rule: RuleID = "access.liabilityCap"

    /// The maximum, excluding VAT: € 500.
    public static var maximum: Money { Money(cents: AccessParameters.library.liabilityCap.value) }

    /// The cap on Partou's liability for an event on `date`, when the user paid `paidInMonth` for childcare
    /// in that month, explained.
    ///
    /// - Throws: ``RulesError``: `invalidArgument` for a negative amount; `beforeFirstEdition` for a date
    ///   before the app terms of 1 January 2024.
    public static func decide(
        paidInMonth: Money, eventOn date: LocalDate
    ) throws(RulesError) -> Decision<Money> {
        guard paidInMonth.cents >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "\(paidInMonth.cents) cents",
                context: "an amount paid cannot be negative")
        }
        let citation = try TermsEdition.inForce(.appTerms, on: date).cite("11")
        let cap = Money(cents: min(paidInMonth.cents, maximum.cents))
        let month = "\(date.monthName(in: .nl)) \(date.year)"
        let monthEn = "\(date.monthName(in: .en)) \(date.year)"
        let limited = paidInMonth.cents > maximum.cents
        let explanation = Explanation(
            nl:
                "Als Partou aansprakelijk is voor schade door het gebruik van de ouderapp, is die aansprakelijkheid "
                + "per gebeurtenis beperkt tot wat je in de maand van de gebeurtenis (\(month)) voor kinderopvang "
                + "betaalde, \(paidInMonth.formatted(in: .nl)), met een maximum van \(maximum.formatted(in: .nl)) "
                + "exclusief btw (\(citation.rendered(in: .nl))): "
                + (limited ? "het maximum geldt, " : "")
                + "ten hoogste \(cap.formatted(in: .nl)). Kinderopvang is vrijgesteld van btw. Of Partou "
                + "aansprakelijk is, en of deze beperking standhoudt, beslist de rechter.",
            en:
                "If Partou is liable for damage from using the parent app, that liability is limited per event to "
                + "what you paid for childcare in the month of the event (\(monthEn)), "
                + "\(paidInMonth.formatted(in: .en)), at most \(maximum.formatted(in: .en)) excluding VAT "
                + "(\(citation.rendered(in: .en))): " + (limited ? "the maximum applies, " : "")
                + "at most \(cap.formatted(in: .en)). Childcare is exempt from VAT. Whether Partou is liable, "
                + "and whether this limit holds, is for a court.")
        return Decision(
            rule: rule, outcome: cap, deadlines: [], citations: [citation], explanation: explanation)
    }
}
