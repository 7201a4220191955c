/// What changed between two editions of one document, clause by clause, and which parameters changed:
/// the answer to "what changes if the provider publishes a new edition?" (issue 15).
///
/// ```swift
/// let diff = try EditionDiff(from: .tso2024, to: next)
/// diff.clauses      // [.changed(key: "TSO art. 5 lid 1", from: "…96 uur…", to: "…72 uur…")]
/// diff.parameters   // [ParameterChange(name: "tso.absence.noticeHours", from: "96 hours", to: "72 hours")]
/// ```
package struct EditionDiff: Sendable, Hashable {
    /// A clause that one edition has and the other has not, or has in other words.
    package enum ClauseChange: Sendable, Hashable {
        /// Only the newer edition has the clause.
        case added(key: String, text: String)
        /// Only the older edition has the clause.
        case removed(key: String, text: String)
        /// Both have it, in other words.
        case changed(key: String, from: String, to: String)

        /// The clause key.
        package var key: String {
            switch self {
            case .added(let key, _), .removed(let key, _), .changed(let key, _, _): key
            }
        }
    }

    /// A parameter whose value differs, or that only one edition has.
    package struct ParameterChange: Sendable, Hashable {
        /// The parameter's name, such as `tso.absence.noticeHours`.
        package let name: String
        /// Its clause key in the newer edition (the older one's when it was removed).
        package let clauseKey: String
        /// Its value in the older edition, written out; `nil` when it had none.
        package let from: String?
        /// Its value in the newer edition, written out; `nil` when it has none.
        package let to: String?
    }

    /// The older edition.
    package let from: TermsEdition
    /// The newer edition.
    package let to: TermsEdition
    /// The clauses that differ, in the order of the older edition's text, then those added.
    package let clauses: [ClauseChange]
    /// The parameters that differ, in the order of the tables.
    package let parameters: [ParameterChange]

    /// The differences from `from` to `to`, with the clause texts of `index` and the parameters among
    /// `parameters` (for the TSO terms).
    ///
    /// - Throws: ``RulesError`` with code `invalidArgument` for editions of two documents.
    package init(
        from: TermsEdition, to: TermsEdition, index: ClauseIndex = ClauseRegistry.index,
        parameters: [TSOParameters] = TSOParameters.all
    ) throws(RulesError) {
        guard from.document == to.document else {
            throw RulesError(
                code: .invalidArgument, value: "\(from.id) and \(to.id)",
                context: "only two editions of one document can be compared")
        }
        self.from = from
        self.to = to
        let old = index.clauses(in: from)
        let new = index.clauses(in: to)
        let newByKey = Dictionary(firstWins: new.map { ($0.key, $0) })
        let oldKeys = Set(old.map { $0.key })
        var clauses: [ClauseChange] = []
        for clause in old {
            if let replacement = newByKey[clause.key] {
                if replacement.text != clause.text {
                    clauses.append(.changed(key: clause.key, from: clause.text, to: replacement.text))
                }
            } else {
                clauses.append(.removed(key: clause.key, text: clause.text))
            }
        }
        for clause in new where !oldKeys.contains(clause.key) {
            clauses.append(.added(key: clause.key, text: clause.text))
        }
        self.clauses = clauses
        let oldTable = parameters.first { $0.edition == from }?.table ?? []
        let newTable = parameters.first { $0.edition == to }?.table ?? []
        let newRows = Dictionary(firstWins: newTable.map { ($0.name, $0) })
        let oldNames = Set(oldTable.map { $0.name })
        var changes: [ParameterChange] = []
        for row in oldTable {
            let replacement = newRows[row.name]
            if replacement?.value != row.value {
                changes.append(
                    ParameterChange(
                        name: row.name, clauseKey: replacement?.clauseKey ?? row.clauseKey, from: row.value,
                        to: replacement?.value))
            }
        }
        for row in newTable where !oldNames.contains(row.name) {
            changes.append(
                ParameterChange(name: row.name, clauseKey: row.clauseKey, from: nil, to: row.value))
        }
        self.parameters = changes
    }

    /// Whether the editions say the same.
    package var isEmpty: Bool { clauses.isEmpty && parameters.isEmpty }

    /// The differences as Markdown: the parameters first, then each clause with its old and new text.
    package func markdown() -> String {
        var lines = [
            "# \(from.document.title(in: .en)): \(from.label.en) → \(to.label.en)",
            "",
        ]
        if isEmpty {
            lines.append("The two editions have the same clause texts and parameters.")
            return lines.joined(separator: "\n") + "\n"
        }
        if !parameters.isEmpty {
            lines += [
                "## Parameters", "", "| parameter | clause | \(from.id) | \(to.id) |", "|---|---|---|---|",
            ]
            for change in parameters {
                lines.append(
                    "| `\(change.name)` | \(change.clauseKey) | \(change.from ?? "—") | \(change.to ?? "—") |"
                )
            }
            lines.append("")
        }
        if !clauses.isEmpty {
            lines += ["## Clauses", ""]
            for change in clauses {
                switch change {
                case .added(let key, let text):
                    lines += ["### \(key): added", "", "> \(text)", ""]
                case .removed(let key, let text):
                    lines += ["### \(key): removed", "", "> \(text)", ""]
                case .changed(let key, let old, let new):
                    lines += [
                        "### \(key): changed", "", "Was:", "", "> \(old)", "", "Now:", "", "> \(new)", "",
                    ]
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
