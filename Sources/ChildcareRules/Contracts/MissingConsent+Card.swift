// The rule card of `missingConsent`: its quoted clauses, reading and worked examples for the rulebook.

extension ContractCards {
    static let missingConsent = RuleCard(
        id: MissingConsentRule.rule,
        title: Explanation(
            nl: "Ontbrekende toestemming van de andere gezaghebbende ouder",
            en: "Missing consent of the other parent with authority"),
        clauseKeys: [
            "TSO art. 2 lid 5 sub a", "TSO art. 2 lid 5 sub b", "TSO art. 2 lid 3 sub a",
            "TSO art. 2 lid 3 sub b", "TSO art. 3",
        ],
        reading: """
            The rule applies only when the other parent has parental authority (art. 2 lid 3 sub a). Found \
            after care started: the parents have one month to agree; otherwise Partou terminates (or cancels \
            the change) with one month's notice counted from that deadline: the contract ends per the \
            deadline + 1 month, its last day the day before. Found between signing and start: the parents have \
            one month, or until one week before the start if less remains; otherwise the contract does not \
            start (cancelled under art. 3) or the change does not take effect. A court ruling or divorce \
            covenant makes consent unnecessary (art. 2 lid 3 sub b).
            """,
        interpretations: ["I-208"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/AgreementAndConsentTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (found, settled, authority, agreed) in [
                ("2025-06-20", false, true, nil), ("2025-08-20", false, true, nil),
                ("2025-10-31", false, true, nil),
                ("2025-10-31", false, true, "2025-11-20"), ("2025-10-31", true, true, nil),
                ("2025-10-31", false, false, nil),
            ] as [(String, Bool, Bool, String?)] {
                let decision = try MissingConsentRule.decide(
                    contract: contract, foundOn: try CardFixtures.date(found),
                    hasCourtRulingOrSettlement: settled, otherParentHasAuthority: authority,
                    agreementReachedOn: try agreed.map { (text) throws(RulesError) in
                        try CardFixtures.date(text)
                    })
                keys += decision.citedKeys
                let consequence =
                    switch decision.outcome.consequence {
                    case .none: "none"
                    case .terminated(let end, let per): "terminated, last day \(end), ends per \(per)"
                    case .changeCancelled(let from): "change cancelled from \(from)"
                    case .doesNotStart(let terms):
                        "does not start (cancelled, last day \(terms.lastDay), ends per \(terms.effectiveDate))"
                    case .changeDoesNotTakeEffect: "change does not take effect"
                    }
                rows.append([
                    found, CardFixtures.yesNo(settled), CardFixtures.yesNo(authority), agreed ?? "—",
                    decision.outcome.stage.rawValue,
                    decision.outcome.agreementDeadline.map { $0.description } ?? "—", consequence,
                ])
            }
            return [
                ExampleTable(
                    caption: "Missing consent for the example contract (signed 2025-06-15, start 2025-09-01)",
                    headers: [
                        "found on", "court ruling", "other parent has authority", "agreed on", "stage",
                        "agree by",
                        "consequence",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
