// The rule card of `providerWithdrawal`: its quoted clauses, reading and worked examples for the rulebook.

extension ExtraCareCards {
    static let providerWithdrawal = RuleCard(
        id: ExtraCareCancellationRule.withdrawalRule,
        title: Explanation(
            nl: "Partou trekt bevestigde extra opvang in", en: "Partou withdraws confirmed extra care"),
        clauseKeys: ["TSO art. 5 (extra opvang) lid 5", "TSO art. 5 (extra opvang) lid 3"],
        reading: """
            Confirmed extra care is certain (lid 5). If Partou withdraws it anyway, the decision is flagged as \
            contrary to lid 5, every hour used comes back and the invoiced minutes are cancelled.
            """,
        interpretations: ["I-109"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (hours, invoiced) in [(60, 0), (30, 30), (0, 60)] {
                let decision = try ExtraCareCancellationRule.withdrawnByProvider(
                    careStart: try CardFixtures.dateTime("2026-03-16T12:00"),
                    withdrawn: try CardFixtures.dateTime("2026-03-16T09:00"), hoursMinutes: hours,
                    invoicedMinutes: invoiced)
                keys += decision.citedKeys
                rows.append([
                    "\(hours)", "\(invoiced)", CardFixtures.yesNo(decision.outcome.contraryToLid5),
                    "\(decision.outcome.minutesBack)", "\(decision.outcome.invoiceCancelledMinutes)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Confirmed care on 2026-03-16 at 12:00 withdrawn by Partou at 09:00",
                    headers: [
                        "hours used", "minutes invoiced", "contrary to lid 5", "hours back",
                        "invoiced minutes cancelled",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
