extension InterpretationRegister {
    /// The register's introduction, before the first section.
    static let introduction = """
        # Interpretation register

        The terms are consumer terms. Where a clause can be read more than one way, the library takes the
        reading most favourable to the parent (art. 6:238 lid 2 BW: "Bij twijfel over de betekenis van een
        beding geldt de voor de consument gunstigste uitleg"). Each reading is recorded here with the quoted
        text, the readings considered, the reading chosen and why, and the test that pins it down. Entries
        marked **For legal** are conflicts or gaps that the library cannot settle alone.

        Identifiers are stable: I-0xx foundation, I-1xx swap hours, I-2xx contracts, calendar and billing,
        I-3xx guardianship, app access and retention.
        """

    /// `Docs/Interpretations.md`: the introduction, then each section's heading and marker comment, and
    /// each entry as a heading and one bullet per part (clause, readings considered, chosen and why, the
    /// switchable reading, further consequences, pinned by). `childcare-rules interpretations` prints it;
    /// CI fails when the file differs.
    package static func markdown() -> String {
        var text = introduction + "\n"
        for section in sections {
            text += "\n## \(section.title) (\(section.range))\n\n<!-- \(section.marker) entries -->\n"
            for entry in section.entries {
                text += "\n" + markdown(entry)
            }
        }
        return text
    }

    /// One entry: its heading and its bullets, each on one line.
    static func markdown(_ entry: Interpretation) -> String {
        var lines = [
            "### \(entry.id). \(entry.title)",
            "- **Clause:** \(entry.clause)",
            "- **Readings considered:** \(entry.readingsConsidered)",
            "- **Chosen:** \(entry.chosen) **Why:** \(entry.why)"
                + (entry.forLegal.map { " **For legal:** \($0)" } ?? ""),
        ]
        if let switchable = entry.switchable {
            lines.append("- **Switchable:** " + markdown(switchable))
        }
        if let also = entry.also {
            lines.append("- **Also:** \(also)")
        }
        lines.append("- **Pinned by:** " + entry.pinnedBy.map { markdown($0) }.joined(separator: "; "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The switchable reading: its symbol, its alternatives (the chosen one first), and the commands that
    /// run the casebook under the next one.
    static func markdown(_ switchable: Interpretation.Switchable) -> String {
        let reading = switchable.reading
        var alternatives = "`\(reading.chosen.id)`, chosen"
        let others = reading.alternatives.dropFirst().map { "`\($0.id)`" }
        for (index, other) in others.enumerated() {
            alternatives += (index == others.count - 1 ? ", and " : ", ") + other
        }
        let term = "\(reading.id)=" + (reading.alternatives.dropFirst().first?.id ?? reading.chosen.id)
        let which = others.count == 1 ? "the other reading" : "another reading"
        return
            "`Reading.\(switchable.symbol)` (alternatives \(alternatives)). `childcare-rules check --reading "
            + "\(term) Scenarios` runs the casebook under \(which); `childcare-rules impact --reading \(term) "
            + "Scenarios` lists what it changes (\(switchable.impact))."
    }

    /// The tests of one file: `CLI: `file` — "name"; "name" (note)`.
    static func markdown(_ pinned: Interpretation.PinnedTests) -> String {
        (pinned.label.map { "\($0): " } ?? "") + "`\(pinned.file)` — "
            + pinned.tests.map { "\"\($0)\"" }.joined(separator: "; ")
            + (pinned.note.map { " (\($0))" } ?? "")
    }
}
