/// The interpretation register as values: every ``Interpretation``, section by section, in the order of
/// `Docs/Interpretations.md`, which ``markdown()`` writes (`childcare-rules interpretations`).
///
/// An entry's hundred names its section (I-0xx foundation, I-1xx swap hours, I-2xx contracts, calendar and
/// billing, I-3xx guardianship, app access and retention), in the order of their ids. Each entry is kept
/// beside the clauses it reads, in its area's folder (``byArea``), whatever its section. The readings a rule can be switched on are
/// ``Reading/all``; each is the ``Interpretation/switchable`` part of one entry here.
package enum InterpretationRegister {
    /// One `##` section of the register: the entries of one hundred.
    package struct Section: Sendable {
        /// The section's heading, before its range of ids, such as `Foundation`.
        package let title: String
        /// The hundred of its ids: 0 for I-001 – I-099, 1 for I-100 – I-199, and so on.
        package let hundred: Int
        /// The word of the marker comment after the heading (`<!-- foundation entries -->`), where a new
        /// entry goes.
        package let marker: String
        /// The section's entries, in the register's order.
        package let entries: [Interpretation]

        /// The ids the section holds, as the heading writes them: `I-001 – I-099` for hundred 0.
        package var range: String {
            "\(InterpretationRegister.id(max(1, hundred * 100))) – \(InterpretationRegister.id(hundred * 100 + 99))"
        }
    }

    /// The tests that pin an entry down, as the sections' entries name them.
    typealias PinnedTests = Interpretation.PinnedTests

    /// The sections, in order, each with the entries of its hundred in the order of their ids.
    package static let sections: [Section] = [
        Section(title: "Foundation", hundred: 0, marker: "foundation", entries: entries(inHundred: 0)),
        Section(
            title: "Swap hours and extra care", hundred: 1, marker: "swap-hours",
            entries: entries(inHundred: 1)),
        Section(
            title: "Contracts, care calendar and billing", hundred: 2, marker: "contracts",
            entries: entries(inHundred: 2)),
        Section(
            title: "Guardianship, app access and retention", hundred: 3, marker: "access",
            entries: entries(inHundred: 3)),
    ]

    /// The entries as the area folders hold them: each beside the clauses it reads (`SwapHours/SwapHoursRegister.swift`,
    /// …), and those that read no one area's clause in `Terms/Register/DocumentRegister.swift`.
    ///
    /// ```swift
    /// InterpretationRegister.byArea.map(\.count).reduce(0, +) == InterpretationRegister.entries.count   // true
    /// ```
    package static let byArea: [[Interpretation]] = [
        documentEntries, swapHoursEntries, extraCareEntries, contractsEntries, careCalendarEntries,
        billingEntries, accessEntries, retentionEntries, statuteEntries,
    ]

    /// The entries whose id lies in `hundred` (0 for I-001 – I-099), in the order of their ids.
    static func entries(inHundred hundred: Int) -> [Interpretation] {
        byArea.joined().filter { number(of: $0.id) / 100 == hundred }.sorted {
            number(of: $0.id) < number(of: $1.id)
        }
    }

    /// The number of a register id: 203 for `I-203`, -1 for an id not of that form.
    static func number(of id: String) -> Int {
        id.hasPrefix("I-") ? Int(id.dropFirst(2)) ?? -1 : -1
    }

    /// Every entry, section by section.
    package static var entries: [Interpretation] {
        var all: [Interpretation] = []
        for section in sections { all += section.entries }
        return all
    }

    /// The register's id for `number`, such as `I-003` for 3.
    package static func id(_ number: Int) -> String {
        let digits = String(number)
        return "I-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
