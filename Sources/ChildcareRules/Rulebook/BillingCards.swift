// Rule cards for billing: the ten instalments, monthly invoices, refunds and invoiced extra care, and the
// care calendar that decides which days are care days.

enum BillingCards {
    static var all: [RuleCard] { [schedule, monthlyInvoice, extraCare, refund] }

    static let schedule = RuleCard(
        id: BillingSchedule.rule,
        title: Explanation(
            nl: "Het jaarbedrag in tien termijnen", en: "The annual amount in ten instalments"),
        clauseKeys: ["TSO art. 6 lid 1", "TSO art. 6 lid 5"],
        reading: """
            The annual amount is split into ten instalments, September to June, payable in advance on the \
            first of the month; nothing is billed in July and August. The amount is divided in whole cents: \
            every instalment is the amount divided by ten rounded down, and the remaining cents go one each \
            to the last months, so the instalments add up exactly. A contract is billed for the months on \
            whose first day it is in force; an early end refunds nothing (art. 6 lid 5).
            """,
        interpretations: ["I-209", "I-210"],
        tests: ["`Tests/ChildcareRulesTests/Billing/BillingScheduleTests.swift`"],
        examples: { () throws(RulesError) in
            let year = SchoolYear(containing: try CardFixtures.date("2025-09-01"))
            let full = try BillingSchedule.decide(annual: Money(cents: 123_457), schoolYear: year)
            let ending = try BillingSchedule.decide(
                for: try CardFixtures.contract(start: "2025-11-15", end: "2026-03-20"), schoolYear: year)
            let billed = Set(ending.outcome.map { $0.month })
            let rows = full.outcome.map { instalment in
                [
                    "\(instalment.month)", instalment.amount.formatted(in: .en),
                    billed.contains(instalment.month) ? instalment.amount.formatted(in: .en) : "—",
                ]
            }
            return [
                ExampleTable(
                    caption:
                        "EUR 1,234.57 (123457 cents) over school year 2025–2026; the last column is a contract from "
                        + "2025-11-15 to 2026-03-20",
                    headers: ["month", "full year", "contract 2025-11-15 to 2026-03-20"],
                    rows: rows + [
                        [
                            "total", full.outcome.total.formatted(in: .en),
                            ending.outcome.total.formatted(in: .en),
                        ]
                    ],
                    citedKeys: full.citedKeys + ending.citedKeys)
            ]
        })

