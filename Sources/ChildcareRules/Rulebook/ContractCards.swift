// Rule cards for contracts: agreements, cancellation, termination, changes, price and terms changes,
// Partou's termination, payment default, missing consent and the lifecycle.

enum ContractCards {
    static var all: [RuleCard] {
        [
            agreement, cancellation, parentTermination, change, priceChange, termsChange, providerTermination,
            paymentDefault, missingConsent, lifecycle,
        ]
    }

    static func list(_ instalments: [Instalment]) -> String {
        instalments.isEmpty
            ? "none"
            : instalments.map { "\($0.month) \($0.amount.formatted(in: .en))" }.joined(separator: ", ")
    }

    static let agreement = RuleCard(
        id: AgreementRule.rule,
        title: Explanation(
            nl: "Afspraken zijn alleen schriftelijk, per e-mail of via de ouderapp rechtsgeldig",
            en: "Agreements bind only in writing, by e-mail or through the app"),
        clauseKeys: ["TSO art. 2 lid 4"],
        reading: """
            An agreement binds only when made in writing (a letter or the online form), by e-mail or through \
            the app; an agreement made orally, by phone or only with a staff member is not legally valid.
            """,
        interpretations: ["I-200"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/AgreementAndConsentTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for channel in [Channel.app, .email, .letter, .onlineForm, .staff, .phone, .oral] {
                let decision = try AgreementRule.decide(
                    subject: "an extra care day", madeOn: try CardFixtures.date("2026-03-02"),
                    channel: channel)
                keys += decision.citedKeys
                rows.append([channel.name(in: .en), CardFixtures.yesNo(decision.outcome.isValid)])
            }
            return [
                ExampleTable(
                    caption: "An agreement made on 2026-03-02", headers: ["made through", "legally valid"],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let cancellation = RuleCard(
        id: CancellationRule.rule,
        title: Explanation(nl: "Annuleren voor de start van de opvang", en: "Cancelling before care starts"),
        clauseKeys: ["TSO art. 3", "TSO art. 6 lid 1", "TSO art. 8 lid 1", "TSO art. 2 lid 4"],
        reading: """
            Before care starts the parent may cancel in writing (e-mail as named, or app, letter, online \
            form); spoken cancellations do not count. The cancellation takes effect one month after receipt \
            (rounded down at month ends): that "per" date is the first day without a contract, the day before \
            its last day. The instalments of the months that begin from the start date through the last day \
            are still owed. Once care has started the parent must terminate instead (art. 8 lid 1).
            """,
        interpretations: ["I-003", "I-200", "I-201", "I-202"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/CancellationTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (received, channel) in [
                ("2025-07-10", Channel.email), ("2025-07-31", .email), ("2025-08-05", .app),
                ("2025-08-05", .phone),
                ("2025-09-02", .email),
            ] {
                let decision = try CancellationRule.decide(
                    contract: contract, receivedOn: try CardFixtures.date(received), channel: channel)
                keys += decision.citedKeys
                switch decision.outcome {
                case .accepted(let terms):
                    rows.append([
                        received, channel.name(in: .en), "accepted", "\(terms.lastDay)",
                        "\(terms.effectiveDate)",
                        list(terms.owed),
                    ])
                case .rejected(let rejection):
                    let why =
                        switch rejection {
                        case .notInWriting: "rejected: not in writing"
                        case .careAlreadyStarted: "rejected: care already started"
                        }
                    rows.append([received, channel.name(in: .en), why, "—", "—", "—"])
                }
            }
            return [
                ExampleTable(
                    caption:
                        "Cancelling a contract signed 2025-06-15, starting 2025-09-01, EUR 1,234.57 a year",
                    headers: ["received", "channel", "outcome", "last day", "ends per", "still owed"],
                    rows: rows,
                    citedKeys: keys)
            ]
        })

    static let parentTermination = RuleCard(
        id: ParentTerminationRule.rule,
        title: Explanation(nl: "Opzeggen door de ouder", en: "Termination by the parent"),
        clauseKeys: ["TSO art. 8 lid 1", "TSO art. 6 lid 1", "TSO art. 6 lid 5", "TSO art. 3"],
        reading: """
            The terms name only the online form, but mandatory law does not let them require a stricter form \
            than writing (art. 6:237 sub m BW, I-231): an e-mail, a letter or a message in the app terminates \
            too; a call or a word in person does not. The contract ends "per" one month after receipt \
            (rounded down at month ends) or per a later date the parent chooses: that date is the first day \
            without a contract, and the day before is its last day, never after a fixed end date. Instalments \
            of months that begin after receipt up to the last day are still due, and unused hours are not \
            refunded. A termination before care starts counts as a cancellation (art. 3).
            """,
        interpretations: ["I-003", "I-202", "I-231"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ParentTerminationTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (received, channel) in [
                ("2026-01-31", Channel.onlineForm), ("2026-03-15", .onlineForm), ("2026-05-31", .onlineForm),
                ("2026-03-15", .email), ("2026-03-15", .phone), ("2025-08-05", .onlineForm),
            ] {
                let decision = try ParentTerminationRule.decide(
                    contract: contract, receivedOn: try CardFixtures.date(received), channel: channel)
                keys += decision.citedKeys
                switch decision.outcome {
                case .accepted(let terms):
                    rows.append([
                        received, channel.name(in: .en), "accepted", "\(terms.endDate)",
                        "\(terms.firstDayWithoutContract)", list(terms.instalmentsStillDue),
                    ])
                case .treatedAsCancellation(let terms):
                    rows.append([
                        received, channel.name(in: .en), "treated as a cancellation",
                        "\(terms.lastDay)", "\(terms.effectiveDate)", list(terms.owed),
                    ])
                case .rejected:
                    rows.append([
                        received, channel.name(in: .en), "rejected: not in writing", "—", "—", "—",
                    ])
                }
            }
            return [
                ExampleTable(
                    caption: "Terminating the example contract (started 2025-09-01)",
                    headers: [
                        "received", "channel", "outcome", "last day", "ends per", "instalments still due",
                    ],
                    rows: rows,
                    citedKeys: keys)
            ]
        })

    static let change = RuleCard(
        id: ContractChangeRule.rule,
        title: Explanation(nl: "Wijzigingen doorgeven", en: "Changing the contract"),
        clauseKeys: ["TSO art. 8 lid 2", "TSO art. 2 lid 4"],
        reading: """
            A change is submitted in writing (the online form as named, or app, e-mail, letter) and takes \
            effect one month after receipt (rounded down at month ends), or on a later date the parent asks \
            for; a spoken request is not a valid agreement.
            """,
        interpretations: ["I-003", "I-200"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ContractChangeTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (received, channel, requested) in [
                ("2026-01-31", Channel.onlineForm, nil), ("2026-03-10", .email, "2026-05-01"),
                ("2026-03-10", .app, "2026-03-20"), ("2026-03-10", .phone, nil),
            ] as [(String, Channel, String?)] {
                let decision = try ContractChangeRule.decide(
                    receivedOn: try CardFixtures.date(received), channel: channel,
                    requestedEffectiveDate: try requested.map { (text) throws(RulesError) in
                        try CardFixtures.date(text)
                    })
                keys += decision.citedKeys
                switch decision.outcome {
                case .accepted(let terms):
                    rows.append([received, channel.name(in: .en), requested ?? "—", "\(terms.effectiveDate)"])
                case .rejected:
                    rows.append([
                        received, channel.name(in: .en), requested ?? "—", "rejected: not in writing",
                    ])
                }
            }
            return [
                ExampleTable(
                    caption: "Changes submitted",
                    headers: ["received", "channel", "date asked for", "takes effect"],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let priceChange = RuleCard(
        id: PriceChangeRule.rule,
        title: Explanation(nl: "Prijswijzigingen", en: "Price changes"),
        clauseKeys: ["TSO art. 7"],
        reading: """
            A new price takes effect no earlier than one calendar month (rounded up to the first of the next \
            month) plus one week after the announcement; like the parent's own notices it is counted in one \
            step from the announcement and read as a "per" date, the first day of the new price (the old \
            price applies through the day before). A proposed date before that is contrary to art. 7; the \
            change is deferred to the earliest date, not void.
            """,
        interpretations: ["I-004", "I-203"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/PriceAndTermsChangeTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (announced, proposed) in [
                ("2026-05-15", "2026-06-15"), ("2026-05-15", "2026-07-08"), ("2026-05-31", "2026-07-01"),
                ("2026-11-30", "2027-01-01"),
            ] {
                let decision = try PriceChangeRule.decide(
                    announcedOn: try CardFixtures.date(announced),
                    proposedEffectiveDate: try CardFixtures.date(proposed))
                keys += decision.citedKeys
                rows.append([
                    announced, proposed, "\(decision.outcome.earliestEffectiveDate)",
                    CardFixtures.yesNo(decision.outcome.isContraryToArticle7),
                    "\(decision.outcome.effectiveDate)",
                ])
            }
            return [
                ExampleTable(
                    caption: "Price changes announced by Partou",
                    headers: [
                        "announced", "proposed date", "earliest date", "contrary to art. 7", "takes effect",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

    static let termsChange = RuleCard(
        id: TermsChangeRule.rule,
        title: Explanation(nl: "Wijziging van de voorwaarden", en: "Changes to the terms"),
        clauseKeys: ["TSO art. 10", "TSO art. 8 lid 1", "TSO art. 6 lid 1", "TSO art. 6 lid 5"],
        reading: """
            Changed terms take effect one month and one week after the parent is informed (the month rounded \
            up, as for price changes), or later if Partou proposes a later date. A material change lets the \
            parent terminate up to the day it takes effect, so that the contract ends per that day (its last \
            day the day before), before the new terms apply, without waiting out the ordinary notice.
            """,
        interpretations: ["I-004", "I-204"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/PriceAndTermsChangeTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (informed, material) in [("2026-05-15", false), ("2026-05-15", true), ("2026-01-31", true)] {
                let decision = try TermsChangeRule.decide(
                    informedOn: try CardFixtures.date(informed), isMaterial: material)
                keys += decision.citedKeys
                rows.append([
                    informed, CardFixtures.yesNo(material), "\(decision.outcome.effectiveDate)",
                    decision.outcome.terminationWindowEnds.map { $0.description } ?? "—",
                ])
            }
            let change = try TermsChangeRule.decide(
                informedOn: try CardFixtures.date("2026-05-15"), isMaterial: true)
            let termination = try TermsChangeRule.terminate(
                contract: try CardFixtures.contract(), against: change.outcome,
                receivedOn: try CardFixtures.date("2026-06-20"), channel: .onlineForm)
            keys += termination.citedKeys
            return [
                ExampleTable(
                    caption: "Terms changes",
                    headers: ["parent informed", "material", "takes effect", "may terminate until"],
                    rows: rows,
                    citedKeys: keys),
                ExampleTable(
                    caption: "Terminating on 2026-06-20 against the material change announced on 2026-05-15",
                    headers: ["ordinary end (per, one month)", "last day against the change", "ends per"],
                    rows: [
                        [
                            "\(try NoticePeriod.earliestEffectiveDate(for: .termination, from: try CardFixtures.date("2026-06-20")))",
                            termination.outcome.endDate.map { $0.description } ?? "rejected",
                            termination.outcome.end.map { $0.firstDayWithoutContract.description }
                                ?? "rejected",
                        ]
                    ]),
            ]
        })

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

    static let paymentDefault = RuleCard(
        id: PaymentDefaultRule.rule,
        title: Explanation(nl: "Een maand betalingsachterstand", en: "One month in default of payment"),
        clauseKeys: ["TSO art. 8 lid 5 sub a"],
        reading: """
            One month of default is reached on the first day of default plus one calendar month, rounded up \
            at month ends (the later date, favouring the parent). Payment on or before the notice date cures \
            the default; a notice before one month is reached is premature.
            """,
        interpretations: ["I-207"],
        tests: ["`Tests/ChildcareRulesTests/Contracts/ProviderTerminationTests.swift`"],
        examples: { () throws(RulesError) in
            var rows: [[String]] = []
            var keys: [String] = []
            for (since, paid, notice) in [
                ("2026-01-31", nil, "2026-02-28"), ("2026-01-31", nil, "2026-03-01"),
                ("2026-03-31", nil, "2026-05-01"),
                ("2026-02-01", "2026-03-01", "2026-03-02"), ("2026-02-01", "2026-03-05", "2026-03-02"),
            ] as [(String, String?, String)] {
                let decision = try PaymentDefaultRule.decide(
                    since: try CardFixtures.date(since),
                    paidOn: try paid.map { (text) throws(RulesError) in try CardFixtures.date(text) },
                    noticeOn: try CardFixtures.date(notice))
                keys += decision.citedKeys
                rows.append([
                    since, "\(decision.outcome.oneMonthReachedOn)", paid ?? "—", notice,
                    CardFixtures.yesNo(decision.outcome.isCured),
                    CardFixtures.yesNo(decision.outcome.isGround),
                ])
            }
            return [
                ExampleTable(
                    caption: "Payment default dates",
                    headers: [
                        "in default since", "one month reached", "paid on", "notice on", "cured", "ground",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })

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
