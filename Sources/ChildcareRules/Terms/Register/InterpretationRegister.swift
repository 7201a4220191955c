/// The interpretation register as values: every ``Interpretation``, section by section, in the order of
/// `Docs/Interpretations.md`, which ``markdown()`` writes (`childcare-rules interpretations`).
///
/// An entry's hundred names its section (I-0xx foundation, I-1xx swap hours, I-2xx contracts, calendar and
/// billing, I-3xx guardianship, app access and retention); within a section the entries keep the order in
/// which they were added, which is not always numeric. The readings a rule can be switched on are
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

    /// The sections, in order.
    package static let sections: [Section] = [
        Section(title: "Foundation", hundred: 0, marker: "foundation", entries: foundation),
        Section(title: "Swap hours and extra care", hundred: 1, marker: "swap-hours", entries: swapHours),
        Section(
            title: "Contracts, care calendar and billing", hundred: 2, marker: "contracts", entries: contracts
        ),
        Section(
            title: "Guardianship, app access and retention", hundred: 3, marker: "access", entries: access),
    ]

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