    static let monthlyInvoice = RuleCard(
        id: MonthlyInvoice.rule,
        title: Explanation(nl: "De maandfactuur", en: "The monthly invoice"),
        clauseKeys: ["TSO art. 6 lid 1", "TSO art. 6 lid 4", "TSO art. 5 (extra opvang) lid 4"],
        reading: """
            Each month's invoice carries that month's instalment and the extra care of that month. Without a \
            direct-debit mandate Partou may charge an administration fee once per monthly invoice; the terms \
            state no amount, so the caller supplies it. With a mandate no fee is charged.
            """,
        interpretations: ["I-212"],
        tests: ["`Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift`"],
        examples: { () throws(RulesError) in
            let year = SchoolYear(containing: try CardFixtures.date("2025-09-01"))
            let extra = [
                try ExtraCareLine(
                    minutes: 45, hourlyRate: Money(cents: 850), careDate: try CardFixtures.date("2025-10-08"))
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for mandate in [true, false] {
                let decision = try MonthlyInvoice.invoices(
                    for: try CardFixtures.contract(directDebit: mandate), schoolYear: year, extraCare: extra,
                    administrationFee: Money(cents: 150))
                keys += decision.citedKeys
                for invoice in decision.outcome.prefix(3) {
                    rows.append([
                        CardFixtures.yesNo(mandate), "\(invoice.month)",
                        (invoice.instalment?.amount ?? .zero).formatted(in: .en),
                        invoice.extraCare.reduce(Money.zero) { $0 + $1.amount }.formatted(in: .en),
                        invoice.administrationFee.formatted(in: .en), invoice.total.formatted(in: .en),
                    ])
                }
            }
            return [
                ExampleTable(
                    caption:
                        "The first three invoices of 2025–2026, 45 minutes of extra care on 2025-10-08, a fee of EUR 1.50",
                    headers: ["direct debit", "month", "instalment", "extra care", "fee", "total"],
                    rows: rows,
                    citedKeys: keys)
            ]
        })

    static let extraCare = RuleCard(
        id: ExtraCareLine.rule,
        title: Explanation(nl: "Gefactureerde extra opvang", en: "Invoiced extra care"),
        clauseKeys: ["TSO art. 5 (extra opvang) lid 4"],
        reading: """
            Extra care not covered by swap hours is invoiced in the month of the care at the contract's hourly \
            rate: minutes × rate / 60, rounded down to the cent, line by line, so rounding never charges more.
            """,
        interpretations: ["I-108", "I-211"],
        tests: ["`Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (minutes, rate) in [(60, 850), (45, 850), (7, 850), (1, 999), (90, 1_037)] {
                let decision = try ExtraCareLine.decide(
                    minutes: minutes, hourlyRate: Money(cents: rate),
                    careDate: try CardFixtures.date("2026-03-18"))
                keys += decision.citedKeys
                rows.append([
                    "\(minutes)", Money(cents: rate).formatted(in: .en), "\(minutes * rate) / 60",
                    decision.outcome.amount.formatted(in: .en), "\(decision.outcome.month)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Extra care on 2026-03-18",
                    headers: [
                        "minutes", "hourly rate", "cents × minutes / 60", "invoiced (rounded down)",
                        "invoice month",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let refund = RuleCard(
        id: RefundRule.rule,
        title: Explanation(nl: "Geen restitutie", en: "No refunds"),
        clauseKeys: ["TSO art. 6 lid 5", "TSO art. 6 lid 6", "TSO art. 4 lid 4"],
        reading: """
            Unused hours after a change or termination, and care days on holidays or school closure days, are \
            not refunded. Force majeure excludes a refund only when Partou did everything it lawfully could \
            to prevent or end the situation; that judgement is Partou's input, and without it the terms do \
            not exclude a refund.
            """,
        interpretations: ["I-213"],
        tests: ["`Tests/ChildcareRulesTests/Billing/ExtraCareAndInvoiceTests.swift`"],
        examples: { () throws(RulesError) in
            let claims: [(RefundRule.Claim, String)] = [
                (.unusedHoursAfterChange, "unused hours after a change"),
                (.unusedHoursAfterTermination, "unused hours after termination"),
                (
                    .forceMajeure(partouDidEverythingPossible: true),
                    "force majeure, Partou did everything possible"
                ),
                (.forceMajeure(partouDidEverythingPossible: false), "force majeure, Partou did not"),
                (.holidayOrClosureDay, "a holiday or school closure day"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (claim, label) in claims {
                let decision = try RefundRule.decide(claim, on: try CardFixtures.date("2026-03-02"))
                keys += decision.citedKeys
                rows.append([
                    label, decision.outcome.rawValue,
                    decision.citations.map { $0.key }.joined(separator: "; "),
                ])
            }
            return [
                ExampleTable(
                    caption: "Refund claims", headers: ["claim", "outcome", "cited"], rows: rows,
                    citedKeys: keys)
            ]
        })
}

enum CareCalendarCards {
    static var all: [RuleCard] { [period] }

    static let period = RuleCard(
        id: CareCalendar.rule,
        title: Explanation(nl: "Opvangdagen in een periode", en: "Care days in a period"),
        clauseKeys: ["TSO art. 4 lid 2", "TSO art. 4 lid 3", "TSO art. 4 lid 4", "TSO art. 5 lid 1"],
        reading: """
            A day is a care day when the contract covers it, the weekly schedule has a session that weekday, \
            and it is neither a TSO holiday, a school closure day nor a school holiday (the school calendar \
            is the caller's input). Each care day carries its 96-hour deadline for an absence report.
            """,
        interpretations: ["I-001"],
        tests: ["`Tests/ChildcareRulesTests/CareCalendar/CarePeriodTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let school = try CardFixtures.school()
            var rows: [[String]] = []
            var keys: [String] = []
            for (first, last) in [("2026-04-23", "2026-04-28"), ("2026-10-08", "2026-10-20")] {
                let decision = try CareCalendar.decide(
                    from: try CardFixtures.date(first), through: try CardFixtures.date(last),
                    contract: contract,
                    school: school)
                keys += decision.citedKeys
                for day in decision.outcome.days {
                    switch day {
                    case .care(let care):
                        rows.append([
                            "\(care.date)", care.date.weekday.name(in: .en), "care, \(care.minutes) minutes",
                            care.deadline.description,
                        ])
                    case .noCare(let skipped):
                        let names = skipped.holidays.map { $0.nameEn }.joined(separator: ", ")
                        rows.append([
                            "\(skipped.date)", skipped.date.weekday.name(in: .en),
                            skipped.reason.name(in: .en) + (names.isEmpty ? "" : " (\(names))"), "—",
                        ])
                    }
                }
            }
            return [
                ExampleTable(
                    caption:
                        "Scheduled days of the example contract around Koningsdag 2026 and the autumn holiday "
                        + "(closure day 2026-10-09, holiday 17–25 October)",
                    headers: ["date", "weekday", "status", "report absence strictly before"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
