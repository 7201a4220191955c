// The rule card of `schedule`: its quoted clauses, reading and worked examples for the rulebook.

extension RetentionCards {
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
}
