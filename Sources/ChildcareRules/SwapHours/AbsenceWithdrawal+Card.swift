// The rule card of `absenceWithdrawal`: its quoted clauses, reading and worked examples for the rulebook.

extension SwapHoursCards {
    static let absenceWithdrawal = RuleCard(
        id: Engine.absenceWithdrawalRule,
        title: Explanation(
            nl: "Een afmelding intrekken voor de start van de opvang",
            en: "Withdrawing an absence before care starts"),
        clauseKeys: ["TSO art. 5 lid 1"],
        reading: """
            A parent who withdraws an absence report before the care starts gets the day back: the swap hours \
            the report earned are taken back from the ledger (I-104). A withdrawal of a report that earned \
            nothing changes nothing; after the start of care a withdrawal is refused.
            """,
        interpretations: ["I-104"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/AbsenceRuleTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let facts = try CaseFacts(contracts: [contract])
            let events = [
                TimedEvent(
                    id: "absent-mon", at: try CardFixtures.dateTime("2026-03-10T09:00"),
                    event: .absence(
                        contract: contract.id, date: try CardFixtures.date("2026-03-16"), channel: .app,
                        appVersion: nil)),
                TimedEvent(
                    id: "withdraw-mon", at: try CardFixtures.dateTime("2026-03-15T20:00"),
                    event: .absenceWithdrawn(contract: contract.id, date: try CardFixtures.date("2026-03-16"))
                ),
                TimedEvent(
                    id: "absent-thu", at: try CardFixtures.dateTime("2026-03-17T09:00"),
                    event: .absence(
                        contract: contract.id, date: try CardFixtures.date("2026-03-19"), channel: .app,
                        appVersion: nil)),
                TimedEvent(
                    id: "withdraw-thu", at: try CardFixtures.dateTime("2026-03-18T20:00"),
                    event: .absenceWithdrawn(contract: contract.id, date: try CardFixtures.date("2026-03-19"))
                ),
            ]
            let evaluation = try Engine.evaluate(facts, events: events)
            var rows: [[String]] = []
            var keys: [String] = []
            for (record, event) in zip(evaluation.decisions, events) {
                keys += record.citations.map { $0.key }
                rows.append([
                    "\(event.at)", "\(record.event)", "\(record.rule)", record.outcome.code,
                    "\(record.minutes)",
                    record.balance.map { "\($0.available)" } ?? "—",
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "Absences reported and withdrawn (care 12:00–13:00; the Thursday report came too late and earned nothing)",
                    headers: ["at", "event", "rule", "outcome", "minutes", "balance available"],
                    rows: rows, citedKeys: keys)
            ]
        })
}
