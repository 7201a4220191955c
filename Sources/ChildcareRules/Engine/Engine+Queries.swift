// One-call queries on the engine's state: a child's balance, the coming deadlines, and what an absence
// reported now would give. Each answers with a `DecisionRecord`, explained, and changes nothing.

/// The identifiers and kinds of the one-call queries.
public enum EngineQueries {
    /// The rule of ``EngineState/balance(of:at:facts:terms:)``.
    public static let balanceRule: RuleID = "queries.balance"
    /// The rule of ``EngineState/nextDeadlines(for:after:facts:limit:terms:)``.
    public static let nextDeadlinesRule: RuleID = "queries.nextDeadlines"
    /// The kind of the deadline at a contract's end: its last day of care.
    public static let contractEndKind = Deadline.Kind(
        key: "contractLastDay", nl: "laatste opvangdag van je overeenkomst",
        en: "last day of care under your contract")
    /// How many days ahead ``EngineState/nextDeadlines(for:after:facts:limit:terms:)`` looks for care days.
    static let lookAheadDays = 42
}

extension EngineState {
    /// The swap-hours balance of the contract `id` on `date`: the minutes available and reserved, and the
    /// next expiry (31 December, or the contract's end on its timeline when earlier; TSO art. 5 lid 5),
    /// with its deadline, explained.
    ///
    /// After a move the hours are those of the contract moved to (art. 5 lid 6). On a date after the
    /// contract's end no hours are available: they lapsed with the contract.
    ///
    /// `terms` are the editions the engine applies (the library's own by default); the contract's own
    /// edition on `date` (art. 10) sets the expiry day.
    ///
    /// - Throws: ``RulesError``: `unknownReference` for an unknown contract, `beforeFirstEdition` for a date
    ///   before the first edition of the terms, or a calendar error.
    public func balance(
        of id: ContractID, at date: LocalDate, facts: CaseFacts, terms: TermsCatalogue = .library
    ) throws(RulesError) -> DecisionRecord {
        let hours = try hoursContract(id, facts: facts)
        let parameters = try self.parameters(of: hours, on: date, terms: terms)
        let citation = parameters.swapHoursExpiry.citation
        let account = LedgerAccount(hours)
        let recorded = ledger.balance(of: account)
        let end = hours.endDate
        let ended = end.map { $0 < date } ?? false
        let usable = ended ? [] : ledger.lots(of: account).filter { $0.expiry >= date }
        var balance = recorded
        balance.available = usable.reduce(0) { $0 + $1.availableMinutes }
        if ended { balance.reserved = 0 }
        // What is no longer usable on `date` has lapsed on it, even before the ledger records the expiry:
        // the balance still adds up (earned + goodwill == used + expired + available + reserved).
        balance.expired += (recorded.available - balance.available) + (recorded.reserved - balance.reserved)
        let next = usable.map { lot in
            (
                lot: lot,
                expiry: min(
                    lot.expiry,
                    SwapHoursExpiry.expiryDate(of: lot.date, contractEnd: end, parameters: parameters))
            )
        }.min { ($0.expiry, $0.lot.lot) < ($1.expiry, $1.lot.lot) }
        let on = date.spelledOut(in: .nl)
        let onEn = date.spelledOut(in: .en)
        var explanation = Explanation(
            nl: "Op \(on) heb je \(Self.minutes(balance.available, .nl)) ruil- en inhaaluren beschikbaar"
                + (balance.reserved > 0
                    ? " en \(Self.minutes(balance.reserved, .nl)) gereserveerd voor extra opvang." : "."),
            en: "On \(onEn) you have \(Self.minutes(balance.available, .en)) of swap hours available"
                + (balance.reserved > 0
                    ? " and \(Self.minutes(balance.reserved, .en)) reserved for extra care." : "."))
        var deadlines: [Deadline] = []
        if ended, let end {
            explanation = explanation.followed(
                by: Explanation(
                    nl:
                        "Je overeenkomst eindigde op \(end.spelledOut(in: .nl)); ruil- en inhaaluren vervallen dan "
                        + "en je kunt ze daarna niet meer inzetten (\(citation.rendered(in: .nl))).",
                    en:
                        "Your contract ended on \(end.spelledOut(in: .en)); swap hours lapse then and cannot be used "
                        + "after it (\(citation.rendered(in: .en)))."))
        } else if let next {
            let deadline = try Deadline.endOfDate(next.expiry, kind: SwapHoursExpiry.deadlineKind)
            deadlines.append(deadline)
            let minutesThen = usable.filter {
                min(
                    $0.expiry,
                    SwapHoursExpiry.expiryDate(of: $0.date, contractEnd: end, parameters: parameters))
                    == next.expiry
            }.reduce(0) { $0 + $1.availableMinutes }
            let byContract =
                end.map { $0 == next.expiry && $0 != SwapHoursExpiry.yearEnd(of: $0, parameters: parameters) }
                ?? false
            let day = parameters.swapHoursExpiry.value
            let reasonNl =
                byContract
                ? "omdat je overeenkomst dan eindigt"
                : "omdat ruil- en inhaaluren op \(day.phrase(in: .nl)) vervallen"
            let reasonEn =
                byContract
                ? "because your contract ends then" : "because swap hours lapse after \(day.phrase(in: .en))"
            explanation = explanation.followed(
                by: Explanation(
                    nl: "Daarvan kun je \(Self.minutes(minutesThen, .nl)) inzetten tot en met "
                        + "\(next.expiry.spelledOut(in: .nl)), \(reasonNl) (\(citation.rendered(in: .nl))). "
                        + "Daarna vervallen ze, zonder restitutie in geld of in opvang.",
                    en: "Of these, you can use \(Self.minutes(minutesThen, .en)) up to and including "
                        + "\(next.expiry.spelledOut(in: .en)), \(reasonEn) (\(citation.rendered(in: .en))). "
                        + "After that they lapse, with no refund in money or care."))
        } else {
            explanation = explanation.followed(
                by: Explanation(
                    nl: "Er vervallen dus geen ruil- en inhaaluren (\(citation.rendered(in: .nl))).",
                    en: "So no swap hours are about to lapse (\(citation.rendered(in: .en)))."))
        }
        return DecisionRecord(
            event: EventID("query.balance.\(id)"), rule: EngineQueries.balanceRule,
            outcome: .balance, minutes: balance.available, deadlines: deadlines,
            citations: [citation], explanation: explanation, balance: balance)
    }

