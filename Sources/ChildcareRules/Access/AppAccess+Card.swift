// The rule card of `appAccess`: its quoted clauses, reading and worked examples for the rulebook.

extension AccessCards {
    static let appAccess = RuleCard(
        id: AppAccess.rule,
        title: Explanation(nl: "Toegang tot de ouderapp", en: "Access to the parent app"),
        clauseKeys: [
            "APP art. 2 sub a", "APP art. 2 sub b", "APP art. 2 sub c", "APP art. 3", "APP art. 4 sub a",
            "APP art. 4 sub b", "APP art. 4 sub c", "APP art. 4 sub d", "APP art. 6", "APP art. 8 lid 1",
            "APP art. 8 lid 2", "APP art. 8 lid 3", "APP art. 8 lid 4", "APP art. 10", "TSO art. 1 lid 1",
            "TSO art. 1 lid 2", "TSO art. 1 lid 3", "TSO art. 2 lid 3 sub c", "TSO art. 2 lid 3 sub d.1",
            "TSO art. 2 lid 3 sub d.2", "TSO art. 2 lid 3 sub d.3", "TSO art. 2 lid 3 sub d.4",
            "TSO art. 8 lid 5 sub f", "APP-PRIVACY 'Privacy en toestemming'", "TSO art. 5 lid 1",
            "APP art. 12",
            "APP-PRIVACY 'Bewaren van persoonsgegevens'", "APP-PRIVACY 'Welke gegevens?'",
        ],
        reading: """
            Access is denied by default: identification, accepted terms, a full art. 8 block and the contract \
            parent's own lack of access withhold all access; for the other parent also the lack of authority \
            or of a request, and an upheld safety refusal. The contract parent keeps the app without authority \
            until Partou terminates (I-301). A partial or temporary block withholds only its capabilities, for \
            its time, and names where to complain (App terms art. 12). The contract parent uses version 1; the \
            other parent uses version 1 in the family (and after a separation until the contract parent \
            withdraws consent; until the contract parent answers the prompt, without the contract parent's \
            data), otherwise version 2, which cannot report absence, make requests or changes. Consent is \
            explicit and one answer per child (a refusal wins); it gates only photos and the diary, and what \
            was collected with consent stays. Use of the app ends 6 weeks after the last contract ends; the \
            child's data stays visible through day 55. Every refusal or reduction names the information right.
            """,
        interpretations: [
            "I-301", "I-302", "I-303", "I-304", "I-305", "I-306", "I-307", "I-308", "I-310", "I-311", "I-312",
        ],
        tests: [
            "`Tests/ChildcareRulesTests/Access/AppAccessTests.swift`",
            "`Tests/ChildcareRulesTests/Access/AppAccessMachineTests.swift`",
            "`Tests/ChildcareRulesTests/Access/AccessStateSearchTests.swift`",
            "`Tests/ChildcareRulesTests/Access/AccessComplaintScenarioTests.swift`",
        ],
        examples: { () throws(RulesError) in
            let other = AccessFacts(role: .otherParent)
            var situations: [(String, AccessFacts)] = [
                ("contract parent, every consent", AccessFacts(photoConsent: true, diaryConsent: true)),
                ("contract parent, no answer on consent (no)", AccessFacts()),
                ("contract parent, photo consent only", AccessFacts(photoConsent: true)),
                (
                    "contract parent, photo consent withdrawn",
                    AccessFacts(photoConsent: false, earlierPhotos: true)
                ),
                ("other parent, same family", other),
                (
                    "other parent, separated, consent kept",
                    AccessFacts(role: .otherParent, isFamily: false, separated: true)
                ),
                (
                    "other parent, separated, consent withdrawn",
                    AccessFacts(role: .otherParent, isFamily: false, v1Consent: false, separated: true)
                ),
                (
                    "other parent, never a family",
                    AccessFacts(role: .otherParent, isFamily: false, v1Consent: false)
                ),
                ("other parent, did not ask", AccessFacts(role: .otherParent, requested: false)),
                ("other parent without authority", AccessFacts(role: .otherParent, hasAuthority: false)),
                ("contract parent without authority", AccessFacts(hasAuthority: false)),
                ("not identified", AccessFacts(identified: false)),
                ("terms not accepted", AccessFacts(termsAccepted: false)),
                ("other parent, safety refusal upheld", AccessFacts(role: .otherParent, safetyRefused: true)),
                (
                    "other parent, contract parent has no access",
                    AccessFacts(role: .otherParent, contractParentHasAccess: false)
                ),
                ("41 days after the relationship ended", AccessFacts(daysAfterEnd: 41)),
                ("42 days after the relationship ended", AccessFacts(daysAfterEnd: 42)),
                ("56 days after the relationship ended", AccessFacts(daysAfterEnd: 56)),
                (
                    "other parent, separation prompt unanswered",
                    AccessFacts(
                        role: .otherParent, isFamily: false, separated: true, v1ConfirmationPending: true)
                ),
                (
                    "other parent, partial block of messages",
                    AccessFacts(
                        role: .otherParent, block: .misuse, blockScope: .partial([.privateMessages]),
                        blockDuration: .temporary(until: try CardFixtures.date("2026-10-05")))
                ),
            ]
            for reason in BlockReason.allCases {
                situations.append(("blocked: \(reason.name(in: .en))", AccessFacts(block: reason)))
            }
            var rows: [[String]] = []
            var keys: [String] = []
            for (label, facts) in situations {
                let decision = try AppAccess.decide(facts)
                keys += decision.citedKeys
                let outcome = decision.outcome
                rows.append([
                    label,
                    outcome.visibleOnly
                        ? "data visible only"
                        : outcome.version.map { "version \($0.rawValue)" } ?? "no access",
                    outcome.hasAccess
                        ? outcome.capabilities.map { $0.rawValue }.joined(separator: ", ")
                        : outcome.denials.map(denialText).joined(separator: "; "),
                    decision.citations.map { $0.key }.joined(separator: "; "),
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "The access matrix: version and capabilities (or the grounds of refusal) per situation",
                    headers: ["user situation", "version", "capabilities, or why not", "cited"], rows: rows,
                    citedKeys: keys)
            ]
        })
}
