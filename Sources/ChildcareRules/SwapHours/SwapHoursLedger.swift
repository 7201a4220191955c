/// The swap-hours ledger: an append-only list of entries, with balances per child and service.
///
/// Commands are applied with a caller-supplied idempotency key. Replaying a key with the same command
/// returns the first receipt and changes nothing; replaying it with another command is a typed
/// `idempotencyConflict` error. A command that throws changes nothing.
///
/// Hours are held in lots (one per `earned` or `goodwill` entry), each with its expiry date. Hours are
/// consumed from the lot that expires first (I-106), and only from lots still usable on the care day.
///
/// ```swift
/// var ledger = SwapHoursLedger()
/// let account = LedgerAccount(child: "child-noor", service: .tso)
/// try ledger.apply(.earn(account, careDate: day, minutes: 60, expiry: lastDay), key: "absence-1", at: now)
/// ledger.balance(of: account).available   // 60
/// ```
public struct SwapHoursLedger: Sendable, Hashable, Codable {
    /// Every entry, oldest first. Never changed, only appended to.
    public private(set) var entries: [LedgerEntry] = []
    /// Every reservation, in the order made; reservation entries refer to them by index.
    public private(set) var reservations: [Reservation] = []
    /// Every goodwill grant, in the order made; goodwill entries refer to them by index.
    public private(set) var grants: [GoodwillGrant] = []

    private var reservationIndex: [ReservationID: Int] = [:]
    private var recorded: [IdempotencyKey: Recorded] = [:]
    private var absenceLots: [DayKey: Int] = [:]
    private var lastInstant: Instant?
    /// The running balances; kept in step with ``entries``.
    var tally = LedgerTally()

    private struct Recorded: Sendable, Hashable, Codable {
        let command: LedgerCommand
        let receipt: LedgerReceipt
    }

    private struct DayKey: Sendable, Hashable, Codable {
        let account: LedgerAccount
        let date: LocalDate
    }

    /// An empty ledger.
    public init() {}

    /// The balance of `account` now.
    public func balance(of account: LedgerAccount) -> LedgerBalance {
        tally.balances[account, default: .zero]
    }

    /// The balance of every account that has entries.
    public var balances: [LedgerAccount: LedgerBalance] { tally.balances }

    /// The reservation with `id`, if it exists.
    public func reservation(_ id: ReservationID) -> Reservation? {
        reservationIndex[id].map { reservations[$0] }
    }

    /// The balances that follow from `entries` alone, computed afresh.
    public static func balances(
        replaying entries: some Sequence<LedgerEntry>
    ) -> [LedgerAccount: LedgerBalance] {
        var tally = LedgerTally()
        for (index, entry) in entries.enumerated() { tally.record(entry, at: index) }
        return tally.balances
    }

    /// Applies `command` at `instant` under the idempotency key `key`.
    ///
    /// - Throws: ``RulesError``: `idempotencyConflict` when `key` was used for another command;
    ///   `outOfOrder` when `instant` is before the previous command's; `invalidArgument` for minutes that
    ///   are not positive or an expiry before the care day; `unknownReference` for an unknown reservation
    ///   or absence; `invalidState` for a reservation not in the right state, a reused reservation id, or
    ///   an absence withdrawn after the care started; `insufficientHours` when a withdrawn absence's
    ///   hours are no longer available.
    @discardableResult
    public mutating func apply(
        _ command: LedgerCommand, key: IdempotencyKey, at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        if let previous = recorded[key] {
            guard previous.command == command else {
                throw RulesError(
                    code: .idempotencyConflict, value: key.rawValue,
                    context: "it was first used for \(Self.name(of: previous.command))")
            }
            return previous.receipt
        }
        if let lastInstant, instant < lastInstant {
            throw RulesError(
                code: .outOfOrder, value: instant.description,
                context: "the ledger's last command was at \(lastInstant)")
        }
        let receipt = try perform(command, key: key, at: instant)
        recorded[key] = Recorded(command: command, receipt: receipt)
        lastInstant = instant
        return receipt
    }

