// The rule card of `dataRequest`: its quoted clauses, reading and worked examples for the rulebook.

extension RetentionCards {
    static let dataRequest = RuleCard(
        id: DataRequest.rule,
        title: Explanation(
            nl: "Verzoeken om inzage, wijziging of verwijdering",
            en: "Requests to inspect, correct or erase data"),
        clauseKeys: ["PORTAL-PRIVACY 'Bewaren van persoonsgegevens'"],
        reading: """
            A request under any AVG right (inspection, rectification, erasure, restriction, portability, \
            objection) is answered as soon as possible and at the latest by the end of the day 4 weeks (28 \
            days) after receipt, never later than the AVG's month. An extension needs a notice with reasons by \
            that day and adds at most two months; a refusal by that day names the Autoriteit \
            Persoonsgegevens. The rights reach archived data until it is destroyed. Only the earlier portal \
            privacy statement states the period; the library cites it (I-007). In the engine (the scenario \
            event `data-request`) the answer reads the end of the parent's contracts from their timelines: \
            after a termination it says whether the data is still in the app, archived or destroyed.
            """,
        interpretations: ["I-007", "I-309", "I-315"],
        tests: [
            "`Tests/ChildcareRulesTests/Access/RetentionTests.swift`",
            "`Tests/ChildcareRulesTests/Engine/EngineDataRequestTests.swift`",
        ],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (kind, received) in [
                (DataRequest.Kind.inspect, "2026-03-02"), (.correct, "2026-12-20"), (.erase, "2028-02-01"),
                (.restrict, "2026-02-01"), (.port, "2026-07-15"), (.object, "2026-10-30"),
            ] {
                let decision = try DataRequest.answerDeadline(kind, received: try CardFixtures.date(received))
                keys += decision.citedKeys
                rows.append([kind.name(in: .en), received, "\(decision.outcome.answerBy)"])
            }
            return [
                ExampleTable(
                    caption: "Data requests", headers: ["request", "received", "answered by (inclusive)"],
                    rows: rows,
                    citedKeys: keys)
            ]
        })
}
