/// The invoice line for extra care paid by invoice (TSO terms art. 5, extra opvang lid 4).
///
/// > "Beschik je op het moment van aanvraag niet over (voldoende) ruil- en inhaaluren, dan ontvang je in
/// > de desbetreffende maand een factuur voor extra opvang. Voor het afnemen van extra opvang rekenen we
/// > hetzelfde tarief als in je overeenkomst staat."
///
/// The amount is minutes × hourly rate / 60, **rounded down** to the cent, line by line (I-211): rounding
/// each line down never charges more than rounding the month's total once.
///
/// | minutes | hourly rate | exact | line |
/// |---|---|---|---|
/// | 60 | 850 cents | 850 | 850 |
/// | 45 | 850 cents | 637.5 | 637 |
/// | 1 | 1 cent | 0.0167 | 0 |
public struct ExtraCareLine: Sendable, Hashable {
    /// The date of the extra care.
    public let careDate: LocalDate
    /// The minutes of extra care invoiced.
    public let minutes: Int
    /// The contract's hourly rate.
    public let hourlyRate: Money
    /// The amount: minutes × rate / 60, rounded down to the cent.
    public let amount: Money

    /// The month whose invoice carries the line: the month of the care.
    public var month: YearMonth { YearMonth(careDate) }

    /// The rule's identifier.
    public static let rule: RuleID = "billing.extraCare"

    /// The invoice line for `minutes` of extra care on `careDate` at `hourlyRate`.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for minutes below 1, a negative rate, or an
    ///   amount too large to represent.
    public init(minutes: Int, hourlyRate: Money, careDate: LocalDate) throws(RulesError) {
        guard minutes > 0 else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes",
                context: "extra care lasts at least one minute")
        }
        guard hourlyRate.cents >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "hourly rate \(hourlyRate.cents) cents",
                context: "a rate cannot be negative")
        }
        let (product, overflow) = minutes.multipliedReportingOverflow(by: hourlyRate.cents)
        guard !overflow else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes at \(hourlyRate.cents) cents an hour",
                context: "the amount is too large")
        }
        self.careDate = careDate
        self.minutes = minutes
        self.hourlyRate = hourlyRate
        amount = Money(cents: product / 60)  // rounded down: integer division of a non-negative product
    }

    /// The invoice line, explained.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for care before 1 August 2024, or an invalid argument.
    public static func decide(
        minutes: Int, hourlyRate: Money, careDate: LocalDate
    ) throws(RulesError) -> Decision<ExtraCareLine> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: careDate)
        let line = try ExtraCareLine(minutes: minutes, hourlyRate: hourlyRate, careDate: careDate)
        let citation = edition.cite("5", section: "Extra opvang", lid: 4)
        let exact = minutes * hourlyRate.cents % 60 == 0
        var explanation = Explanation(
            nl:
                "Extra opvang op \(careDate.spelledOut(in: .nl)): \(minutes) minuten tegen het uurtarief van je "
                + "overeenkomst (\(hourlyRate.formatted(in: .nl)) per uur) is \(line.amount.formatted(in: .nl)), "
                + "op de factuur van \(careDate.monthName(in: .nl)) \(careDate.year) "
                + "(\(citation.rendered(in: .nl))).",
            en:
                "Extra care on \(careDate.spelledOut(in: .en)): \(minutes) minutes at your contract's hourly rate "
                + "(\(hourlyRate.formatted(in: .en)) an hour) is \(line.amount.formatted(in: .en)), on the "
                + "invoice for \(careDate.monthName(in: .en)) \(careDate.year) (\(citation.rendered(in: .en)))."
        )
        if !exact {
            explanation = explanation.followed(
                by: Explanation(
                    nl: "Het bedrag is naar beneden afgerond op hele centen, in je voordeel.",
                    en: "The amount is rounded down to whole cents, in your favour."))
        }
        return Decision(
            rule: rule, outcome: line, deadlines: [], citations: [citation], explanation: explanation)
    }
}

#if !hasFeature(Embedded)
    extension ExtraCareLine: Codable {}
#endif
