/// One month's invoice: the instalment, the extra care of that month, and, without a direct-debit
/// mandate, an administration fee (TSO terms art. 6 lid 1 to 4; art. 5, extra opvang lid 4).
///
/// > art. 6 lid 4: "Wil je geen gebruik maken van automatische incasso voor het incasseren van je reguliere
/// > maandelijkse factuur voor opvang, dan behouden wij ons het recht voor om per digitale factuur
/// > administratiekosten in rekening te brengen."
///
/// The terms fix no amount, so the fee is a parameter. It is charged **at most once per month**, only
/// when the parent has no direct-debit mandate, and never on a month with nothing else to invoice
/// (I-212): extra care is put on the month's invoice rather than on an invoice of its own.
public struct MonthlyInvoice: Sendable, Hashable {
    /// The month invoiced.
    public let month: YearMonth
    /// The instalment of the annual amount, if the month is billed.
    public let instalment: Instalment?
    /// The extra care of the month.
    public let extraCare: [ExtraCareLine]
    /// The administration fee charged, zero with a direct-debit mandate.
    public let administrationFee: Money

    /// The invoice total.
    public var total: Money {
        (instalment?.amount ?? .zero) + extraCare.reduce(Money.zero) { $0 + $1.amount } + administrationFee
    }

    /// The rule's identifier.
    public static let rule: RuleID = "billing.monthlyInvoice"

    /// Composes the invoice of `month`.
    ///
    /// - Parameters:
    ///   - month: the month invoiced.
    ///   - instalment: the month's instalment, if billed; it must be for `month`.
    ///   - extraCare: extra care lines; each must be for care in `month`.
    ///   - hasDirectDebitMandate: whether the parent gave a SEPA mandate (art. 6 lid 3).
    ///   - administrationFee: the fee per invoice without a mandate; the terms do not fix it.
    /// - Returns: the invoice, or `nil` when there is nothing to invoice.
    /// - Throws: ``RulesError`` with code `invalidArgument` for a line of another month or a negative fee.
    public static func compose(
        month: YearMonth, instalment: Instalment?, extraCare: [ExtraCareLine], hasDirectDebitMandate: Bool,
        administrationFee: Money
    ) throws(RulesError) -> MonthlyInvoice? {
        if let instalment, instalment.month != month {
            throw RulesError(
                code: .invalidArgument, value: "instalment of \(instalment.month)",
                context: "the invoice is for \(month)")
        }
        if let line = extraCare.first(where: { $0.month != month }) {
            throw RulesError(
                code: .invalidArgument, value: "extra care on \(line.careDate)",
                context: "extra care goes on the invoice of its own month, not \(month)")
        }
        guard administrationFee.cents >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "administration fee \(administrationFee.cents) cents",
                context: "a fee cannot be negative")
        }
        guard instalment != nil || !extraCare.isEmpty else { return nil }
        return MonthlyInvoice(
            month: month, instalment: instalment, extraCare: extraCare.sorted { $0.careDate < $1.careDate },
            administrationFee: hasDirectDebitMandate ? .zero : administrationFee)
    }

    private init(
        month: YearMonth, instalment: Instalment?, extraCare: [ExtraCareLine], administrationFee: Money
    ) {
        self.month = month
        self.instalment = instalment
        self.extraCare = extraCare
        self.administrationFee = administrationFee
    }

    /// The invoices of `contract` for `schoolYear`: one for each month with an instalment or extra care.
    /// For a KDV, BSO or VSO contract the TSO terms are cited by analogy (``Decision/byAnalogy(for:)``).
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a school year before 2024/2025, or an invalid argument.
    public static func invoices(
        for contract: Contract, schoolYear: SchoolYear, extraCare: [ExtraCareLine], administrationFee: Money
    ) throws(RulesError) -> Decision<[MonthlyInvoice]> {
        try composedInvoices(
            for: contract, schoolYear: schoolYear, extraCare: extraCare, administrationFee: administrationFee
        ).byAnalogy(for: contract.service)
    }

    private static func composedInvoices(
        for contract: Contract, schoolYear: SchoolYear, extraCare: [ExtraCareLine], administrationFee: Money
    ) throws(RulesError) -> Decision<[MonthlyInvoice]> {
        let edition = try TermsEdition.inForce(.tsoTerms, on: schoolYear.firstDay)
        let instalments = try BillingSchedule.instalments(for: contract, schoolYear: schoolYear)
        var invoices: [MonthlyInvoice] = []
        for month in schoolYear.months {
            let invoice = try compose(
                month: month, instalment: instalments.first { $0.month == month },
                extraCare: extraCare.filter { $0.month == month },
                hasDirectDebitMandate: contract.hasDirectDebitMandate,
                administrationFee: administrationFee)
            if let invoice { invoices.append(invoice) }
        }
        let citations = [
            edition.cite("6", lid: 1), edition.cite("6", lid: 4),
            edition.cite("5", section: "Extra opvang", lid: 4),
        ]
        let total = invoices.reduce(Money.zero) { $0 + $1.total }
        var explanation = Explanation(
            nl: "Voor schooljaar \(schoolYear) ontvang je \(invoices.count) facturen, samen "
                + "\(total.formatted(in: .nl)): het maandbedrag van elke maand waarop je overeenkomst op de eerste "
                + "dag loopt, en extra opvang op de factuur van de maand van de opvang "
                + "(\(citations[0].rendered(in: .nl)); \(citations[2].rendered(in: .nl))).",
            en: "For school year \(schoolYear) you receive \(invoices.count) invoices, together "
                + "\(total.formatted(in: .en)): the instalment of each month on whose first day your contract is in "
                + "force, and extra care on the invoice of the month of the care "
                + "(\(citations[0].rendered(in: .en)); \(citations[2].rendered(in: .en))).")
        if !contract.hasDirectDebitMandate && administrationFee.cents > 0 {
            explanation = explanation.followed(
                by: Explanation(
                    nl: "Je betaalt niet via automatische incasso, dus per factuur komen er "
                        + "\(administrationFee.formatted(in: .nl)) administratiekosten bij "
                        + "(\(citations[1].rendered(in: .nl))).",
                    en: "You do not pay by direct debit, so each invoice adds an administration fee of "
                        + "\(administrationFee.formatted(in: .en)) (\(citations[1].rendered(in: .en)))."))
        }
        return Decision(
            rule: rule, outcome: invoices, deadlines: [], citations: citations, explanation: explanation)
    }
}

#if !hasFeature(Embedded)
    extension MonthlyInvoice: Codable {}
#endif