    private mutating func perform(
        _ command: LedgerCommand, key: IdempotencyKey, at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        let start = entries.count
        switch command {
        case .earn(let account, let careDate, let minutes, let expiry):
            let storedMinutes = try Self.checked(minutes, expiry: expiry, date: careDate)
            let day = DayKey(account: account, date: careDate)
            if absenceLots[day] != nil {
                return LedgerReceipt(entries: start..<start, minutes: 0, isDuplicate: true)
            }
            absenceLots[day] = start
            openLot(
                key: key, account: account, instant: instant, minutes: storedMinutes, expiry: expiry,
                date: careDate,
                reference: LedgerEntry.noReference, cause: .absenceReported)
            return LedgerReceipt(entries: start..<entries.count, minutes: minutes)

        case .creditMakeup(let account, let careDate, let minutes, let expiry):
            let storedMinutes = try Self.checked(minutes, expiry: expiry, date: careDate)
            openLot(
                key: key, account: account, instant: instant, minutes: storedMinutes, expiry: expiry,
                date: careDate,
                reference: LedgerEntry.noReference, cause: .invoicedExtraCareCancelledByEmail)
            return LedgerReceipt(entries: start..<entries.count, minutes: minutes)

        case .grantGoodwill(let grant):
            let storedMinutes = try Self.checked(grant.minutes, expiry: grant.expiry, date: grant.date)
            openLot(
                key: key, account: grant.account, instant: instant, minutes: storedMinutes,
                expiry: grant.expiry,
                date: grant.date, reference: UInt32(truncatingIfNeeded: grants.count), cause: .goodwillGranted
            )
            grants.append(grant)
            return LedgerReceipt(entries: start..<entries.count, minutes: grant.minutes)

        case .withdrawAbsence(let account, let careDate, let careStart):
            return try withdrawAbsence(
                account, careDate: careDate, careStart: careStart, key: key, at: instant)

        case .reserve(let id, let account, let careDate, let minutes):
            _ = try Self.checked(minutes, expiry: careDate, date: careDate)
            guard reservationIndex[id] == nil else {
                throw RulesError(
                    code: .invalidState, value: "reservation \(id)", context: "that id is already used")
            }
            let allocations = allocate(minutes, of: account, usableOn: careDate, preferring: nil)
            let reference = UInt32(truncatingIfNeeded: reservations.count)
            for allocation in allocations {
                append(
                    key: key, lot: allocation.lot, minutes: allocation.minutes, instant: instant,
                    date: careDate,
                    reference: reference, cause: .extraCareRequested)
            }
            let reservation = Reservation(
                id: id, account: account, careDate: careDate, requested: minutes, allocations: allocations,
                state: .held)
            reservationIndex[id] = reservations.count
            reservations.append(reservation)
            return LedgerReceipt(
                entries: start..<entries.count, minutes: reservation.covered, shortfall: reservation.shortfall
            )

        case .release(let id, let reason):
            let cause: LedgerEntry.Cause =
                reason == .rejected ? .extraCareRejected : .extraCareRequestWithdrawn
            return try resolve(id, from: .held, to: .released, cause: cause, key: key, at: instant)

        case .use(let id):
            return try resolve(id, from: .held, to: .used, cause: .extraCareConfirmed, key: key, at: instant)

        case .giveBack(let id, let reason):
            let cause: LedgerEntry.Cause =
                reason == .cancelledInTime ? .extraCareCancelledInTime : .extraCareWithdrawnByProvider
            return try resolve(id, from: .used, to: .givenBack, cause: cause, key: key, at: instant)

        case .expire(let asOf):
            var moved = 0
            for index in tally.lots.keys.sorted() {
                guard let lot = tally.lots[index], lot.available > 0, entries[index].expiry < asOf else {
                    continue
                }
                moved += lot.available
                append(
                    key: key, lot: index, minutes: lot.available, instant: instant, date: asOf,
                    reference: LedgerEntry.noReference, cause: .lapsed)
            }
            return LedgerReceipt(entries: start..<entries.count, minutes: moved)
        }
    }

    private mutating func withdrawAbsence(
        _ account: LedgerAccount, careDate: LocalDate, careStart: Instant, key: IdempotencyKey,
        at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        let start = entries.count
        let day = DayKey(account: account, date: careDate)
        guard let lot = absenceLots[day] else {
            throw RulesError(
                code: .unknownReference, value: "an absence of \(account) on \(careDate)",
                context: "no hours were earned for that day")
        }
        guard instant < careStart else {
            throw RulesError(
                code: .invalidState, value: "withdrawing the absence of \(careDate)",
                context: "the care started at \(careStart)")
        }
        let minutes = entries[lot].minutes
        let allocations = allocate(minutes, of: account, usableOn: careDate, preferring: lot)
        let covered = allocations.reduce(0) { $0 + $1.minutes }
        guard covered == minutes else {
            throw RulesError(
                code: .insufficientHours, value: "\(minutes) minutes",
                context:
                    "only \(covered) minutes are available; cancel the extra care they were used for first")
        }
        for allocation in allocations {
            append(
                key: key, lot: allocation.lot, minutes: allocation.minutes, instant: instant, date: careDate,
                reference: LedgerEntry.noReference, cause: .absenceWithdrawn)
        }
        absenceLots[day] = nil
        return LedgerReceipt(entries: start..<entries.count, minutes: minutes)
    }

