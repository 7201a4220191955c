/// A request under the AVG (GDPR) rights, and the deadlines for the answer, an extension and a refusal
/// (Portal privacy statement, "Bewaren van persoonsgegevens"; art. 12 and 15–21 AVG).
///
/// > "U heeft een wettelijk recht om de persoonsgegevens van u of uw kind in te zien, te laten wijzigen of
/// > verwijderen. Hiervoor kunt u een verzoek indienen via de klantenservice. Een dergelijk verzoek wordt op
/// > de kortst mogelijke termijn behandeld, doch uiterlijk binnen 4 weken."
///
/// The answer is due by the end of the earlier of two days: 4 weeks after receipt (the statement) and one
/// month after receipt (art. 12 lid 3 AVG). Four weeks are never longer than a month, so the statement's
/// 28 days always apply (I-309, I-315). An extension (art. 12 lid 3 AVG) needs a notice with its reasons
/// by that day and adds at most two months; a refusal (art. 12 lid 4 AVG) is due by the same day and names
/// the complaint to the Autoriteit Persoonsgegevens and the court. The rights reach archived data until it
/// is destroyed.
public enum DataRequest {
    /// The rule's identifier.
    public static let rule: RuleID = "retention.dataRequest"

    /// The clause, as the portal privacy statement writes it.
    public static let clause =
        "U heeft een wettelijk recht om de persoonsgegevens van u of uw kind in te zien, te laten wijzigen of "
        + "verwijderen. Hiervoor kunt u een verzoek indienen via de klantenservice. Een dergelijk verzoek wordt op "
        + "de kortst mogelijke termijn behandeld, doch uiterlijk binnen 4 weken."

    /// The number of weeks Partou has to answer (the statement).
    public static var weeks: Int { AccessParameters.library.dataRequestAnswer.value }

    /// The months the AVG allows for an answer (art. 12 lid 3).
    public static let avgMonths = 1

    /// The months an extension may add (art. 12 lid 3 AVG).
    public static let extensionMonths = 2

    /// What the parent asks: one of the rights of the AVG.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Inspect the data (inzage, art. 15 AVG).
        case inspect
        /// Correct the data (rectificatie, art. 16 AVG).
        case correct
        /// Erase the data (verwijdering, art. 17 AVG; after consent is withdrawn, art. 17 lid 1 sub b).
        case erase
        /// Restrict the processing (beperking, art. 18 AVG).
        case restrict
        /// Receive the data to take elsewhere (overdraagbaarheid, art. 20 AVG).
        case port
        /// Object to the processing (bezwaar, art. 21 AVG).
        case object

        /// The article of the AVG that gives the right.
        public var article: String {
            switch self {
            case .inspect: "15"
            case .correct: "16"
            case .erase: "17"
            case .restrict: "18"
            case .port: "20"
            case .object: "21"
            }
        }

