// The rule card of `lifecycle`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let lifecycle = RuleCard(
        id: ContractLifecycle.rule,
        title: Explanation(nl: "De looptijd van de overeenkomst", en: "The contract's lifecycle"),
        clauseKeys: ["TSO art. 4 lid 1"],
        reading: """
            A contract is signed, becomes active on its start date and runs for the school year (1 August to \
            31 July), renewed tacitly; a notice makes the end pending, and the contract ends the day after its \
            last day (the "per" date of the notice). Each event is decided by its own rule; the lifecycle records the state it leads to.
            """,
        interpretations: [],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ContractLifecycleTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let events: [ContractEvent] = [
                .dateReached(try CardFixtures.date("2025-09-01")),
                .parentTermination(
                    receivedOn: try CardFixtures.date("2026-01-31"), channel: .onlineForm,
                    requestedEndDate: nil),
                .dateReached(try CardFixtures.date("2026-02-28")),
                .dateReached(try CardFixtures.date("2026-03-01")),
            ]
            var state = ContractState.signed
            var rows: [[String]] = []
            var keys: [String] = []
            for event in events {
                let step = try ContractLifecycle.apply(event, to: state, contract: contract)
                keys += step.decision.citedKeys
                let label =
                    switch event {
                    case .dateReached(let date): "date reached: \(date)"
                    case .parentTermination(let received, _, _, _): "termination received \(received)"
                    default: "\(event)"
                    }
                rows.append([label, state.name, "\(step.decision.rule)", step.state.name])
                state = step.state
            }
            return [
                ExampleTable(
                    caption: "The example contract from signing to its end",
                    headers: ["event", "state before", "decided by", "state after"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
