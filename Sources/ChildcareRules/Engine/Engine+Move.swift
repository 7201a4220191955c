// The engine's own events that tie several rules together: a move to another location (art. 5 lid 6),
// billing under the contract's timeline (art. 6 lid 1), and a recorded waiver outside the rules.

extension Engine {
    /// The identifier of a recorded waiver: an exception outside the rules, kept apart from goodwill hours.
    public static let waiverRule: RuleID = "goodwill.waiver"

    /// A move to another location (TSO terms art. 5 lid 6: "Als je kind verhuist naar een andere locatie,
    /// blijven de ruil- en inhaaluren behouden"): the old contract ends the day before `firstDay`, the new
    /// one takes over, and the hours move with the child, counted once.
    static func move(
        from fromID: ContractID, to toID: ContractID, firstDay: LocalDate, timed: TimedEvent,
        state: inout EngineState, facts: CaseFacts
    ) throws(RulesError) -> [DecisionRecord] {
        let from = try state.contract(fromID, facts: facts)
        let to = try state.contract(toID, facts: facts)
        guard fromID != toID, from.child == to.child, from.service == to.service else {
            throw RulesError(
                code: .invalidArgument, value: "move from \(fromID) to \(toID)",
                context:
                    "a move keeps the child and the service (art. 5 lid 6); to use hours for another service or child, "
                    + "ask with hours-offered")
        }
        guard to.covers(firstDay) else {
            throw RulesError(
                code: .invalidArgument, value: "move on \(firstDay)",
                context: "the contract \(toID) does not cover that day (it starts on \(to.startDate))")
        }
        let lastDay = try RulesError.calendar { () throws(CalendarError) in try firstDay.adding(days: -1) }
        guard lastDay >= from.startDate, !(state.timelines[fromID]?.hasEnded(before: lastDay) ?? false),
            state.timelines[fromID]?.movedTo == nil
        else {
            throw RulesError(
                code: .invalidState, value: "move on \(firstDay)",
                context: "the contract \(fromID) does not run until the day before the move")
        }
        let edition = try TermsEdition.inForce(.tsoTerms, on: firstDay)
        let citation = edition.cite("5", lid: 6)
        let end = TimelineEnd(
            contract: fromID, lastDay: lastDay, source: timed.id, reason: .move, citation: citation)
        state.timelines[fromID]?.record(end)
        state.timelines[fromID]?.recordMove(
            to: toID, firstDay: firstDay, source: timed.id, citation: citation)
        let balance = state.balance(of: to)
        let name = facts.childName(of: from)
        let who = name ?? "je kind"
        let whoEn = name ?? "your child"
        let moved = balance.available + balance.reserved
        let explanation = Explanation(
            nl:
                "\(who) gaat vanaf \(firstDay.spelledOut(in: .nl, includingYear: true)) naar een andere locatie. "
                + "De ruil- en inhaaluren blijven behouden: \(moved) minuten gaan mee naar de nieuwe overeenkomst, "
                + "met dezelfde vervaldatum (\(citation.rendered(in: .nl))).",
            en:
                "\(whoEn) moves to another location from \(firstDay.spelledOut(in: .en, includingYear: true)). "
                + "The swap hours are kept: \(moved) minutes move to the new contract, with the same expiry "
                + "date (\(citation.rendered(in: .en)))."
        ).followed(by: endSentence(end, child: name))
        return [
            DecisionRecord(
                event: timed.id, rule: ContractTimeline.moveRule, outcome: .hoursMoved, minutes: moved,
                deadlines: [try Deadline.endOfDate(lastDay, kind: ParentTerminationRule.deadlineKind)],
                citations: [citation], explanation: explanation, balance: balance
            ).with { $0.contractEnd = end }
        ]
    }

    /// The instalments of a contract for a school year, under its timeline (art. 6 lid 1, I-210): a month
    /// is billed only when the contract is in force on its first day, so nothing after the end.
    static func billing(
        _ id: ContractID, schoolYear startYear: Int?, timed: TimedEvent, state: EngineState, facts: CaseFacts,
        terms: TermsCatalogue
    ) throws(RulesError) -> DecisionRecord {
        let contract = try state.contract(id, facts: facts)
        let year =
            try startYear.map { (year) throws(RulesError) in
                try RulesError.calendar { () throws(CalendarError) in try SchoolYear(startYear: year) }
            } ?? SchoolYear(containing: timed.at.date)
        let end = state.timelines[id]?.end
        if let end, end.lastDay < contract.startDate {
            // Cancelled before the start: what is owed is what the cancellation said (art. 3, I-201).
            let owed: [Instalment] =
                if case .cancelled(let terms) = state.contracts[id] {
                    terms.owed.filter {
                        year.firstDay <= $0.month.firstDay && $0.month.firstDay <= year.lastDay
                    }
                } else { [] }
            let edition = try TermsEdition.inForce(.tsoTerms, on: year.firstDay)
            let citation = edition.cite("3")
            let explanation = endSentence(end, child: facts.childName(of: contract)).followed(
                by: owed.isEmpty
                    ? Explanation(
                        nl:
                            "De opvang begon niet; voor schooljaar \(year) betaal je niets (\(citation.rendered(in: .nl))).",
                        en:
                            "Care never started; for school year \(year) you pay nothing (\(citation.rendered(in: .en)))."
                    )
                    : Explanation(
                        nl: "De opvang begon niet; voor schooljaar \(year) betaal je nog "
                            + "\(owed.total.formatted(in: .nl)) (\(citation.rendered(in: .nl))).",
                        en:
                            "Care never started; for school year \(year) you still pay \(owed.total.formatted(in: .en)) "
                            + "(\(citation.rendered(in: .en)))."))
            return DecisionRecord(
                event: timed.id, rule: BillingSchedule.rule, outcome: owed.isEmpty ? .notBilled : .billed,
                minutes: 0, deadlines: [], citations: [citation], explanation: explanation, balance: nil
            ).with {
                $0.instalments = owed
                $0.contractEnd = end
            }
        }
        let decision = try BillingSchedule.decide(
            for: contract, schoolYear: year,
            parameters: state.parameters(of: contract, on: year.firstDay, terms: terms))
        return DecisionRecord(
            decision, event: timed.id, outcome: decision.outcome.isEmpty ? .notBilled : .billed
        ).with {
            $0.instalments = decision.outcome
            $0.contractEnd = end
        }
    }

    /// A waiver recorded as what it is: an exception outside the rules, moving no swap hours.
    static func waiver(
        _ waived: Waiver, reason: String, grantedBy: GrantorID, contract: Contract, timed: TimedEvent
    ) -> DecisionRecord {
        let explanation = Explanation(
            nl:
                "Partou ziet bij wijze van uitzondering af van \(waived.name(in: .nl)) (\(reason); besloten door "
                + "\(grantedBy)). Dat is coulance buiten de voorwaarden om: het geldt alleen voor dit geval en "
                + "verandert niets aan je ruil- en inhaaluren.",
            en:
                "By way of exception Partou waives \(waived.name(in: .en)) (\(reason); decided by \(grantedBy)). "
                + "This is goodwill outside the terms: it holds for this case only and does not change your swap "
                + "hours.")
        return DecisionRecord(
            event: timed.id, rule: waiverRule, outcome: .waived, minutes: 0, deadlines: [], citations: [],
            explanation: explanation, balance: nil)
    }
}
