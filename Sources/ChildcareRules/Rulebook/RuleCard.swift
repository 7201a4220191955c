/// What legal and product staff read about one rule: the clauses it applies, the reading chosen, and
/// worked examples the library computes when the rulebook is generated.
///
/// ```swift
/// let card = Rulebook.cards.first { $0.id == NinetySixHourRule.rule }
/// card?.clauseKeys        // ["TSO art. 5 lid 1"]
/// card?.interpretations   // ["I-001", "I-002", "I-006"]
/// ```
package struct RuleCard: Sendable {
    /// The rule's identifier, as decisions carry it.
    package let id: RuleID
    /// The rule's title in Dutch and English.
    package let title: Explanation
    /// The keys of the clauses the rule applies, as in ``ClauseRegistry``.
    package let clauseKeys: [String]
    /// How the library reads the clauses, in English.
    package let reading: String
    /// The interpretation-register entries behind the reading, such as "I-001".
    package let interpretations: [String]
    /// The tests that pin the rule, as `file — "test name"`.
    package let tests: [String]
    /// Computes the worked examples. Called at generation time, so the examples are the library's own answers.
    package let examples: @Sendable () throws(RulesError) -> [ExampleTable]

    /// Creates a rule card.
    package init(
        id: RuleID, title: Explanation, clauseKeys: [String], reading: String, interpretations: [String],
        tests: [String], examples: @escaping @Sendable () throws(RulesError) -> [ExampleTable]
    ) {
        self.id = id
        self.title = title
        self.clauseKeys = clauseKeys
        self.reading = reading
        self.interpretations = interpretations
        self.tests = tests
        self.examples = examples
    }
}

/// A table of worked examples: a caption, column headers, and rows of cells.
package struct ExampleTable: Sendable, Hashable {
    /// What the table shows.
    package let caption: String
    /// The column headers.
    package let headers: [String]
    /// The rows; each has one cell per header.
    package let rows: [[String]]
    /// The clause keys (``Citation/key``) cited by the decisions behind the rows, in order of first use.
    ///
    /// They are not printed; `TraceabilityTests` uses them to check that every clause the code cites is
    /// in the traceability table.
    package let citedKeys: [String]

    /// Creates a table; `citedKeys` lists the clause keys the decisions behind the rows cite.
    package init(caption: String, headers: [String], rows: [[String]], citedKeys: [String] = []) {
        self.caption = caption
        self.headers = headers
        self.rows = rows
        var unique: [String] = []
        for key in citedKeys where !unique.contains(key) { unique.append(key) }
        self.citedKeys = unique
    }

    /// The table as GitHub-flavoured Markdown.
    package var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingPipes }.joined(separator: " | ") + " |"
        }
        var lines = [
            "*\(caption)*", "", line(headers), "|" + String(repeating: "---|", count: headers.count),
        ]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate var replacingPipes: String {
        var result = ""
        for character in self { result += character == "|" ? "\\|" : String(character) }
        return result
    }
}

#if !hasFeature(Embedded)
    extension ExampleTable: Codable {}
#endif
