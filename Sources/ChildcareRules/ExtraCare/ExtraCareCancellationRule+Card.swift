// The rule card of `cancellation`: its quoted clauses, reading and worked examples for the rulebook.

extension ExtraCareCards {
    static let cancellation = RuleCard(
        id: ExtraCareCancellationRule.rule,
        title: Explanation(
            nl: "Bevestigde extra opvang annuleren", en: "Cancelling confirmed extra care"),
        clauseKeys: ["TSO art. 5 (extra opvang) lid 6 sub a", "TSO art. 5 (extra opvang) lid 6 sub b"],
        reading: """
            Care paid with hours: the hours come back when the child is reported absent in writing (app, \
            e-mail, letter or online form) at or before the 96-hour deadline; "4 dagen (96 uur)" is inclusive \
            here. Invoiced care: the invoice stands, and make-up hours are credited only for a cancellation by \
            e-mail on or before the calendar date 7 days before the care day (up to 23:59:59). Care paid \
            partly with hours and partly invoiced follows both rules, each for its own part.
            """,
        interpretations: ["I-101", "I-102", "I-103", "I-112"],
        tests: [
            "`Tests/ChildcareRulesTests/SwapHours/ExpiryAndExtraCareTests.swift`",
            "`Tests/ChildcareRulesTests/SwapHours/SwapHoursComplaintScenarioTests.swift`",
        ],
        examples: { () throws(RulesError) in
            let careStart = try CardFixtures.dateTime("2026-03-16T12:00")
            let cases: [(ExtraCarePayment, String, Channel, String)] = [
                (.hours, "2026-03-12T11:59:59", .app, "96:00:01 before"),
                (.hours, "2026-03-12T12:00:00", .app, "exactly 96:00:00 before"),
                (.hours, "2026-03-12T12:00:01", .app, "95:59:59 before"),
                (.hours, "2026-03-10T09:00", .phone, "6 days before, by phone"),
                (.invoice, "2026-03-09T23:59:59", .email, "last second of the 7th day before"),
                (.invoice, "2026-03-10T00:00", .email, "6 days before"),
                (.invoice, "2026-03-02T09:00", .app, "14 days before, in the app"),
            ]
            var rows: [[String]] = []
            var keys: [String] = []
            for (payment, cancelled, channel, label) in cases {
                let decision = try ExtraCareCancellationRule.decide(
                    careStart: careStart, cancelled: try CardFixtures.dateTime(cancelled), paidWith: payment,
                    channel: channel, minutes: 60)
                keys += decision.citedKeys
                rows.append([
                    payment.rawValue, cancelled, label, channel.name(in: .en),
                    decision.outcome.deadline.description,
                    "\(decision.outcome.minutes)", CardFixtures.yesNo(decision.outcome.invoiceStands),
                ])
            }
            return [
                ExampleTable(
                    caption: "Cancelling 60 minutes of confirmed extra care on Monday 2026-03-16 at 12:00",
                    headers: [
                        "paid with", "cancelled", "when", "channel", "deadline", "minutes back",
                        "invoice stands",
                    ],
                    rows: rows, citedKeys: keys)
            ]
        })
}
