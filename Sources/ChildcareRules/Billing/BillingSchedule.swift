/// The billing schedule of the annual amount, TSO terms art. 6 lid 1.
///
/// > "Het contractueel overeengekomen jaarbedrag voor opvang (tso) wordt vooraf per maand in gelijke
/// > bedragen over 10 kalendermaanden gefactureerd en is ook vooraf verschuldigd. In juli en augustus
/// > wordt er niet gefactureerd."
///
/// **Rounding (I-209).** The annual amount is split into ten instalments, September to June. Each is
/// the annual amount divided by ten, rounded down to the cent; the `r` cents left over (the annual
/// amount modulo 10) are added one each to the **last** `r` months, so the parent pays them as late as
/// possible. The instalments differ by at most one cent and add up exactly to the annual amount.
///
/// | annual | Sep–Nov | Dec–Jun |
/// |---|---|---|
/// | 123 457 cents | 12 345 | 12 346 |
///
/// **A contract that starts or ends during the school year (I-210).** An instalment is due for a
/// billing month only when the contract is in force on the **first day** of that month, the day the
/// instalment is owed in advance. A contract starting on 15 November is first billed for December; a
/// contract ending on 14 February is billed for February (owed in advance on 1 February, and not
/// refunded, art. 6 lid 5) and not for March. Each month billed costs the same instalment as in the
/// full-year schedule.
public enum BillingSchedule {
    /// The rule's identifier.
    public static let rule: RuleID = "billing.schedule"

    /// The number of instalments in a school year: ``TSOParameters/instalments`` of the TSO terms of
    /// 1 August 2024 (10).
    public static var instalmentCount: Int { TSOParameters.edition2024.instalments.value }

    /// The billing months of `schoolYear`: every month but those of
    /// ``TSOParameters/monthsWithoutInvoice`` (July and August in the TSO terms of 1 August 2024, which leaves
    /// September to June).
    public static func billingMonths(
        of schoolYear: SchoolYear, parameters: TSOParameters = .edition2024
    ) -> [YearMonth] {
        let skipped = parameters.monthsWithoutInvoice.value
        return schoolYear.months.filter { !skipped.contains($0.month) }
    }