        /// The request in `language`.
        public func name(in language: Language) -> String {
            switch (self, language) {
            case (.inspect, .nl): "inzage"
            case (.inspect, .en): "inspection"
            case (.correct, .nl): "wijziging"
            case (.correct, .en): "correction"
            case (.erase, .nl): "verwijdering"
            case (.erase, .en): "erasure"
            case (.restrict, .nl): "beperking van de verwerking"
            case (.restrict, .en): "restriction of processing"
            case (.port, .nl): "overdracht"
            case (.port, .en): "portability"
            case (.object, .nl): "bezwaar tegen de verwerking"
            case (.object, .en): "objection to processing"
            }
        }
    }

    /// The kind of deadline this rule computes.
    public static let deadlineKind = Deadline.Kind(
        key: "dataRequestAnswer", nl: "antwoord op je verzoek", en: "answer to your request")

    /// The kind of deadline for an extended answer.
    public static let extendedKind = Deadline.Kind(
        key: "dataRequestExtendedAnswer", nl: "verlengd antwoord op je verzoek",
        en: "extended answer to your request")

    /// The last day for the answer: the earlier of received + 4 weeks and received + 1 month.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the date leaves the supported years.
    public static func answerBy(received: LocalDate) throws(RulesError) -> LocalDate {
        try RulesError.calendar { () throws(CalendarError) in
            let statement = try received.adding(weeks: weeks)
            let avg = try received.adding(months: avgMonths, rounding: .down)
            return min(statement, avg)
        }
    }

    /// The deadline for answering a request received on `received`, explained.
    ///
    /// - Parameters:
    ///   - kind: the right the parent invokes.
    ///   - received: the date Partou received the request.
    ///   - contractEnd: day 0 of the customer relationship's end, when it ended: the answer then says
    ///     whether the data is archived (still covered) or destroyed.
    ///   - consentWithdrawn: for an erasure, whether consent was withdrawn: art. 17 lid 1 sub b AVG.
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the deadline leaves the supported years.
    public static func answerDeadline(
        _ kind: Kind, received: LocalDate, contractEnd: LocalDate? = nil, consentWithdrawn: Bool = false
    ) throws(RulesError) -> Decision<DataRequestOutcome> {
        let edition = try TermsEdition.inForce(.portalPrivacyStatement, on: received)
        let due = try answerBy(received: received)
        let deadline = try Deadline.endOfDate(due, kind: deadlineKind)
        let citation = edition.cite(section: Retention.sectionTitle)
        var phase: RetentionPhase?
        if let contractEnd { phase = try Retention.phase(on: received, contractEnd: contractEnd) }
        var nl =
            "Partou ontving je verzoek om \(kind.name(in: .nl)) van je gegevens (art. \(kind.article) AVG) op "
            + "\(received.spelledOut(in: .nl, includingYear: true)). Partou behandelt het zo snel mogelijk, en "
            + "binnen \(DataRequest.weeks) weken, korter dan de maand van art. 12 lid 3 AVG: "
            + "\(deadline.phrase(in: .nl, includingYear: true)) (\(citation.rendered(in: .nl)))."
        var en =
            "Partou received your request for \(kind.name(in: .en)) of your data (art. \(kind.article) GDPR) on "
            + "\(received.spelledOut(in: .en, includingYear: true)). Partou handles it as soon as possible, and "
            + "within \(DataRequest.weeks) weeks at the latest, shorter than the month of art. 12(3) GDPR: "
            + "\(deadline.phrase(in: .en, includingYear: true)) (\(citation.rendered(in: .en)))."
        if kind == .erase && consentWithdrawn {
            nl +=
                " Je trok je toestemming in, dus Partou wist de foto's en dagverslagen die op die toestemming "
                + "berustten (art. 17 lid 1 sub b AVG)."
            en +=
                " You withdrew your consent, so Partou erases the photos and diary entries that rested on it "
                + "(art. 17(1)(b) GDPR)."
        }
        if let phase, let contractEnd {
            let schedule = try Retention.dates(contractEnd: contractEnd)
            switch phase {
            case .archived:
                nl +=
                    " De gegevens zijn gearchiveerd, maar je verzoek geldt ook voor gearchiveerde gegevens, tot ze "
                    + "op \(schedule.destroyedOn.spelledOut(in: .nl, includingYear: true)) vernietigd worden."
                en +=
                    " The data is archived, but your request covers archived data too, until it is destroyed on "
                    + "\(schedule.destroyedOn.spelledOut(in: .en, includingYear: true))."
            case .destroyed:
                nl +=
                    " De gegevens van je kind zijn op \(schedule.destroyedOn.spelledOut(in: .nl, includingYear: true)) "
                    + "vernietigd; Partou zegt je welke gegevens er nog zijn."
                en +=
                    " Your child's data was destroyed on "
                    + "\(schedule.destroyedOn.spelledOut(in: .en, includingYear: true)); Partou tells you which data is left."
            case .underContract, .visibleInApp, .visibleOnRequest:
                break
            }
        }
        return Decision(
            rule: rule,
            outcome: DataRequestOutcome(kind: kind, received: received, answerBy: due, phase: phase),
            deadlines: [deadline], citations: [citation], explanation: Explanation(nl: nl, en: en))
    }

    /// The notice that extends the answer (art. 12 lid 3 AVG): due by the answer deadline, with its reasons;
    /// the answer is then due at most two months later.
    ///
    /// - Parameters:
    ///   - kind: the right the parent invokes.
    ///   - received: the date Partou received the request.
    ///   - reasons: why the request needs more time (its complexity or the number of requests).
    /// - Throws: ``RulesError`` `invalidArgument` for empty reasons, or a calendar error.
    public static func extensionNotice(
        _ kind: Kind, received: LocalDate, reasons: String
    ) throws(RulesError) -> Decision<DataRequestExtension> {
        guard !reasons.allSatisfy({ $0.isWhitespace }) else {
            throw RulesError(
                code: .invalidArgument, value: "reasons",
                context: "an extension must give its reasons (art. 12 lid 3 AVG)")
        }
        let edition = try TermsEdition.inForce(.portalPrivacyStatement, on: received)
        let noticeBy = try answerBy(received: received)
        let extended = try RulesError.calendar { () throws(CalendarError) in
            try noticeBy.adding(months: extensionMonths, rounding: .down)
        }
        let citation = edition.cite(section: Retention.sectionTitle)
        let notice = try Deadline.endOfDate(noticeBy, kind: deadlineKind)
        let answer = try Deadline.endOfDate(extended, kind: extendedKind)
        return Decision(
            rule: rule,
            outcome: DataRequestExtension(
                kind: kind, noticeBy: noticeBy, answerBy: extended, reasons: reasons),
            deadlines: [notice, answer], citations: [citation],
            explanation: Explanation(
                nl:
                    "Heeft Partou meer tijd nodig voor je verzoek om \(kind.name(in: .nl)), dan moet Partou je dat "
                    + "\(notice.phrase(in: .nl, includingYear: true)) laten weten, met de redenen "
                    + "(\(reasons)); het antwoord komt dan \(answer.phrase(in: .nl, includingYear: true)) "
                    + "(art. 12 lid 3 AVG; \(citation.rendered(in: .nl))).",
                en: "If Partou needs more time for your request for \(kind.name(in: .en)), it must tell you "
                    + "\(notice.phrase(in: .en, includingYear: true)), with its reasons (\(reasons)); the answer then "
                    + "comes \(answer.phrase(in: .en, includingYear: true)) (art. 12(3) GDPR; "
                    + "\(citation.rendered(in: .en)))."))
    }

    /// The notice that refuses the request (art. 12 lid 4 AVG): due by the answer deadline, with the
    /// reasons, naming the complaint to the Autoriteit Persoonsgegevens and the remedy at court.
    ///
    /// - Throws: ``RulesError`` wrapping a ``CalendarError`` when the deadline leaves the supported years.
    public static func refusalNotice(
        _ kind: Kind, received: LocalDate
    ) throws(RulesError) -> Decision<DataRequestRefusal> {
        let edition = try TermsEdition.inForce(.portalPrivacyStatement, on: received)
        let due = try answerBy(received: received)
        let deadline = try Deadline.endOfDate(due, kind: deadlineKind)
        let citation = edition.cite(section: Retention.sectionTitle)
        return Decision(
            rule: rule,
            outcome: DataRequestRefusal(
                kind: kind, noticeBy: due, supervisoryAuthority: "Autoriteit Persoonsgegevens"),
            deadlines: [deadline], citations: [citation],
            explanation: Explanation(
                nl: "Wijst Partou je verzoek om \(kind.name(in: .nl)) af, dan zegt Partou je dat "
                    + "\(deadline.phrase(in: .nl, includingYear: true)), met de redenen. Je kunt dan klagen bij de "
                    + "Autoriteit Persoonsgegevens of naar de rechter gaan (art. 12 lid 4 AVG; "
                    + "\(citation.rendered(in: .nl))).",
                en: "If Partou refuses your request for \(kind.name(in: .en)), it tells you so "
                    + "\(deadline.phrase(in: .en, includingYear: true)), with its reasons. You can then complain to "
                    + "the Autoriteit Persoonsgegevens (the Dutch Data Protection Authority) or go to court "
                    + "(art. 12(4) GDPR; \(citation.rendered(in: .en)))."))
    }
}

