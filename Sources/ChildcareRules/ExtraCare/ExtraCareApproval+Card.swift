// The rule card of `approval`: its quoted clauses, reading and worked examples for the rulebook.

extension ExtraCareCards {
    static let approval = RuleCard(
        id: ExtraCareRequestRule.approvalRule,
        title: Explanation(
            nl: "Goedkeuring of afwijzing van extra opvang", en: "Approving or rejecting extra care"),
        clauseKeys: [
            "TSO art. 5 (extra opvang) lid 3", "TSO art. 5 (extra opvang) lid 5",
            "TSO art. 5 (extra opvang) lid 6 sub a",
            "TSO art. 5 lid 4",
        ],
        reading: """
            Reserved hours count as used only when Partou approves and confirms the request in the app; the \
            care is certain only then. A rejection (there is no room on the group, at Partou's discretion) or a \
            withdrawal before confirmation releases the reserved hours and cancels the invoice.
            """,
        interpretations: ["I-107", "I-111"],
        tests: ["`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`"],
        examples: { () throws(RulesError) in
            let contract = try CardFixtures.contract()
            var rows: [[String]] = []
            var keys: [String] = []
            for (index, action) in ["approve", "reject", "withdraw"].enumerated() {
                var desk = ExtraCareDesk()
                try desk.record(
                    .earn(
                        LedgerAccount(contract), careDate: try CardFixtures.date("2026-03-02"), minutes: 30,
                        expiry: try CardFixtures.date("2026-12-31")),
                    key: "earn", at: try Amsterdam.zonedInstant("2026-02-20T09:00"))
                let booking = ReservationID("booking-\(index)")
                _ = try desk.request(
                    booking, contract: contract, school: .none,
                    careStart: try CardFixtures.dateTime("2026-03-18T12:00"),
                    minutes: 60, requested: try CardFixtures.dateTime("2026-03-10T09:00"), withHours: true,
                    key: "request")
                let moment = try CardFixtures.dateTime("2026-03-11T09:00")
                let decision =
                    switch action {
                    case "approve": try desk.approve(booking, at: moment, key: "decide")
                    case "reject": try desk.reject(booking, at: moment, key: "decide")
                    default: try desk.withdrawRequest(booking, at: moment, key: "decide")
                    }
                keys += decision.citedKeys
                rows.append([
                    action, CardFixtures.yesNo(decision.outcome.approved), "\(decision.outcome.minutesUsed)",
                    "\(decision.outcome.minutesReleased)", decision.outcome.charge.amount.formatted(in: .en),
                ])
            }
            return [
                ExampleTable(
                    caption:
                        "60 minutes requested with 30 minutes of hours available (30 reserved, 30 invoiced)",
                    headers: [
                        "Partou or the parent", "confirmed", "hours used", "hours released", "invoice",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
