/// The extra-care flow over the swap-hours ledger (TSO terms art. 5, extra opvang lid 1–6).
///
/// request → hours *reserved* (two-phase) → approved and confirmed → hours *used*;
/// rejected or withdrawn before confirmation → hours *released*;
/// confirmed, then cancelled → hours returned or kept per lid 6; withdrawn by the provider → hours
/// returned and the withdrawal flagged as contrary to lid 5.
///
/// Every operation takes an idempotency key: repeating an operation with its key returns the first
/// decision and changes nothing; using the key for another operation is an `idempotencyConflict`.
///
/// ```swift
/// var desk = ExtraCareDesk()
/// try desk.record(.earn(account, careDate: day, minutes: 60, expiry: lastDay), key: "absence-1", at: now)
/// let request = try desk.request("xc-1", contract: contract, school: .none, careStart: start, minutes: 90,
///     requested: when, withHours: true, key: "request-1")
/// request.outcome.hoursMinutes    // 60, and 30 minutes invoiced
/// ```
package struct ExtraCareDesk: Sendable, Hashable {
    /// The swap-hours ledger.
    package internal(set) var ledger: SwapHoursLedger
    /// Every booking by id.
    package internal(set) var bookings: [ReservationID: ExtraCareBooking] = [:]
    var recorded: [IdempotencyKey: Recorded] = [:]

    struct Recorded: Sendable, Hashable {
        let operation: String
        let result: DeskResult
    }

    enum DeskResult: Sendable, Hashable {
        case request(Decision<ExtraCareRequestOutcome>)
        case approval(Decision<ExtraCareApprovalOutcome>)
        case cancellation([Decision<ExtraCareCancellationOutcome>])
        case withdrawal(Decision<ProviderWithdrawalOutcome>)
    }

    /// A desk over `ledger`.
    package init(ledger: SwapHoursLedger = SwapHoursLedger()) {
        self.ledger = ledger
    }

    /// Applies a ledger command that is not part of the extra-care flow (earning, expiry, goodwill).
    ///
    /// - Throws: ``RulesError`` from ``SwapHoursLedger/apply(_:key:at:)``.
    @discardableResult
    package mutating func record(
        _ command: LedgerCommand, key: IdempotencyKey, at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        try ledger.apply(command, key: key, at: instant)
    }

    /// Requests extra care; when accepted with hours, the usable hours are reserved at once.
    ///
    /// `school` is the school's calendar: with the contract's schedule it is the care calendar, so extra care
    /// on a day without TSO, or in the slot the contract already covers, is refused. Hours count from the
    /// request date: a lot usable on the day of the request is reserved, also for care after its expiry
    /// date, but never for care after the contract's end (extra opvang lid 3; art. 5 lid 5; I-105).
    ///
    /// - Throws: ``RulesError``: from ``ExtraCareRequestRule``, `invalidState` for a booking id already used,
    ///   `idempotencyConflict`, or a ledger error.
    package mutating func request(
        _ id: ReservationID, contract: Contract, school: SchoolCalendar, careStart: LocalDateTime,
        minutes: Int, requested: LocalDateTime,
        channel: Channel = .app, appVersion: AppVersion? = nil, withHours: Bool, key: IdempotencyKey,
        parameters: TSOParameters? = nil
    ) throws(RulesError) -> Decision<ExtraCareRequestOutcome> {
        let operation =
            "request \(id) \(contract.id) \(careStart) \(minutes) \(requested) \(channel.code) "
            + "\(appVersion?.rawValue ?? "-") \(withHours)"
        if case .request(let decision)? = try replay(key, operation) { return decision }
        guard bookings[id] == nil else {
            throw RulesError(code: .invalidState, value: "booking \(id)", context: "that id is already used")
        }
        let account = LedgerAccount(contract)
        let available = ledger.minutesUsable(
            account, requestedOn: requested.date, forCareOn: careStart.date, contractEnd: contract.endDate)
        let decision = try ExtraCareRequestRule.decide(
            contract: contract, school: school, careStart: careStart, minutes: minutes, requested: requested,
            channel: channel,
            appVersion: appVersion, withHours: withHours, availableMinutes: available, parameters: parameters)
        let outcome = decision.outcome
        if outcome.isAccepted {
            if outcome.hoursMinutes > 0 {
                try ledger.apply(
                    .reserve(
                        id, account, careDate: careStart.date, minutes: outcome.hoursMinutes,
                        requestedOn: requested.date, contractEnd: contract.endDate), key: key,
                    at: outcome.requested.instant)
            }
            bookings[id] = ExtraCareBooking(
                id: id, account: account, careStart: careStart, minutes: minutes,
                hoursMinutes: outcome.hoursMinutes,
                charge: outcome.charge, enteredByStaff: outcome.enteredByStaff, state: .requested)
        }
        recorded[key] = Recorded(operation: operation, result: .request(decision))
        return decision
    }

    /// The provider approves and confirms a request through the app: held hours are used (lid 3 and 5).
    ///
    /// - Throws: ``RulesError``: `unknownReference`, `invalidState` when not awaiting a decision, a calendar error.
    package mutating func approve(
        _ id: ReservationID, at moment: LocalDateTime, key: IdempotencyKey
    ) throws(RulesError) -> Decision<ExtraCareApprovalOutcome> {
        try decideRequest(id, approve: true, at: moment, key: key)
    }

    /// The provider rejects a request (art. 5 lid 4): held hours are released.
    ///
    /// - Throws: ``RulesError``: `unknownReference`, `invalidState` when not awaiting a decision, a calendar error.
    package mutating func reject(
        _ id: ReservationID, at moment: LocalDateTime, key: IdempotencyKey
    ) throws(RulesError) -> Decision<ExtraCareApprovalOutcome> {
        try decideRequest(id, approve: false, at: moment, key: key)
    }

    private mutating func decideRequest(
        _ id: ReservationID, approve: Bool, at moment: LocalDateTime, key: IdempotencyKey
    ) throws(RulesError) -> Decision<ExtraCareApprovalOutcome> {
        let operation = "\(approve ? "approve" : "reject") \(id) \(moment)"
        if case .approval(let decision)? = try replay(key, operation) { return decision }
        let booking = try booking(id, in: .requested)
        let instant = try Self.instant(moment)
        if booking.hoursMinutes > 0 {
            try ledger.apply(approve ? .use(id) : .release(id, because: .rejected), key: key, at: instant)
        }
        bookings[id]?.state = approve ? .confirmed : .rejected
        if !approve {
            bookings[id]?.charge = .none(on: booking.careStart.date, hourlyRate: booking.charge.hourlyRate)
        }
        let decision = try ExtraCareApprovalOutcome.decision(booking: booking, approved: approve, at: moment)
        recorded[key] = Recorded(operation: operation, result: .approval(decision))
        return decision
    }

    /// The parent withdraws a request before it is confirmed: held hours are released and nothing is
    /// invoiced, whatever the timing, because hours count as used only after confirmation (lid 3; I-111).
    ///
    /// - Throws: ``RulesError``: `unknownReference`, `invalidState` when not awaiting a decision, a calendar error.
    package mutating func withdrawRequest(
        _ id: ReservationID, at moment: LocalDateTime, key: IdempotencyKey
    ) throws(RulesError) -> Decision<ExtraCareApprovalOutcome> {
        let operation = "withdrawRequest \(id) \(moment)"
        if case .approval(let decision)? = try replay(key, operation) { return decision }
        let booking = try booking(id, in: .requested)
        let instant = try Self.instant(moment)
        if booking.hoursMinutes > 0 {
            try ledger.apply(.release(id, because: .withdrawnByParent), key: key, at: instant)
        }
        bookings[id]?.state = .withdrawnByParent
        bookings[id]?.charge = .none(on: booking.careStart.date, hourlyRate: booking.charge.hourlyRate)
        let decision = try ExtraCareApprovalOutcome.decision(booking: booking, approved: false, at: moment)
        recorded[key] = Recorded(operation: operation, result: .approval(decision))
        return decision
    }

    /// The parent cancels confirmed extra care (lid 6): one decision per part, hours (6a) then invoice (6b).
    ///
    /// - Throws: ``RulesError``: `unknownReference`, `invalidState` when not confirmed, a calendar or ledger error.
    package mutating func cancel(
        _ id: ReservationID, cancelled: LocalDateTime, channel: Channel, key: IdempotencyKey,
        contractEnd: LocalDate?, parameters: TSOParameters? = nil
    ) throws(RulesError) -> [Decision<ExtraCareCancellationOutcome>] {
        let operation = "cancel \(id) \(cancelled) \(channel.code) \(contractEnd?.description ?? "-")"
        if case .cancellation(let decisions)? = try replay(key, operation) { return decisions }
        let booking = try booking(id, in: .confirmed)
        let instant = try Self.instant(cancelled)
        var decisions: [Decision<ExtraCareCancellationOutcome>] = []
        if booking.hoursMinutes > 0 {
            let decision = try ExtraCareCancellationRule.decide(
                careStart: booking.careStart, cancelled: cancelled, paidWith: .hours, channel: channel,
                minutes: booking.hoursMinutes, parameters: parameters)
            if decision.outcome.hoursBack {
                try ledger.apply(
                    .giveBack(id, because: .cancelledInTime), key: IdempotencyKey(key.rawValue + "#hours"),
                    at: instant)
            }
            decisions.append(decision)
        }
        if booking.invoicedMinutes > 0 {
            let decision = try ExtraCareCancellationRule.decide(
                careStart: booking.careStart, cancelled: cancelled, paidWith: .invoice, channel: channel,
                minutes: booking.invoicedMinutes, parameters: parameters)
            if decision.outcome.hoursBack {
                let date = booking.careStart.date
                try ledger.apply(
                    .creditMakeup(
                        booking.account, careDate: date, minutes: booking.invoicedMinutes,
                        expiry: SwapHoursExpiry.expiryDate(
                            of: date, contractEnd: contractEnd,
                            parameters: TSOParameters.given(parameters, on: date))),
                    key: IdempotencyKey(key.rawValue + "#makeup"), at: instant)
            }
            decisions.append(decision)
        }
        bookings[id]?.state = .cancelled
        recorded[key] = Recorded(operation: operation, result: .cancellation(decisions))
        return decisions
    }

    /// The provider withdraws extra care it had confirmed: flagged as contrary to lid 5; the hours come
    /// back and the invoice for the care not given is cancelled (I-109).
    ///
    /// - Throws: ``RulesError``: `unknownReference`, `invalidState` when not confirmed, a calendar or ledger error.
    package mutating func withdrawByProvider(
        _ id: ReservationID, at moment: LocalDateTime, key: IdempotencyKey
    ) throws(RulesError) -> Decision<ProviderWithdrawalOutcome> {
        let operation = "withdrawByProvider \(id) \(moment)"
        if case .withdrawal(let decision)? = try replay(key, operation) { return decision }
        let booking = try booking(id, in: .confirmed)
        let instant = try Self.instant(moment)
        let decision = try ExtraCareCancellationRule.withdrawnByProvider(
            careStart: booking.careStart, withdrawn: moment, hoursMinutes: booking.hoursMinutes,
            invoicedMinutes: booking.invoicedMinutes)
        if booking.hoursMinutes > 0 {
            try ledger.apply(.giveBack(id, because: .withdrawnByProvider), key: key, at: instant)
        }
        bookings[id]?.state = .withdrawnByProvider
        bookings[id]?.charge = .none(on: booking.careStart.date, hourlyRate: booking.charge.hourlyRate)
        recorded[key] = Recorded(operation: operation, result: .withdrawal(decision))
        return decision
    }

    /// Ends every open booking of `account` for care after `lastDay`, the contract's last day: held
    /// hours are released, used hours come back, and the invoice for care that will not take place is
    /// cancelled. Bookings for care on or after `continuesFrom` are kept: the child continues the same
    /// service under another contract there (art. 5 lid 6).
    ///
    /// - Returns: the bookings ended, in the order of their ids, with the minutes that came back.
    /// - Throws: ``RulesError``: a ledger error.
    mutating func endBookings(
        of account: LedgerAccount, after lastDay: LocalDate, continuesFrom: LocalDate?, key: IdempotencyKey,
        at instant: Instant
    ) throws(RulesError) -> [(booking: ExtraCareBooking, minutes: Int)] {
        var ended: [(booking: ExtraCareBooking, minutes: Int)] = []
        for (id, booking) in bookings.sorted(by: { $0.key < $1.key }) {
            let date = booking.careStart.date
            guard booking.account == account, date > lastDay,
                booking.state == .requested || booking.state == .confirmed
            else { continue }
            if let continuesFrom, date >= continuesFrom { continue }
            var minutes = 0
            if booking.hoursMinutes > 0 {
                let command: LedgerCommand =
                    booking.state == .requested
                    ? .release(id, because: .contractEnded) : .giveBack(id, because: .contractEnded)
                minutes =
                    try ledger.apply(
                        command, key: IdempotencyKey(key.rawValue + "#end-" + id.rawValue), at: instant
                    )
                    .minutes
            }
            bookings[id]?.state = .endedWithContract
            bookings[id]?.charge = .none(on: date, hourlyRate: booking.charge.hourlyRate)
            if let updated = bookings[id] { ended.append((updated, minutes)) }
        }
        return ended
    }

    private func replay(_ key: IdempotencyKey, _ operation: String) throws(RulesError) -> DeskResult? {
        guard let previous = recorded[key] else { return nil }
        guard previous.operation == operation else {
            throw RulesError(
                code: .idempotencyConflict, value: key.rawValue,
                context: "it was first used for \(previous.operation)")
        }
        return previous.result
    }

    private func booking(
        _ id: ReservationID, in state: ExtraCareBooking.State
    ) throws(RulesError) -> ExtraCareBooking {
        guard let booking = bookings[id] else {
            throw RulesError(code: .unknownReference, value: "booking \(id)")
        }
        guard booking.state == state else {
            throw RulesError(
                code: .invalidState, value: "booking \(id)",
                context: "it is \(booking.state.rawValue), not \(state.rawValue)")
        }
        return booking
    }

    private static func instant(_ moment: LocalDateTime) throws(RulesError) -> Instant {
        try RulesError.calendar { () throws(CalendarError) in
            try Amsterdam.resolve(moment, policy: .strict).instant
        }
    }
}

#if !hasFeature(Embedded)
    extension ExtraCareDesk.Recorded: Codable {}
    extension ExtraCareDesk.DeskResult: Codable {}
#endif
