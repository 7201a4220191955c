/// The traceability table for legal staff: every clause of ``ClauseRegistry``, in document order, with the
/// rules that implement it and the tests that pin them, or why no rule does.
///
/// The table is derived, not typed by hand: a clause is implemented by every rule whose ``RuleCard`` lists
/// it in ``RuleCard/clauseKeys``; the lead-in and context clauses are listed explicitly in
/// ``contextClauses``; a clause the registry marks not decidable shows the registry's reason.
/// `childcare-rules traceability > Docs/Traceability.md` writes it and CI checks it is fresh.
///
/// ```swift
/// let row = Traceability.rows.first { $0.clause.key == "TSO art. 5 lid 1" }
/// row?.status   // .implemented(rules: ["swapHours.ninetySixHours", "careCalendar.period", …])
/// ```
package enum Traceability {
    /// How a clause is accounted for.
    package enum Status: Sendable, Hashable {
        /// Rules apply the clause; each rule's decisions cite it.
        case implemented(rules: [RuleID])
        /// A lead-in or context clause with no consequence of its own; it is applied through the clauses
        /// or code named.
        case context(appliedThrough: String)
        /// A library cannot decide the clause (the registry's reason); `recordedBy` lists rules that take
        /// the decision as the caller's input and cite the clause.
        case notDecidable(reason: String, recordedBy: [RuleID])
        /// The clause is decidable but no rule applies it yet; `reason` says what is missing.
        case notImplemented(reason: String)
    }

    /// One row of the table.
    package struct Row: Sendable, Hashable {
        /// The clause.
        package let clause: Clause
        /// How the clause is accounted for.
        package let status: Status
        /// The test files that pin the implementing rules.
        package let tests: [String]
    }

    /// The clauses that are applied through other clauses or code rather than cited by a rule of their
    /// own: lead-ins ("Hierbij gaan we uit van het volgende:"), whole articles whose paragraphs are cited
    /// (and paragraphs of articles cited whole), and definitions the library's types carry. These are
    /// the explicit exemptions of `TraceabilityTests`: no decision needs to cite them.
    package static let contextClauses: [(key: String, appliedThrough: String)] = [
        (
            "TSO 'Aanhef'",
            "every TSO rule: the rules look up this edition with `TermsEdition.inForce(.tsoTerms, on:)`; the "
                + "service kind is `Contract.service`"
        ),
        (
            "TSO art. 2 lid 1",
            "`Contract.contractParent` and `AppUserRole.contractParent` (one signing parent)"
        ),
        (
            "TSO art. 2 lid 2",
            "billing.schedule and billing.monthlyInvoice, which bill the contract parent's contract"
        ),
        ("TSO art. 2 lid 3", "its points TSO art. 2 lid 3 sub a to d"),
        ("TSO art. 2 lid 3 sub d", "its points TSO art. 2 lid 3 sub d.1 to d.4"),
        ("TSO art. 2 lid 5", "its points TSO art. 2 lid 5 sub a and b (contracts.missingConsent)"),
        ("TSO art. 5 (extra opvang) lid 6", "its points TSO art. 5 (extra opvang) lid 6 sub a and b"),
        (
            "TSO art. 6 lid 2",
            "`Contract.hasDirectDebitMandate`, which billing.monthlyInvoice reads (TSO art. 6 lid 4)"
        ),
        (
            "TSO art. 6 lid 3",
            "`Contract.hasDirectDebitMandate`, which billing.monthlyInvoice reads (TSO art. 6 lid 4)"
        ),
        (
            "TSO art. 8 lid 4",
            "contracts.change and contracts.priceChange (the addendum only confirms a change those rules date)"
        ),
        ("TSO art. 10 lid 1", "TSO art. 10, which contracts.termsChange cites as a whole"),
        ("TSO art. 10 lid 2", "TSO art. 10, which contracts.termsChange cites as a whole"),
        ("APP art. 1", "access.appAccess (both parents with authority get the same child information)"),
        ("APP art. 2", "its points APP art. 2 sub a to c"),
        ("APP art. 3 lid 1", "APP art. 3, which access.appAccess cites as a whole"),
        ("APP art. 3 lid 2", "APP art. 3, which access.appAccess cites as a whole"),
        ("APP art. 3 lid 3", "APP art. 3, which access.appAccess cites as a whole"),
        ("APP art. 3 lid 4", "APP art. 3, which access.appAccess cites as a whole"),
        ("APP art. 3 lid 6", "APP art. 3, which access.appAccess cites as a whole (one account per user)"),
        ("APP art. 8", "its paragraphs APP art. 8 lid 1 to 4"),
        ("APP art. 10 lid 1", "APP art. 10, which access.appAccess and retention.schedule cite as a whole"),
        ("APP art. 10 lid 2", "APP art. 10, which access.appAccess cites as a whole"),
        ("APP art. 10 lid 3", "APP art. 10 and TSO art. 1 lid 2, which access.appAccess cites"),
    ]

    /// The clauses that are decidable but that no rule applies yet, with the reason; listed so that the
    /// table accounts for them honestly.
    package static let notImplemented: [(key: String, reason: String)] = [
        ("APP art. 7", "disclosure of app data to third parties only when the law requires it: no rule yet"),
        (
            "APP-PRIVACY 'Instemming met privacyverklaring'",
            "consent to future versions on registration: no rule yet"
        ),
        ("APP-PRIVACY 'Verzoeken en contact'", "where requests go (support address by date): no rule yet"),
        (
            "PORTAL-PRIVACY 'Privacy en toestemming'",
            "the portal's consent rules: the app rules apply the app privacy statement instead (I-007)"
        ),
        ("PORTAL-PRIVACY 'Instemming met privacyverklaring'", "consent on registration: no rule yet"),
        ("PORTAL-PRIVACY 'Contact'", "requests go to customer service: no period or address to compute"),
    ]

    /// Two or more clauses that say different things about one question, and how the library reads them.
    package struct Conflict: Sendable, Hashable {
        /// The clause keys, each in the registry.
        package let keys: [String]
        /// What the clauses say that does not fit together.
        package let conflict: String
        /// How the library reads them, with the interpretation entry or the rule that does.
        package let resolution: String
    }

    /// The conflicts between clauses the library has found, each with how it reads them.
    package static let conflicts: [Conflict] = [
        Conflict(
            keys: ["TSO art. 8 lid 3", "TSO art. 8 lid 5"],
            conflict:
                "Lid 3 lets Partou \"wegens ons moverende redenen\" change or end (\"laten eindigen\") the hours "
                + "per day, the weeks open, the opening times and the rates during the contract; lid 5 lets "
                + "Partou terminate only for a weighty reason. Ending the care through lid 3 would end the "
                + "contract without one.",
            resolution:
                "Lid 3 is read as changing what the contract offers, never as ending the contract: an end set "
                + "by Partou is a termination, decided by `contracts.providerTermination` under lid 5 (listed "
                + "reasons a to h, I-205). A change under lid 3 takes effect as a price change (art. 7) or a "
                + "terms change (art. 10) with their notice. Lid 3 itself is not decidable (the registry's "
                + "reason)."),
        Conflict(
            keys: ["TSO art. 2 lid 3 sub d.4", "APP art. 3"],
            conflict:
                "TSO d.4 lets Partou refuse or withdraw the other parent's access on its own decision when "
                + "there are demonstrable concerns for the child's safety or interests, after a strict test; "
                + "App art. 3 lets Partou refuse version 2 only when the contract parent shows that the "
                + "safety of the child and/or the contract parent is at stake, after a very strict test on the "
                + "contract parent's information.",
            resolution:
                "Both grounds are the caller's finding (neither test can be computed). The library refuses "
                + "only the other parent, only on an upheld claim (`AccessFacts` safety refusal), and names "
                + "the information right that remains (I-304, I-312): the narrower measure of the two "
                + "clauses, which favours the parent (art. 6:238 lid 2 BW)."),
    ]

    /// Every clause of the registry, in document order, with its status and tests.
    package static var rows: [Row] {
        let cards = Rulebook.cards
        let context = Dictionary(
            firstWins: contextClauses.map { ($0.key, $0.appliedThrough) })
        let gaps = Dictionary(firstWins: notImplemented.map { ($0.key, $0.reason) })
        return ClauseRegistry.all.map { clause in
            let implementing = cards.filter { $0.clauseKeys.contains(clause.key) }
            var tests: [String] = []
            for test in implementing.flatMap({ $0.tests }) where !tests.contains(test) { tests.append(test) }
            let rules = implementing.map { $0.id }
            let status: Status
            if let reason = clause.decidability.reason {
                status = .notDecidable(reason: reason, recordedBy: rules)
            } else if let through = context[clause.key] {
                status = .context(appliedThrough: through)
            } else if let reason = gaps[clause.key] {
                status = .notImplemented(reason: reason)
            } else {
                status = .implemented(rules: rules)
            }
            return Row(clause: clause, status: status, tests: tests)
        }
    }

    /// The whole table as Markdown, one section per document, ending with a summary count.
    package static func markdown() -> String {
        let rows = rows
        var lines = [
            "# Traceability",
            "",
            "Generated by `childcare-rules traceability`; do not edit by hand. CI regenerates it and fails when it",
            "differs from this file. Every clause of the clause registry is listed, in document order, with the rules",
            "that implement it (their cards are in [the rulebook](Rulebook.md)) and the tests that pin them; a lead-in",
            "or context clause says what it is applied through; a clause no library can decide gives the reason.",
            "`TraceabilityTests` checks that every clause the code cites is in this table, and that every clause",
            "marked as implemented is cited by at least one decision.",
        ]
        for document in TermsDocument.allCases {
            let section = rows.filter { $0.clause.edition.document == document }
            guard let first = section.first else { continue }
            let label = first.clause.edition.label.en
            lines += [
                "", "## \(document.title(in: .en))" + (label.isEmpty ? "" : " (\(label))"), "",
                "| Key | What it says | Implemented by | Tests |", "|---|---|---|---|",
            ]
            for row in section {
                lines.append(
                    "| \(row.clause.key) | \(shortSummary(row.clause.summary)) | \(statusText(row.status)) | "
                        + (row.tests.isEmpty ? "—" : row.tests.joined(separator: "<br>")) + " |")
            }
        }
        lines += [
            "", "## Conflicts between clauses", "",
            "Clauses that say different things about one question, and how the library reads them.", "",
            "| Clauses | What conflicts | How the library reads them |", "|---|---|---|",
        ]
        for conflict in conflicts {
            lines.append(
                "| \(conflict.keys.joined(separator: "<br>")) | \(conflict.conflict) | \(conflict.resolution) |"
            )
        }
        lines += [
            "", "## Summary", "",
            "| Document | Clauses | Implemented | Context | Not decidable | Not yet implemented |",
        ]
        lines.append("|---|---|---|---|---|---|")
        var totals = [0, 0, 0, 0, 0]
        for document in TermsDocument.allCases {
            let section = rows.filter { $0.clause.edition.document == document }
            guard !section.isEmpty else { continue }
            let counts = count(section)
            for index in counts.indices { totals[index] += counts[index] }
            lines.append(
                "| \(document.title(in: .en)) | " + counts.map(String.init).joined(separator: " | ") + " |")
        }
        lines.append("| **All** | " + totals.map { "**\($0)**" }.joined(separator: " | ") + " |")
        let accounted = totals[1] + totals[2] + totals[3] + totals[4]
        lines += [
            "",
            "\(accounted) of \(totals[0]) clauses accounted for (\(accounted * 100 / max(totals[0], 1))%). Citations of "
                + "the Dutch Civil Code (art. 1:377c, 6:236 sub i and 6:237 sub m BW, `Statute.citations`) are statute, not a clause "
                + "of the terms, and are not listed.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Counts: all, implemented, context, not decidable, decidable but not implemented.
    static func count(_ rows: [Row]) -> [Int] {
        var counts = [rows.count, 0, 0, 0, 0]
        for row in rows {
            switch row.status {
            case .implemented: counts[1] += 1
            case .context: counts[2] += 1
            case .notDecidable: counts[3] += 1
            case .notImplemented: counts[4] += 1
            }
        }
        return counts
    }

    static func statusText(_ status: Status) -> String {
        func list(_ rules: [RuleID]) -> String { rules.map { "`\($0)`" }.joined(separator: ", ") }
        switch status {
        case .implemented(let rules): return list(rules)
        case .context(let through): return "context — applied through " + through
        case .notDecidable(let reason, let rules):
            return "not decidable by a library: " + reason
                + (rules.isEmpty ? "" : " (the decision is the caller's input to " + list(rules) + ")")
        case .notImplemented(let reason): return "decidable, not implemented yet: " + reason
        }
    }

    /// The summary without the sentences about what the caller supplies, and without pipes.
    static func shortSummary(_ summary: String) -> String {
        var sentences: [String] = []
        var current = ""
        for character in summary {
            if character == " " && current.hasSuffix(".") {
                sentences.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { sentences.append(current) }
        let text = sentences.filter { !$0.hasPrefix("The caller supplies") }.joined(separator: " ")
        var result = ""
        for character in text { result += character == "|" ? "\\|" : String(character) }
        return result
    }
}