    /// The instalments of `annual` for a full school year under `parameters`: ten, September to June, in
    /// the 2024 edition.
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for a negative amount, or for parameters whose
    ///   number of instalments is not the number of months billed.
    public static func instalments(
        annual: Money, schoolYear: SchoolYear, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> [Instalment] {
        guard annual.cents >= 0 else {
            throw RulesError(
                code: .invalidArgument, value: "annual amount \(annual.cents) cents",
                context: "an annual amount cannot be negative")
        }
        let months = billingMonths(of: schoolYear, parameters: parameters)
        let count = parameters.instalments.value
        guard count > 0, count == months.count else {
            throw RulesError(
                code: .invalidArgument, value: "\(count) instalments",
                context: "the edition \(parameters.edition.label.en) bills \(months.count) months a year")
        }
        let base = annual.cents / count  // rounded down: integer division of a non-negative amount
        let remainder = annual.cents % count
        return months.enumerated().map { index, month in
            let extra = index >= months.count - remainder ? 1 : 0
            return Instalment(month: month, amount: Money(cents: base + extra))
        }
    }

    /// The instalments of `annual` due for the part of `schoolYear` that `coverage` covers: those of the
    /// billing months whose first day falls in `coverage` (I-210).
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for a negative amount.
    public static func instalments(
        annual: Money, schoolYear: SchoolYear, covering coverage: DateRange,
        parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> [Instalment] {
        try instalments(annual: annual, schoolYear: schoolYear, parameters: parameters).filter {
            coverage.contains($0.month.firstDay)
        }
    }

    /// The instalments due under `contract` in `schoolYear`: the billing months on whose first day the
    /// contract is in force (I-210).
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for a negative amount.
    public static func instalments(
        for contract: Contract, schoolYear: SchoolYear, parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> [Instalment] {
        try instalments(annual: contract.annualAmount, schoolYear: schoolYear, parameters: parameters).filter
        {
            contract.covers($0.month.firstDay)
        }
    }

    /// The instalments of `annual` owed for the days from `first` through `last`, over every school
    /// year they touch (I-210). Used for what a cancellation still costs (art. 3).
    ///
    /// - Throws: ``RulesError`` for a negative amount or dates outside the supported years.
    public static func instalments(
        annual: Money, from first: LocalDate, through last: LocalDate,
        parameters: TSOParameters = .edition2024
    ) throws(RulesError) -> [Instalment] {
        guard first <= last else { return [] }
        let coverage = try RulesError.calendar { () throws(CalendarError) in
            try DateRange(first: first, last: last)
        }
        var result: [Instalment] = []
        var year = SchoolYear(containing: first)
        while year.firstDay <= last {
            result += try instalments(
                annual: annual, schoolYear: year, covering: coverage, parameters: parameters)
            guard let next = year.next else { break }
            year = next
        }
        return result
    }

    /// The instalments due under `contract` in `schoolYear`, explained: the full-year schedule, limited to
    /// the billing months on whose first day the contract is in force (I-210). For a KDV, BSO or VSO
    /// contract the TSO terms are cited by analogy (``Decision/byAnalogy(for:)``). `parameters` are the
    /// numbers of the edition that applies; `nil` for the edition in force on the school year's first day.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a school year before 2024/2025, or a negative amount.
    public static func decide(
        for contract: Contract, schoolYear: SchoolYear, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<[Instalment]> {
        try decided(for: contract, schoolYear: schoolYear, parameters: parameters).byAnalogy(
            for: contract.service)
    }

    private static func decided(
        for contract: Contract, schoolYear: SchoolYear, parameters: TSOParameters?
    ) throws(RulesError) -> Decision<[Instalment]> {
        let parameters = try TSOParameters.given(parameters, on: schoolYear.firstDay)
        let full = try decide(annual: contract.annualAmount, schoolYear: schoolYear, parameters: parameters)
        let billed = try instalments(for: contract, schoolYear: schoolYear, parameters: parameters)
        guard billed.count < full.outcome.count else { return full }
        let billedMonths = Set(billed.map { $0.month })
        let deadlines = full.deadlines.filter { billedMonths.contains(YearMonth($0.moment.local.date)) }
        let citation = full.citations[0]
        let noRefund = parameters.edition.cite("6", lid: 5)
        let ends = contract.endDate.map { " t/m \($0.spelledOutInFull(.nl))" } ?? ""
        let endsEn = contract.endDate.map { " to \($0.spelledOutInFull(.en))" } ?? ""
        let note = Explanation(
            nl:
                "Je overeenkomst loopt van \(contract.startDate.spelledOutInFull(.nl))\(ends). Een maandbedrag is vooraf "
                + "verschuldigd op de eerste van de maand, dus je betaalt alleen de maanden waarop je overeenkomst op "
                + "de eerste dag loopt: \(billed.count) maanden, samen \(billed.total.formatted(in: .nl)) "
                + "(\(citation.dutchCitation)).",
            en:
                "Your contract runs from \(contract.startDate.spelledOutInFull(.en))\(endsEn). An instalment is owed in advance on "
                + "the first of the month, so you pay only the months on whose first day your contract is in force: "
                + "\(billed.count) months, together \(billed.total.formatted(in: .en)) (\(citation.englishCitation))."
        )
        guard contract.endDate != nil else {
            return Decision(
                rule: rule, outcome: billed, deadlines: deadlines, citations: full.citations,
                explanation: full.explanation.followed(by: note))
        }
        let refund = Explanation(
            nl: "Een maand die al begonnen was, wordt niet terugbetaald (\(noRefund.dutchCitation)).",
            en: "A month that had already begun is not refunded (\(noRefund.englishCitation)).")
        return Decision(
            rule: rule, outcome: billed, deadlines: deadlines, citations: full.citations + [noRefund],
            explanation: full.explanation.followed(by: note).followed(by: refund))
    }

    /// The kind of deadline of an instalment: the first day of its month, when it is owed in advance.
    public static let deadlineKind = Deadline.Kind(
        key: "instalmentDue", nl: "maandbedrag verschuldigd", en: "instalment due")

    /// The schedule of `annual` for `schoolYear`, explained. `parameters` are the numbers of the edition
    /// that applies; `nil` for the edition in force on the school year's first day.
    ///
    /// - Throws: ``RulesError``: `beforeFirstEdition` for a school year before 2024/2025, or a negative amount.
    public static func decide(
        annual: Money, schoolYear: SchoolYear, parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<[Instalment]> {
        let parameters = try TSOParameters.given(parameters, on: schoolYear.firstDay)
        let instalments = try instalments(annual: annual, schoolYear: schoolYear, parameters: parameters)
        let citation = parameters.instalments.citation
        let deadlines = try instalments.map { (instalment) throws(RulesError) in
            try Deadline.onDate(instalment.month.firstDay, kind: deadlineKind)
        }
        let count = parameters.instalments.value
        let base = Money(cents: annual.cents / count)
        let remainder = annual.cents % count
        let months = billingMonths(of: schoolYear, parameters: parameters)
        func name(_ month: Int, _ language: Language) -> String {
            LocalDate(unchecked: 2028, month, 1).monthName(in: language)
        }
        func skipped(_ language: Language) -> String {
            let names = parameters.monthsWithoutInvoice.value.map { name($0, language) }
            guard let last = names.last else { return "" }
            let and = language == .nl ? " en " : " and "
            return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + and + last
        }
        guard let first = months.first?.month, let last = months.last?.month else {
            throw RulesError(
                code: .invalidArgument, value: "\(count) instalments", context: "no month is billed")
        }
        let skippedEn = skipped(.en)
        let notBilledEn = parameters.monthsWithoutInvoice.value.count == 1 ? "is" : "are"
        var explanation = Explanation(
            nl: "Het jaarbedrag van \(annual.formatted(in: .nl)) voor schooljaar \(schoolYear) wordt vooraf "
                + "gefactureerd in \(count) gelijke maandbedragen van \(name(first, .nl)) tot en met "
                + "\(name(last, .nl)); in \(skipped(.nl)) wordt niet gefactureerd (\(citation.rendered(in: .nl))). "
                + "Elk maandbedrag is \(base.formatted(in: .nl)).",
            en:
                "The annual amount of \(annual.formatted(in: .en)) for school year \(schoolYear) is billed in "
                + "advance in \(count) equal monthly instalments from \(name(first, .en)) to \(name(last, .en)); "
                + "\(skippedEn) \(notBilledEn) not billed (\(citation.rendered(in: .en))). Each instalment is "
                + "\(base.formatted(in: .en)).")
        if remainder > 0 {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Het bedrag is niet precies door \(count) te delen: de laatste \(remainder) maanden zijn één cent "
                        + "hoger, zodat je die centen zo laat mogelijk betaalt.",
                    en:
                        "The amount does not divide exactly by \(count): the last \(remainder) months are one cent "
                        + "higher, so you pay those cents as late as possible."))
        }
        return Decision(
            rule: rule, outcome: instalments, deadlines: deadlines, citations: [citation],
            explanation: explanation)
    }
}
