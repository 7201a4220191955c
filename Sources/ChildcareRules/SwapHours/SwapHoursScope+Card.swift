// The rule card of `scope`: its quoted clauses, reading and worked examples for the rulebook.

extension SwapHoursCards {
    static let scope = RuleCard(
        id: SwapHoursScope.rule,
        title: Explanation(
            nl: "Ruil- en inhaaluren zijn kind- en dienstgebonden",
            en: "Swap hours belong to the child and the service"
        ),
        clauseKeys: ["TSO art. 5 lid 2", "TSO art. 5 lid 3", "TSO art. 5 lid 6"],
        reading: """
            Hours can be used only for the same child and the same service they were earned for; a move to \
            another location keeps them (lid 6), so the location plays no part.
            """,
        interpretations: [],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            let noor = LedgerAccount(child: "child-noor", service: .tso)
            let cases: [(LedgerAccount, String)] = [
                (noor, "Noor, tso (another location)"),
                (LedgerAccount(child: "child-sem", service: .tso), "Sem, tso"),
                (LedgerAccount(child: "child-noor", service: .bso), "Noor, bso"),
                (LedgerAccount(child: "child-sem", service: .bso), "Sem, bso"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (target, label) in cases {
                let decision = try SwapHoursScope.decide(
                    hoursOf: noor, forCareOf: target, on: try CardFixtures.date("2026-05-12"))
                keys += decision.citedKeys
                rows.append([
                    "Noor, tso", label, CardFixtures.yesNo(decision.outcome.isAllowed),
                    decision.citations.map { $0.key }.joined(separator: "; "),
                ])
            }
            return [
                ExampleTable(
                    caption: "Using Noor's tso hours on 2026-05-12",
                    headers: ["hours of", "for care of", "allowed", "cited"], rows: rows, citedKeys: keys)
            ]
        })
}
