/// A request to inspect, correct or erase personal data, and the deadline for the answer
/// (Portal privacy statement, "Bewaren van persoonsgegevens").
///
/// > "U heeft een wettelijk recht om de persoonsgegevens van u of uw kind in te zien, te laten wijzigen of
/// > verwijderen. Hiervoor kunt u een verzoek indienen via de klantenservice. Een dergelijk verzoek wordt op
/// > de kortst mogelijke termijn behandeld, doch uiterlijk binnen 4 weken."
///
/// The answer is due by the end of the day 4 weeks (28 days) after Partou received the request,
/// inclusive (I-309).
public enum DataRequest {
    /// The rule's identifier.
    public static let rule: RuleID = "retention.dataRequest"

    /// The clause, as the portal privacy statement writes it.
    public static let clause =
        "U heeft een wettelijk recht om de persoonsgegevens van u of uw kind in te zien, te laten wijzigen of "
        + "verwijderen. Hiervoor kunt u een verzoek indienen via de klantenservice. Een dergelijk verzoek wordt op "
        + "de kortst mogelijke termijn behandeld, doch uiterlijk binnen 4 weken."

    /// The number of weeks Partou has to answer.
    public static let weeks = 4

    /// What the parent asks.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Inspect the data (inzien).
        case inspect
        /// Correct the data (laten wijzigen).
        case correct
        /// Erase the data (verwijderen).
        case erase

        /// The request in `language`.
        public func name(in language: Language) -> String {
            switch (self, language) {
            case (.inspect, .nl): "inzage"
            case (.inspect, .en): "inspection"
            case (.correct, .nl): "wijziging"
            case (.correct, .en): "correction"
            case (.erase, .nl): "verwijdering"
            case (.erase, .en): "erasure"
            }
        }
    }

    /// The kind of deadline this rule computes.
    public static let deadlineKind = Deadline.Kind(
        key: "dataRequestAnswer", nl: "antwoord op je verzoek", en: "answer to your request")

    /// The deadline for answering a request received on `received`, explained.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the deadline leaves the supported years.
    public static func answerDeadline(
        _ kind: Kind, received: LocalDate
    ) throws(RulesError) -> Decision<DataRequestOutcome> {
        let edition = try TermsEdition.inForce(.portalPrivacyStatement, on: received)
        let due = try RulesError.calendar { () throws(CalendarError) in try received.adding(weeks: weeks) }
        let deadline = try Deadline.endOfDate(due, kind: deadlineKind)
        let citation = edition.cite(section: Retention.sectionTitle)
        let explanation = Explanation(
            nl: "Partou ontving je verzoek om \(kind.name(in: .nl)) van je gegevens op "
                + "\(received.spelledOut(in: .nl, includingYear: true)). Partou behandelt het zo snel mogelijk, "
                + "en uiterlijk binnen 4 weken: \(deadline.phrase(in: .nl, includingYear: true)) "
                + "(\(citation.rendered(in: .nl))).",
            en: "Partou received your request for \(kind.name(in: .en)) of your data on "
                + "\(received.spelledOut(in: .en, includingYear: true)). Partou handles it as soon as possible, and "
                + "within 4 weeks at the latest: \(deadline.phrase(in: .en, includingYear: true)) "
                + "(\(citation.rendered(in: .en))).")
        return Decision(
            rule: rule, outcome: DataRequestOutcome(kind: kind, received: received, answerBy: due),
            deadlines: [deadline], citations: [citation], explanation: explanation)
    }
}

/// The answer deadline of a data request.
public struct DataRequestOutcome: Sendable, Hashable, Codable {
    /// What the parent asked.
    public let kind: DataRequest.Kind
    /// The date Partou received the request.
    public let received: LocalDate
    /// The last day for the answer, inclusive: 28 days after receipt.
    public let answerBy: LocalDate

    /// Creates an outcome.
    public init(kind: DataRequest.Kind, received: LocalDate, answerBy: LocalDate) {
        self.kind = kind
        self.received = received
        self.answerBy = answerBy
    }
}
