// The rule card of `providerTermination`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let providerTermination = RuleCard(
        id: ProviderTerminationRule.rule,
        title: Explanation(nl: "Opzegging door Partou", en: "Termination by Partou"),
        clauseKeys: [
            "TSO art. 8 lid 5", "TSO art. 8 lid 5 sub a", "TSO art. 8 lid 5 sub b", "TSO art. 8 lid 5 sub c",
            "TSO art. 8 lid 5 sub d", "TSO art. 8 lid 5 sub e", "TSO art. 8 lid 5 sub f",
            "TSO art. 8 lid 5 sub g",
            "TSO art. 8 lid 5 sub h", "TSO art. 8 lid 1",
        ],
        reading: """
            Partou may terminate only for a serious reason. The reasons a to h are serious "in any case"; the \
            list is not exhaustive, so another reason is "not listed": it is judged case by case and sets no \
            end, and it is never called contrary to the terms by itself. Whether the facts of a reason are \
            true is Partou's input. A risk to others (b) needs a prior warning unless one cannot reasonably be \
            expected; payment default (a) needs one full month of default. The contract ends per one month \
            after the notice, rounded up (its last day the day before), or on an earlier fixed end date.
            """,
        interpretations: ["I-202", "I-205", "I-206", "I-207"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ProviderTerminationTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            let reasons: [ProviderTerminationReason] = [
                .paymentDefault(since: try CardFixtures.date("2026-02-01"), paidOn: nil), .extraCareNeed,
                .riskToOthers(warned: true, warningNotReasonablyExpected: false),
                .riskToOthers(warned: false, warningNotReasonablyExpected: false), .disproportionateBurden,
                .unableToPerform, .businessNecessity, .lossOfAuthority, .disproportionateCareNeedOrBehaviour,
                .brokenRelationship, .other("the parent complained on social media"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for reason in reasons {
                let decision = try ProviderTerminationRule.decide(
                    contract: contract, reason: reason, noticeOn: try CardFixtures.date("2026-03-31"))
                keys += decision.citedKeys
                let outcome: String
                switch decision.outcome {
                case .allowed(_, let end, let per): outcome = "allowed, last day \(end), ends per \(per)"
                case .notListed: outcome = "not listed: judged case by case"
                case .rejected(.noWarning): outcome = "rejected: no warning given"
                case .rejected(.defaultPaidOff): outcome = "rejected: default paid off"
                case .rejected(.defaultShorterThanOneMonth(let reached)):
                    outcome = "rejected: one month reached on \(reached)"
                }
                rows.append([reason.point ?? "other", reason.name(in: .en), outcome])
            }
            return [
                ExampleTable(
                    caption: "Partou gives notice on 2026-03-31", headers: ["sub", "reason", "outcome"],
                    rows: rows,
                    citedKeys: keys)
            ]
        })
}
