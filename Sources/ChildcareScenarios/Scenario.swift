import ChildcareRules

/// A scenario: a case from the terms or the complaints report, with the decisions it must produce.
///
/// This is the language shared with legal and product staff; `Docs/Scenarios.md` describes the format.
public struct Scenario: Sendable, Hashable {
    /// What the case is about, in one line.
    public let title: String
    /// Where it comes from: articles and complaints-report lines, as written by the author.
    public let sources: [String]
    /// The contracts, school calendar and parents.
    public let facts: CaseFacts
    /// What happens, in any order (the engine orders by time).
    public let events: [TimedEvent]
    /// The decisions that must come out.
    public let expectations: [Expectation]
    /// An error the engine must give instead of decisions (its code, such as `idempotencyConflict`), if any.
    public let expectedError: String?

    /// Creates a scenario.
    public init(
        title: String, sources: [String], facts: CaseFacts, events: [TimedEvent], expectations: [Expectation],
        expectedError: String? = nil
    ) {
        self.title = title
        self.sources = sources
        self.facts = facts
        self.events = events
        self.expectations = expectations
        self.expectedError = expectedError
    }
}

/// What one decision must look like. Only the fields given are checked.
public struct Expectation: Sendable, Hashable {
    /// The event whose decision is checked.
    public let event: EventID
    /// Where the expectation is in the file, for messages.
    public let path: JSONPath
    /// The rule that must decide, when an event has several decisions.
    public let rule: RuleID?
    /// The outcome name, such as `tooLate`.
    public let outcome: String?
    /// The swap-hours minutes moved.
    public let minutes: Int?
    /// The first deadline, as Amsterdam local time.
    public let deadline: LocalDateTime?
    /// The available swap-hours minutes after the event.
    public let balance: Int?
    /// Citation keys that must all appear, such as `TSO art. 5 lid 1`.
    public let citations: [String]
    /// Texts the Dutch or English explanation must contain.
    public let explanationContains: [String]
    /// The parent the decision is addressed to, when an event decides for several parents.
    public let parent: ParentID?
    /// For an absence: whether it is registered (the child is reported absent), with or without hours.
    public let registered: Bool?
    /// The instalments a billing decision must find due, exactly, in order.
    public let instalments: [Instalment]?
    /// The contract's last day that the decision names.
    public let contractLastDay: LocalDate?
    /// The event a replayed decision must repeat.
    public let replayOf: EventID?
    /// The code of the error the engine must refuse the event with (`invalidState`, …), instead of deciding it.
    public let error: String?

    /// Creates an expectation.
    public init(
        event: EventID, path: JSONPath = .root, rule: RuleID? = nil, outcome: String? = nil,
        minutes: Int? = nil,
        deadline: LocalDateTime? = nil, balance: Int? = nil, citations: [String] = [],
        explanationContains: [String] = [], parent: ParentID? = nil, registered: Bool? = nil,
        instalments: [Instalment]? = nil, contractLastDay: LocalDate? = nil, replayOf: EventID? = nil,
        error: String? = nil
    ) {
        self.error = error
        self.parent = parent
        self.registered = registered
        self.instalments = instalments
        self.contractLastDay = contractLastDay
        self.replayOf = replayOf
        self.event = event
        self.path = path
        self.rule = rule
        self.outcome = outcome
        self.minutes = minutes
        self.deadline = deadline
        self.balance = balance
        self.citations = citations
        self.explanationContains = explanationContains
    }
}

extension Scenario {
    /// Reads a scenario from the bytes of a JSON file.
    ///
    /// - Throws: ``ScenarioError`` naming `file` and the JSON path of the first problem.
    public static func read(_ bytes: [UInt8], file: String) throws(ScenarioError) -> Scenario {
        do {
            return try read(bytes)
        } catch {
            throw error.inFile(file)
        }
    }

