// Rule cards for the parent app: who gets which version and capabilities, and the rights of a parent
// with or without parental authority.

enum AccessCards {
    static var all: [RuleCard] { [appAccess, guardianship, liabilityCap] }

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

    static func denialText(_ denial: AccessDenial) -> String {
        switch denial {
        case .noAuthority: "no parental authority"
        case .notRequested: "not requested"
        case .notIdentified: "not identified"
        case .termsNotAccepted: "terms not accepted"
        case .blocked(let reason): "blocked (\(reason.name(in: .en)))"
        case .safetyRefused: "refused for safety"
        case .contractParentHasNoAccess: "the contract parent has no access"
        case .relationshipEnded(let days): "relationship ended \(days) days ago"
        }
    }

    static let liabilityCap = RuleCard(
        id: LiabilityCapRule.rule,
        title: Explanation(
            nl: "Beperking van de aansprakelijkheid voor de app", en: "The cap on liability for the app"),
        clauseKeys: ["APP art. 11"],
        reading: """
            Whether Partou is liable is for a court, and so is whether the cap holds (art. 6:237 sub f BW). \
            The cap itself is a computation: per event, the childcare fee paid in the month of the event, at \
            most EUR 500 excluding VAT; childcare is exempt from VAT, so the fee is compared as it is (I-317).
            """,
        interpretations: ["I-317"],
        tests: ["`Tests/ChildcareRulesTests/Access/LiabilityCapTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (paid, date) in [
                (12_345, "2026-03-10"), (50_000, "2026-09-01"), (61_200, "2026-11-30"), (0, "2026-07-15"),
            ] {
                let decision = try LiabilityCapRule.decide(
                    paidInMonth: Money(cents: paid), eventOn: try CardFixtures.date(date))
                keys += decision.citedKeys
                rows.append([
                    date, Money(cents: paid).formatted(in: .en), decision.outcome.formatted(in: .en),
                ])
            }
            return [
                ExampleTable(
                    caption: "The cap per event", headers: ["event on", "paid that month", "cap"], rows: rows,
                    citedKeys: keys)
            ]
        })
}

enum RetentionCards {
    static var all: [RuleCard] { [schedule, dataRequest] }

    static let schedule = RuleCard(
        id: Retention.rule,
        title: Explanation(nl: "Bewaren van persoonsgegevens", en: "Keeping personal data"),
        clauseKeys: [
            "APP-PRIVACY 'Bewaren van persoonsgegevens'", "APP art. 10",
            "PORTAL-PRIVACY 'Bewaren van persoonsgegevens'",
        ],
        reading: """
            Day 0 is the first day the parent is no longer a customer: the day after the last day of the \
            parent's last contract. Use of the app lasts 6 weeks (days 0 to 41, App terms art. 10); the \
            privacy statement keeps the child's data visible to the parent for 8 weeks (through day 55), \
            archives it from day 56 and destroys it one year after the end (29 February → 28 February). An \
            end before 2024 follows the portal statement's same periods. The documents state no period for \
            the parent's own data (invoices, annual statements, logs).
            """,
        interpretations: ["I-305", "I-306", "I-313", "I-314"],
        tests: ["`Tests/ChildcareRulesTests/Access/RetentionTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for end in ["2026-07-31", "2026-01-15", "2027-12-31", "2028-02-29", "2023-06-01"] {
                let decision = try Retention.schedule(contractEnd: try CardFixtures.date(end))
                keys += decision.citedKeys
                let dates = decision.outcome
                rows.append([
                    end, "\(dates.appAccessUntil)", "\(dates.visibleUntil)", "\(dates.archivedFrom)",
                    "\(dates.destroyedOn)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Retention dates",
                    headers: [
                        "contract ends", "app access until", "visible until", "archived from", "destroyed on",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

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
            privacy statement states the period; the library cites it (I-007).
            """,
        interpretations: ["I-007", "I-309", "I-315"],
        tests: ["`Tests/ChildcareRulesTests/Access/RetentionTests.swift`"],
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