/// The answer deadline of a data request.
public struct DataRequestOutcome: Sendable, Hashable {
    /// What the parent asked.
    public let kind: DataRequest.Kind
    /// The date Partou received the request.
    public let received: LocalDate
    /// The last day for the answer, inclusive: 28 days after receipt.
    public let answerBy: LocalDate
    /// Where the child's data stands on the day of receipt, when the customer relationship's end is known.
    public let phase: RetentionPhase?

    /// Creates an outcome.
    public init(
        kind: DataRequest.Kind, received: LocalDate, answerBy: LocalDate, phase: RetentionPhase? = nil
    ) {
        self.kind = kind
        self.received = received
        self.answerBy = answerBy
        self.phase = phase
    }
}

/// An extension of the answer to a data request (art. 12 lid 3 AVG).
public struct DataRequestExtension: Sendable, Hashable {
    /// What the parent asked.
    public let kind: DataRequest.Kind
    /// The last day for the notice of the extension: the answer deadline.
    public let noticeBy: LocalDate
    /// The last day for the extended answer.
    public let answerBy: LocalDate
    /// The reasons the notice gives.
    public let reasons: String

    /// Creates an extension.
    public init(kind: DataRequest.Kind, noticeBy: LocalDate, answerBy: LocalDate, reasons: String) {
        self.kind = kind
        self.noticeBy = noticeBy
        self.answerBy = answerBy
        self.reasons = reasons
    }
}

/// A refusal of a data request (art. 12 lid 4 AVG).
public struct DataRequestRefusal: Sendable, Hashable {
    /// What the parent asked.
    public let kind: DataRequest.Kind
    /// The last day for the refusal notice.
    public let noticeBy: LocalDate
    /// The supervisory authority the parent may complain to.
    public let supervisoryAuthority: String

    /// Creates a refusal.
    public init(kind: DataRequest.Kind, noticeBy: LocalDate, supervisoryAuthority: String) {
        self.kind = kind
        self.noticeBy = noticeBy
        self.supervisoryAuthority = supervisoryAuthority
    }
}

#if !hasFeature(Embedded)
    extension DataRequest.Kind: Codable {}
    extension DataRequestOutcome: Codable {}
    extension DataRequestExtension: Codable {}
    extension DataRequestRefusal: Codable {}
#endif
