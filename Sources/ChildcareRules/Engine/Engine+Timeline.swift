// How a contract's end reaches every other rule (TSO terms art. 5 lid 5 and lid 6, art. 6 lid 1):
//
// - an absence, extra care or a swap dated after the end is refused, naming the end and its source;
// - once an end is known, extra care booked for after it is ended: held hours are released, used hours
//   come back, and its invoice is cancelled;
// - once the end has passed, the remaining hours lapse ("Bij beëindiging van de overeenkomst vervallen
//   de ruil- en inhaaluren"), unless the child moved to another location of the same service (lid 6);
// - billing reads the end from the timeline (no instalment for a month in which the contract has no day).

extension ContractTimeline {
    /// The identifier of the decisions that carry a contract's end to the rest of the case.
    public static let endRule: RuleID = "contracts.timeline"

    /// The identifier of a move to another location (art. 5 lid 6).
    public static let moveRule: RuleID = "swapHours.locationMove"
}

extension Engine {
    /// The refusal of something a rule would decide for `date`, when the contract has ended before it.
    ///
    /// - Returns: `nil` when the contract covers `date` as far as its end is concerned.
    static func refusalAfterEnd(
        of contract: Contract, on date: LocalDate, rule: RuleID, what: Explanation, id: EventID,
        state: EngineState, facts: CaseFacts
    ) throws(RulesError) -> DecisionRecord? {
        guard let timeline = state.timelines[contract.id], let end = timeline.end, date > end.lastDay else {
            return nil
        }
        let edition = try TermsEdition.inForce(.tsoTerms, on: date)
        let lapse = edition.cite("5", lid: 5)
        let name = facts.childName(of: contract)
        let deadline = try Deadline.endOfDate(end.lastDay, kind: ParentTerminationRule.deadlineKind)
        let explanation = endSentence(end, child: name).followed(
            by: Explanation(
                nl: "Op \(date.spelledOut(in: .nl, includingYear: true)) is er geen opvang meer onder deze "
                    + "overeenkomst: \(what.nl) (\(lapse.rendered(in: .nl))).",
                en: "On \(date.spelledOut(in: .en, includingYear: true)) there is no more care under this "
                    + "contract: \(what.en) (\(lapse.rendered(in: .en)))."))
        var citations = end.citation.map { [$0] } ?? []
        citations.append(lapse)
        return DecisionRecord(
            event: id, rule: rule, outcome: .afterContractEnd, minutes: 0, deadlines: [deadline],
            citations: citations, explanation: explanation, balance: state.balance(of: contract)
        ).with { $0.contractEnd = end }
    }

    /// "De overeenkomst van Noor eindigt door je opzegging (TSO-voorwaarden 2024, art. 8 lid 1): laatste
    /// opvangdag 28 februari 2026; de overeenkomst eindigt per 1 maart 2026."
    static func endSentence(_ end: TimelineEnd, child: String?) -> Explanation {
        let whose = child.map { (nl: " van \($0)", en: " for \($0)") } ?? (nl: "", en: "")
        let per = end.firstDayWithoutContract ?? end.lastDay
        let cite = end.citation.map { (nl: " (\($0.rendered(in: .nl)))", en: " (\($0.rendered(in: .en)))") }
        return Explanation(
            nl: "De overeenkomst\(whose.nl) eindigt door \(end.reason.name(in: .nl))\(cite?.nl ?? ""): "
                + "\(ContractEnd.phrase(lastDay: end.lastDay, firstDayWithoutContract: per, in: .nl)).",
            en: "The contract\(whose.en) ends through \(end.reason.name(in: .en))\(cite?.en ?? ""): "
                + "\(ContractEnd.phrase(lastDay: end.lastDay, firstDayWithoutContract: per, in: .en)).")
    }

    /// Records the end a contract event set, if any, on the contract's timeline, and ends the extra care
    /// booked for after it.
    ///
    /// - Returns: the new end, if the event set one, and the decisions about the bookings it ended.
    static func recordEnd(
        of contract: Contract, step: ContractLifecycle.Step, timed: TimedEvent, instant: Instant,
        state: inout EngineState, facts: CaseFacts
    ) throws(RulesError) -> (end: TimelineEnd?, records: [DecisionRecord]) {
        guard let set = step.decision.outcome.contractEnd else { return (nil, []) }
        let reason: TimelineEnd.Reason =
            switch set.source {
            case .cancellation: .cancellation
            case .parentTermination: .parentTermination
            case .termsChangeTermination: .termsChangeTermination
            case .providerTermination: .providerTermination
            case .missingConsent: .missingConsent
            case .changeEndingService: .changeEndingService
            }
        let end = TimelineEnd(
            contract: contract.id, lastDay: set.lastDay, source: timed.id, reason: reason,
            citation: set.citation)
        guard state.timelines[contract.id]?.record(end) == true else { return (nil, []) }
        let records = try endBookings(
            of: contract, end: end, continuesFrom: nil, timed: timed, instant: instant, state: &state,
            facts: facts)
        return (end, records)
    }

