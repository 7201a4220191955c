// The rule card of `guardianship`: its quoted clauses, reading and worked examples for the rulebook.

extension AccessCards {
    static let guardianship = RuleCard(
        id: Guardianship.rule,
        title: Explanation(
            nl: "Ouderlijk gezag, toestemming en informatie",
            en: "Parental authority, consent and information"),
        clauseKeys: [
            "TSO art. 2 lid 3 sub a", "TSO art. 2 lid 3 sub b", "TSO art. 2 lid 3 sub c",
            "TSO art. 2 lid 3 sub d.1",
            "TSO art. 2 lid 3 sub d.2", "TSO art. 2 lid 3 sub d.3", "TSO art. 8 lid 5 sub f",
            "APP art. 2 sub a",
            "APP art. 3", "TSO art. 1 lid 2",
        ],
        reading: """
            The other parent's consent is needed when they have parental authority, unless a court ruling or \
            divorce covenant says otherwise. A parent without authority has no app access but, on request, \
            receives periodic written information (art. 1:377c BW); a parent refused the app on safety \
            grounds keeps that right. Losing authority ends the other parent's app access; the contract parent \
            keeps the app, and either loss is a ground for Partou to terminate (art. 8 lid 5 sub f).
            """,
        interpretations: ["I-301", "I-304"],
        tests: ["`Tests/ChildcareRulesTests/Access/GuardianshipAndConsentTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (authority, ruling) in [(true, false), (true, true), (false, false)] {
                let decision = Guardianship.otherParentConsentNeeded(
                    otherParentHasAuthority: authority, courtRulingOrSettlement: ruling)
                keys += decision.citedKeys
                rows.append([
                    "consent needed? other parent \(authority ? "with" : "without") authority"
                        + (ruling ? ", court ruling" : ""),
                    CardFixtures.yesNo(decision.outcome),
                    decision.citations.map { $0.key }.joined(separator: "; "),
                ])
            }
            let informationCases: [(String, AccessFacts)] = [
                (
                    "information: other parent without authority, asked",
                    AccessFacts(role: .otherParent, hasAuthority: false)
                ),
                (
                    "information: other parent without authority, did not ask",
                    AccessFacts(role: .otherParent, hasAuthority: false, requested: false)
                ),
                (
                    "information: other parent with authority, not a family",
                    AccessFacts(role: .otherParent, isFamily: false, v1Consent: false)
                ),
                (
                    "information: other parent, safety refusal upheld",
                    AccessFacts(role: .otherParent, safetyRefused: true)
                ),
            ]
            for (label, facts) in informationCases {
                let decision = try Guardianship.information(for: facts)
                keys += decision.citedKeys
                let outcome =
                    switch decision.outcome {
                    case .app(let version): "the app, version \(version.rawValue)"
                    case .periodicWrittenInformation: "periodic written information"
                    case .notRequested: "nothing until asked"
                    }
                rows.append([label, outcome, decision.citations.map { $0.key }.joined(separator: "; ")])
            }
            let loss = Guardianship.authorityLost(by: .contractParent)
            keys += loss.citedKeys
            rows.append([
                "the contract parent loses authority",
                "app access ends: \(CardFixtures.yesNo(loss.outcome.appAccessEnds)); information right remains: "
                    + "\(CardFixtures.yesNo(loss.outcome.informationRightRemains)); Partou may terminate: "
                    + CardFixtures.yesNo(loss.outcome.providerMayTerminate),
                loss.citations.map { $0.key }.joined(separator: "; "),
            ])
            return [
                ExampleTable(
                    caption: "Consent, information and loss of authority",
                    headers: ["question", "answer", "cited"],
                    rows: rows, citedKeys: keys)
            ]
        })
}