    /// The coming deadlines of the contract `id` that matter to a parent, earliest first, at most `limit`:
    /// the 96-hour deadline to report an absence for each next care day (TSO art. 5 lid 1), the expiry of
    /// the hours (art. 5 lid 5), and the contract's last day when its timeline has one. Only deadlines after
    /// `after` count. Each care day's deadline follows the edition that binds the contract on that day
    /// (art. 10) among `terms` (the library's own by default).
    ///
    /// - Throws: ``RulesError``: `unknownReference` for an unknown contract, `invalidArgument` for a
    ///   negative `limit`, `beforeFirstEdition`, or a calendar error.
    public func nextDeadlines(
        for id: ContractID, after: Instant, facts: CaseFacts, limit: Int = 5, terms: TermsCatalogue = .library
    ) throws(RulesError) -> DecisionRecord {
        guard limit >= 0 else {
            throw RulesError(code: .invalidArgument, value: "\(limit)", context: "a limit cannot be negative")
        }
        let contract = try self.contract(id, facts: facts)
        let now = try RulesError.calendar { () throws(CalendarError) in try Amsterdam.zoned(after) }
        let today = now.local.date
        let edition = try parameters(of: contract, on: today, terms: terms).edition
        var deadlines: [Deadline] = []
        var citations: [Citation] = []
        var parts: [Explanation] = []
        // The 96-hour deadlines of the next care days, from the care calendar.
        let horizon = try RulesError.calendar { () throws(CalendarError) in
            try today.adding(days: EngineQueries.lookAheadDays)
        }
        let last = contract.endDate.map { min($0, horizon) } ?? horizon
        if last >= today, last >= contract.startDate {
            let first = max(today, contract.startDate)
            var found = 0
            for status in try CareCalendar.days(
                from: first, through: last, contract: contract, school: facts.school)
            where found < limit {
                guard let day = status.careDay else { continue }
                let decision = try NinetySixHourRule.deadline(
                    careStart: day.start.local,
                    parameters: parameters(of: contract, on: day.start.local.date, terms: terms))
                guard let deadline = decision.deadlines.first, deadline.moment.instant > after else {
                    continue
                }
                found += 1
                deadlines.append(deadline)
                parts.append(
                    Explanation(
                        nl:
                            "Voor ruil- en inhaaluren voor de opvang van \(day.start.local.spelledOut(in: .nl)) "
                            + "meld je je kind \(deadline.phrase(in: .nl)) af in de ouderapp.",
                        en:
                            "For swap hours for the care on \(day.start.local.spelledOut(in: .en)), report your child "
                            + "absent in the parent app \(deadline.phrase(in: .en))."))
            }
            if found > 0 { citations.append(edition.cite("5", lid: 1)) }
        }
        // The expiry of the hours, as the balance query finds it.
        let balance = try balance(of: id, at: today, facts: facts, terms: terms)
        for deadline in balance.deadlines where deadline.moment.instant > after {
            deadlines.append(deadline)
            parts.append(
                Explanation(
                    nl: "Je ruil- en inhaaluren kun je inzetten tot en met "
                        + "\(deadline.moment.local.date.spelledOut(in: .nl)); daarna vervallen ze.",
                    en: "You can use your swap hours up to and including "
                        + "\(deadline.moment.local.date.spelledOut(in: .en)); after that they lapse."))
            citations.append(edition.cite("5", lid: 5))
        }
        // The contract's last day.
        if let end = contract.endDate {
            let deadline = try Deadline.endOfDate(end, kind: EngineQueries.contractEndKind)
            if deadline.moment.instant > after {
                deadlines.append(deadline)
                parts.append(
                    Explanation(
                        nl:
                            "Je overeenkomst eindigt op \(end.spelledOut(in: .nl)); daarna vervallen je ruil- en "
                            + "inhaaluren.",
                        en:
                            "Your contract ends on \(end.spelledOut(in: .en)); after that your swap hours lapse."
                    ))
                if !citations.contains(edition.cite("5", lid: 5)) {
                    citations.append(edition.cite("5", lid: 5))
                }
            }
        }
        let order = deadlines.indices.sorted { (deadlines[$0], $0) < (deadlines[$1], $1) }.prefix(limit)
        let sorted = order.map { deadlines[$0] }
        var explanation = Explanation(
            nl: "Na \(now.local.spelledOut(in: .nl)) komen deze termijnen:",
            en: "After \(now.local.spelledOut(in: .en)) these deadlines come:")
        if order.isEmpty {
            explanation = Explanation(
                nl:
                    "Na \(now.local.spelledOut(in: .nl)) komen er voor deze overeenkomst geen termijnen meer.",
                en: "After \(now.local.spelledOut(in: .en)) no deadlines remain for this contract.")
        }
        for index in order { explanation = explanation.followed(by: parts[index]) }
        if citations.isEmpty { citations = [edition.cite("5", lid: 5)] }
        return DecisionRecord(
            event: EventID("query.nextDeadlines.\(id)"), rule: EngineQueries.nextDeadlinesRule,
            outcome: .deadlines, minutes: 0, deadlines: sorted, citations: citations,
            explanation: explanation, balance: balance.balance)
    }