    /// Ends the extra care booked for after `end`: held hours released, used hours back, no invoice.
    static func endBookings(
        of contract: Contract, end: TimelineEnd, continuesFrom: LocalDate?, timed: TimedEvent,
        instant: Instant, state: inout EngineState, facts: CaseFacts
    ) throws(RulesError) -> [DecisionRecord] {
        let ended = try state.desk.endBookings(
            of: LedgerAccount(contract), after: end.lastDay, continuesFrom: continuesFrom, key: timed.key,
            at: instant)
        guard !ended.isEmpty else { return [] }
        let edition = try TermsEdition.inForce(.tsoTerms, on: timed.at.date)
        let lapse = edition.cite("5", lid: 5)
        let intro = endSentence(end, child: facts.childName(of: contract))
        return ended.map { booking, minutes in
            let day = booking.careStart.date
            let detail =
                minutes > 0
                ? Explanation(
                    nl:
                        "De extra opvang op \(day.spelledOut(in: .nl, includingYear: true)) valt daarna en gaat "
                        + "niet door: de \(minutes) minuten ruil- en inhaaluren komen terug in je saldo en je "
                        + "betaalt er niets voor (\(lapse.rendered(in: .nl))).",
                    en:
                        "The extra care on \(day.spelledOut(in: .en, includingYear: true)) falls after it and "
                        + "does not take place: the \(minutes) minutes of swap hours come back to your balance "
                        + "and you pay nothing for it (\(lapse.rendered(in: .en))).")
                : Explanation(
                    nl:
                        "De extra opvang op \(day.spelledOut(in: .nl, includingYear: true)) valt daarna en gaat "
                        + "niet door; je betaalt er niets voor (\(lapse.rendered(in: .nl))).",
                    en:
                        "The extra care on \(day.spelledOut(in: .en, includingYear: true)) falls after it and "
                        + "does not take place; you pay nothing for it (\(lapse.rendered(in: .en))).")
            return DecisionRecord(
                event: timed.id, rule: ContractTimeline.endRule, outcome: .extraCareEndedWithContract,
                minutes: minutes, deadlines: [], citations: [end.citation, lapse].compactMap { $0 },
                explanation: intro.followed(by: detail), balance: state.balance(of: contract)
            ).with { $0.contractEnd = end }
        }
    }

    /// Lapses the hours of every contract whose end has passed by `date` (art. 5 lid 5), except where the
    /// child continues the same service under another contract (a move, lid 6).
    static func lapseEndedContracts(
        before date: LocalDate, suffix: String, timed: TimedEvent, instant: Instant, state: inout EngineState,
        facts: CaseFacts
    ) throws(RulesError) -> (minutes: Int, records: [DecisionRecord]) {
        var total = 0
        var records: [DecisionRecord] = []
        for contract in facts.contracts {
            guard let timeline = state.timelines[contract.id], let end = timeline.end, end.lastDay < date,
                timeline.movedTo == nil
            else { continue }
            let account = LedgerAccount(contract)
            guard state.balance(of: contract).available > 0,
                !continues(account, besides: contract.id, on: date, state: state, facts: facts),
                let firstDayWithoutContract = end.firstDayWithoutContract
            else { continue }
            let receipt = try state.desk.record(
                .lapseAtContractEnd(account, asOf: firstDayWithoutContract),
                key: IdempotencyKey(timed.key.rawValue + suffix + contract.id.rawValue), at: instant)
            guard receipt.minutes > 0 else { continue }
            total += receipt.minutes
            let edition = try TermsEdition.inForce(.tsoTerms, on: end.lastDay)
            let lapse = edition.cite("5", lid: 5)
            let explanation = endSentence(end, child: facts.childName(of: contract)).followed(
                by: Explanation(
                    nl:
                        "Bij het einde van de overeenkomst vervallen de ruil- en inhaaluren: de \(receipt.minutes) "
                        + "minuten die nog over waren, zijn vervallen, zonder restitutie in geld of in opvang "
                        + "(\(lapse.rendered(in: .nl))).",
                    en:
                        "When the contract ends, the swap hours lapse: the \(receipt.minutes) minutes that were "
                        + "left have lapsed, without a refund in money or in care (\(lapse.rendered(in: .en)))."
                ))
            let deadline = try Deadline.endOfDate(end.lastDay, kind: SwapHoursExpiry.deadlineKind)
            records.append(
                DecisionRecord(
                    event: timed.id, rule: SwapHoursExpiry.rule, outcome: .lapsedAtContractEnd,
                    minutes: receipt.minutes, deadlines: [deadline], citations: [lapse],
                    explanation: explanation,
                    balance: state.balance(of: contract)
                ).with { $0.contractEnd = end })
        }
        return (total, records)
    }

    /// Whether another contract of the same child and service is in force on `date`.
    private static func continues(
        _ account: LedgerAccount, besides id: ContractID, on date: LocalDate, state: EngineState,
        facts: CaseFacts
    ) -> Bool {
        facts.contracts.contains { other in
            other.id != id && LedgerAccount(other) == account && other.startDate <= date
                && !(state.timelines[other.id]?.hasEnded(before: date) ?? false)
        }
    }
}