    private mutating func resolve(
        _ id: ReservationID, from expected: Reservation.State, to next: Reservation.State,
        cause: LedgerEntry.Cause,
        key: IdempotencyKey, at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        let start = entries.count
        guard let index = reservationIndex[id] else {
            throw RulesError(code: .unknownReference, value: "reservation \(id)")
        }
        let reservation = reservations[index]
        guard reservation.state == expected else {
            throw RulesError(
                code: .invalidState, value: "reservation \(id)",
                context: "it is \(reservation.state.rawValue), not \(expected.rawValue)")
        }
        for allocation in reservation.allocations {
            append(
                key: key, lot: allocation.lot, minutes: allocation.minutes, instant: instant,
                date: reservation.careDate, reference: UInt32(truncatingIfNeeded: index), cause: cause)
        }
        reservations[index].state = next
        return LedgerReceipt(entries: start..<entries.count, minutes: reservation.covered)
    }

    /// Up to `minutes` available minutes of `account` usable for care on `date`: the `preferred` lot
    /// first, then by earliest expiry, then by age.
    private func allocate(
        _ minutes: Int, of account: LedgerAccount, usableOn date: LocalDate, preferring preferred: Int?
    ) -> [Reservation.Allocation] {
        let candidates = (tally.lotsByAccount[account] ?? []).filter { index in
            entries[index].expiry >= date && (tally.lots[index]?.available ?? 0) > 0
        }
        let ordered = candidates.sorted { lhs, rhs in
            if lhs == preferred || rhs == preferred { return lhs == preferred && rhs != preferred }
            let (left, right) = (entries[lhs].expiry, entries[rhs].expiry)
            return left != right ? left < right : lhs < rhs
        }
        var remaining = minutes
        var allocations: [Reservation.Allocation] = []
        for index in ordered where remaining > 0 {
            let take = min(remaining, tally.lots[index]?.available ?? 0)
            allocations.append(Reservation.Allocation(lot: index, minutes: take))
            remaining -= take
        }
        return allocations
    }

    private mutating func openLot(
        key: IdempotencyKey, account: LedgerAccount, instant: Instant, minutes: Int32, expiry: LocalDate,
        date: LocalDate, reference: UInt32, cause: LedgerEntry.Cause
    ) {
        let index = entries.count
        let entry = LedgerEntry(
            key: key, account: account, instant: instant, minutes: minutes,
            lot: UInt32(truncatingIfNeeded: index),
            reference: reference, expiry: expiry, date: date, kind: cause.kind, cause: cause)
        entries.append(entry)
        tally.record(entry, at: index)
    }

    private mutating func append(
        key: IdempotencyKey, lot: Int, minutes: Int, instant: Instant, date: LocalDate, reference: UInt32,
        cause: LedgerEntry.Cause
    ) {
        let lotEntry = entries[lot]
        let entry = LedgerEntry(
            key: key, account: lotEntry.account, instant: instant,
            minutes: Int32(truncatingIfNeeded: minutes),
            lot: UInt32(truncatingIfNeeded: lot), reference: reference, expiry: lotEntry.expiry, date: date,
            kind: cause.kind, cause: cause)
        let index = entries.count
        entries.append(entry)
        tally.record(entry, at: index)
    }

    private static func checked(
        _ minutes: Int, expiry: LocalDate, date: LocalDate
    ) throws(RulesError) -> Int32 {
        guard minutes > 0, let stored = Int32(exactly: minutes) else {
            throw RulesError(
                code: .invalidArgument, value: "\(minutes) minutes",
                context: "the ledger records a positive number of minutes")
        }
        guard expiry >= date else {
            throw RulesError(
                code: .invalidArgument, value: "expiry \(expiry)",
                context: "hours cannot lapse before \(date)")
        }
        return stored
    }

    private static func name(of command: LedgerCommand) -> String {
        switch command {
        case .earn: "earn"
        case .withdrawAbsence: "withdrawAbsence"
        case .reserve: "reserve"
        case .release: "release"
        case .use: "use"
        case .giveBack: "giveBack"
        case .creditMakeup: "creditMakeup"
        case .expire: "expire"
        case .grantGoodwill: "grantGoodwill"
        }
    }
}