    /// What an absence of `date` under the contract `contract`, reported in the parent app at `now`, would
    /// give: the decision ``Engine/apply(_:to:facts:terms:)`` would make (`earned`, `tooLate`, `notACareDay`,
    /// `afterContractEnd`, …), with the absence rule's own outcome codes. The state is not changed.
    ///
    /// `terms` are the editions the engine applies (the library's own by default).
    ///
    /// - Throws: ``RulesError``: `unknownReference` for an unknown contract, `beforeFirstEdition`, or a
    ///   calendar error for a time that does not exist or is ambiguous.
    public func canReportAbsence(
        on date: LocalDate, contract: ContractID, now: LocalDateTime, facts: CaseFacts,
        terms: TermsCatalogue = .library
    ) throws(RulesError) -> DecisionRecord {
        _ = try facts.contract(contract)
        var copy = self
        if copy.needsMigration { try copy.migrate(facts: facts) }
        try copy.binding.check(facts)
        let id = EventID("query.canReportAbsence.\(contract).\(date)")
        let timed = TimedEvent(
            id: id, at: now, key: IdempotencyKey(id.rawValue),
            event: .absence(contract: contract, date: date, channel: .app))
        let records = try Engine.decide(timed, state: &copy, facts: facts, terms: terms)
        guard let record = records.first(where: { $0.event == id }) ?? records.first else {
            throw RulesError(code: .invalidState, value: "the absence", context: "it was not decided")
        }
        return record
    }

    private static func minutes(_ count: Int, _ language: Language) -> String {
        switch language {
        case .nl: count == 1 ? "1 minuut" : "\(count) minuten"
        case .en: count == 1 ? "1 minute" : "\(count) minutes"
        }
    }
}
