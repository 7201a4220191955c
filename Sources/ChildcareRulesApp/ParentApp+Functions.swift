import ChildcareRules
import JSONValue

extension ParentApp {
    /// The longest period ``Function/careDays`` answers for: a school year and a little more.
    public static let maximumCareDays = 400

    /// The most absences ``Function/balance`` applies in one request.
    public static let maximumAbsences = 1_000

    /// `{"careStart":"2026-03-30T12:00"}` → the 96-hour decision (TSO art. 5 lid 1), plus `careStart`,
    /// `deadline`, `elapsedReading` and `calendarReading` (I-001: the later of the two readings counts).
    static func absenceDeadline(_ request: AppRequest) throws(ParentAppError) -> JSON {
        let careStart = try request.dateTime("careStart")
        let decision = try rule { () throws(RulesError) in
            try NinetySixHourRule.deadline(careStart: careStart)
        }
        let record = DecisionRecord(decision, event: "app.absenceDeadline", outcome: .deadline)
        return appending(
            to: AppAnswer.decision(record),
            [
                ("careStart", .string(decision.outcome.careStart.description)),
                ("deadline", .string(decision.outcome.deadline.description)),
                ("elapsedReading", .string(decision.outcome.elapsedReading.description)),
                ("calendarReading", .string(decision.outcome.calendarReading.description)),
            ])
    }

    /// Case + `{"day":"2026-10-26","now":"2026-10-22T09:15"}` → the decision an absence of `day`, reported
    /// in the app at `now`, would get (`earned`, `tooLate`, `notACareDay`, …). Nothing is recorded.
    static func canReportAbsence(_ request: AppRequest) throws(ParentAppError) -> JSON {
        let day = try request.date("day")
        let now = try request.dateTime("now")
        let app = try AppCase(request)
        let record = try rule { () throws(RulesError) in
            try EngineState(facts: app.facts).canReportAbsence(
                on: day, contract: AppCase.contractID, now: now, facts: app.facts)
        }
        return AppAnswer.decision(record)
    }

    /// Case + `{"from":"2026-09-01","through":"2026-09-30"}` → `{"days":[…]}`: each care day with its start,
    /// minutes and 96-hour deadline, and each day without care with the reason and the articles (art. 4).
    static func careDays(_ request: AppRequest) throws(ParentAppError) -> JSON {
        let from = try request.date("from")
        let through = try request.date("through")
        let app = try AppCase(request)
        guard from <= through, from.days(to: through) < maximumCareDays else {
            throw ParentAppError(
                code: .invalidRequest,
                message: "$.from \(from) through $.through \(through) must be 1 to \(maximumCareDays) days.")
        }
        let days = try rule { () throws(RulesError) in
            try CareCalendar.days(
                from: from, through: through, contract: app.contract, school: app.facts.school)
        }
        var items: [JSON] = []
        items.reserveCapacity(days.count)
        for status in days {
            switch status {
            case .care(let day):
                let deadline = Deadline(
                    kind: NinetySixHourRule.deadlineKind, moment: day.deadline, isInclusive: false)
                items.append(
                    .object([
                        ("date", .string(day.date.description)),
                        ("care", .bool(true)),
                        ("start", .string(day.start.description)),
                        ("minutes", .int(day.minutes)),
                        ("deadline", AppAnswer.deadline(deadline)),
                    ]))
            case .noCare(let skipped):
                let edition = try rule { () throws(RulesError) in
                    try TermsEdition.inForce(.tsoTerms, on: skipped.date)
                }
                items.append(
                    .object([
                        ("date", .string(skipped.date.description)),
                        ("care", .bool(false)),
                        ("reason", .string(skipped.reason.rawValue)),
                        (
                            "name",
                            AppAnswer.text(nl: skipped.reason.name(in: .nl), en: skipped.reason.name(in: .en))
                        ),
                        (
                            "holidays",
                            .array(
                                skipped.holidays.map {
                                    AppAnswer.text(nl: $0.name(in: .nl), en: $0.name(in: .en))
                                })
                        ),
                        ("creditedMinutes", .int(skipped.creditedMinutes)),
                        (
                            "citations",
                            .array(skipped.reason.citations(in: edition).map { AppAnswer.citation($0) })
                        ),
                    ]))
            }
        }
        return .object([("days", .array(items))])
    }

    /// Case + `{"absences":[{"day":…,"reported":…}],"at":"2026-12-01"}` → the balance decision on `at`
    /// (art. 5 lid 5: what is available and when it lapses), with `"absences"`: each absence's decision.
    /// The absences are applied through the engine, in the order given; one reported before the previous
    /// one is refused as `outOfOrder`.
    static func balance(_ request: AppRequest) throws(ParentAppError) -> JSON {
        let at = try request.date("at")
        let app = try AppCase(request)
        let absences = try request.array("absences")
        guard absences.count <= maximumAbsences else {
            throw ParentAppError(
                code: .invalidRequest,
                message:
                    "$.absences has \(absences.count) items; at most \(maximumAbsences) are answered at once."
            )
        }
        var events: [TimedEvent] = []
        for (index, (item, path)) in absences.enumerated() {
            let absence = try AppRequest(item, path: path)
            let day = try absence.date("day")
            let reported = try absence.dateTime("reported")
            events.append(
                TimedEvent(
                    id: EventID("absence-\(index + 1)"), at: reported,
                    event: .absence(contract: AppCase.contractID, date: day, channel: .app)))
        }
        var state = EngineState(facts: app.facts)
        var decisions: [JSON] = []
        for event in events {
            let records = try rule { () throws(RulesError) in
                try Engine.apply(event, to: &state, facts: app.facts)
            }
            for record in records { decisions.append(AppAnswer.decision(record)) }
        }
        let balance = try rule { () throws(RulesError) in
            try state.balance(of: AppCase.contractID, at: at, facts: app.facts)
        }
        return appending(to: AppAnswer.decision(balance), [("absences", .array(decisions))])
    }

    /// `{"decision":…,"lang":"en"}`, with a decision as the other functions answer it → `{"lang":…,"text":…,
    /// "articles":[…]}`: the explanation in that language and the full reference of each article it applies.
    static func explain(_ request: AppRequest) throws(ParentAppError) -> JSON {
        let language = try request.language("lang")
        let decision = try request.object("decision")
        let text = try decision.object("explanation").string(language.rawValue)
        var articles: [JSON] = []
        for (item, path) in try decision.array("citations") {
            let full = try AppRequest(item, path: path).object("full")
            articles.append(.string(try full.string(language.rawValue)))
        }
        return .object([
            ("lang", .string(language.rawValue)), ("text", .string(text)), ("articles", .array(articles)),
        ])
    }

    /// `object` with `members` added at the end.
    static func appending(to object: JSON, _ members: [(String, JSON)]) -> JSON {
        guard case .object(let existing) = object else { return object }
        return .object(existing + members)
    }
}
