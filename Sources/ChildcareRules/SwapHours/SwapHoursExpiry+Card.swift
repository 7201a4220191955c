// The rule card of `expiry`: its quoted clauses, reading and worked examples for the rulebook.

extension SwapHoursCards {
    static let expiry = RuleCard(
        id: SwapHoursExpiry.rule,
        title: Explanation(
            nl: "Ruil- en inhaaluren vervallen op 31 december of bij het einde van de overeenkomst",
            en: "Swap hours lapse on 31 December or when the contract ends"),
        clauseKeys: ["TSO art. 5 lid 5", "TSO art. 5 (extra opvang) lid 3"],
        reading: """
            Hours earned on a day are usable up to and including 31 December of that calendar year, or the \
            contract's end date when that is earlier; on the expiry date itself they are still usable, the \
            next day they have lapsed without a refund in money or care. What counts is the day of the \
            request for extra care, not the day of the care: hours count as used once the request is \
            approved (extra opvang lid 3), so a request made on or before the expiry date holds them, also \
            for care after it (approved on 15 December for a day in January), and held hours do not lapse \
            while the provider decides. Care after the contract's end never draws hours.
            """,
        interpretations: ["I-105"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            let cases: [(String, String?, String, String?)] = [
                ("2026-03-16", nil, "2026-12-31", nil), ("2026-03-16", nil, "2027-01-01", nil),
                ("2026-03-16", nil, "2027-01-13", "2026-12-15"),
                ("2026-03-16", "2026-06-30", "2026-06-30", nil),
                ("2026-03-16", "2026-06-30", "2026-07-01", nil),
                ("2026-03-16", "2026-06-30", "2026-07-01", "2026-06-20"),
                ("2026-12-31", "2027-07-31", "2027-01-01", nil),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (earned, end, care, requested) in cases {
                let decision = try SwapHoursExpiry.decide(
                    earnedFor: try CardFixtures.date(earned), contract: try CardFixtures.contract(end: end),
                    careOn: try CardFixtures.date(care), requestedOn: try requested.map(CardFixtures.date))
                keys += decision.citedKeys
                rows.append([
                    earned, end ?? "open-ended", decision.outcome.expiry.description, care, requested ?? care,
                    CardFixtures.yesNo(decision.outcome.isUsable),
                ])
            }
            return [
                ExampleTable(
                    caption: "Expiry on 31 December versus the contract's end",
                    headers: [
                        "hours earned for", "contract ends", "usable up to and including", "care on",
                        "requested on", "usable",
                    ],
                    rows: rows, citedKeys: keys),
                try requestDateTable(),
            ]
        })
}