    private static func read(_ bytes: [UInt8]) throws(ScenarioError) -> Scenario {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw ScenarioError(path: nil, message: error.description)
        }
        var root = try JSONReader(json, at: .root)
        let title = try root.string("title")
        var sources: [String] = []
        for (value, path) in try root.optionalArray("sources") {
            sources.append(try JSONReader.string(value, at: path))
        }
        var factsReader = try root.object("facts")
        let facts = try ScenarioFacts.read(&factsReader)
        try factsReader.finish()
        var events: [TimedEvent] = []
        var ids: Set<EventID> = []
        for (value, path) in try root.array("events") {
            let event = try ScenarioEvents.read(value, at: path, facts: facts)
            guard ids.insert(event.id).inserted else {
                throw ScenarioError(
                    path: path.appending("id"), message: "the event id \(event.id) is used twice")
            }
            events.append(event)
        }
        var expectations: [Expectation] = []
        for (value, path) in try root.optionalArray("expect") {
            var object = try JSONReader(value, at: path)
            let event = EventID(try object.string("event"))
            guard ids.contains(event) else {
                throw ScenarioError(
                    path: path.appending("event"), message: "there is no event '\(event)' in this scenario")
            }
            var citations: [String] = []
            for (item, itemPath) in try object.optionalArray("citations") {
                let key = try JSONReader.string(item, at: itemPath)
                guard ClauseRegistry.clause(forKey: key) != nil || Statute.isCited(key) else {
                    throw ScenarioError(
                        path: itemPath,
                        message: "'\(key)' is neither a clause of the terms nor a statute the rules cite")
                }
                citations.append(key)
            }
            var texts: [String] = []
            for (item, itemPath) in try object.optionalArray("explanationContains") {
                texts.append(try JSONReader.string(item, at: itemPath))
            }
            var deadline: LocalDateTime?
            if let (item, itemPath) = object.optional("deadline") {
                let moment = try JSONReader.dateTime(item, at: itemPath)
                // Seconds are written only for a deadline that has them (23:59:59), as Docs/Scenarios.md says.
                if moment.time.second == 0, case .string(let text) = item, text.utf8.count > 16 {
                    throw ScenarioError(
                        path: itemPath,
                        message:
                            "write \(moment.date)T\(moment.time.hourMinute) without seconds: seconds are written "
                            + "only for a deadline that has them, such as 23:59:59")
                }
                deadline = moment
            }
            var instalments: [Instalment]?
            if object.has("instalments") {
                var list: [Instalment] = []
                for (item, itemPath) in try object.optionalArray("instalments") {
                    var line = try JSONReader(item, at: itemPath)
                    let (monthValue, monthPath) = try line.required("month")
                    let text = try JSONReader.string(monthValue, at: monthPath)
                    let month: YearMonth
                    do {
                        month = try YearMonth(text)
                    } catch {
                        throw ScenarioError(path: monthPath, message: error.description)
                    }
                    let cents = try line.int("cents", in: 0...100_000_000, unit: "cents")
                    try line.finish()
                    list.append(Instalment(month: month, amount: Money(cents: cents)))
                }
                instalments = list
            }
            var replayOf: EventID?
            if let text = try object.optionalString("replayOf") {
                replayOf = EventID(text)
                guard ids.contains(EventID(text)) else {
                    throw ScenarioError(
                        path: path.appending("replayOf"),
                        message: "there is no event '\(text)' in this scenario")
                }
            }
            var parent: ParentID?
            if let text = try object.optionalString("parent") {
                guard facts.parents.contains(where: { $0.id == ParentID(text) }) else {
                    throw ScenarioError(
                        path: path.appending("parent"), message: "there is no parent '\(text)' in the facts")
                }
                parent = ParentID(text)
            }
            let registered: Bool? =
                object.has("registered") ? try object.bool("registered", default: true) : nil
            expectations.append(
                Expectation(
                    event: event, path: path, rule: try object.optionalString("rule").map { RuleID($0) },
                    outcome: try object.optionalString("outcome"),
                    minutes: try object.optionalInt("minutes", in: 0...1_000_000, unit: "minutes"),
                    deadline: deadline,
                    balance: try object.optionalInt("balance", in: 0...10_000_000, unit: "minutes"),
                    citations: citations,
                    explanationContains: texts, parent: parent, registered: registered,
                    instalments: instalments,
                    contractLastDay: try object.optionalDate("contractLastDay"), replayOf: replayOf,
                    error: try object.optionalIdentifier("error")))
            try object.finish()
        }
        let expectedError = try root.optionalString("expectError")
        try root.finish()
        return Scenario(
            title: title, sources: sources, facts: facts, events: events, expectations: expectations,
            expectedError: expectedError)
    }
}
