/// The swap-hours ledger: an append-only list of entries, with balances per child and service.
///
/// Commands are applied with a caller-supplied idempotency key. Replaying a key with the same command
/// returns the first receipt and changes nothing; replaying it with another command is a typed
/// `idempotencyConflict` error. A command that throws changes nothing.
///
/// Hours are held in lots (one per `earned` or `goodwill` entry), each with its expiry date. Hours are
/// consumed from the lot that expires first (I-106), and only from lots still usable on the day of the
/// request (I-105), never for care after the contract's end.
///
/// ```swift
/// var ledger = SwapHoursLedger()
/// let account = LedgerAccount(child: "child-noor", service: .tso)
/// try ledger.apply(.earn(account, careDate: day, minutes: 60, expiry: lastDay), key: "absence-1", at: now)
/// ledger.balance(of: account).available   // 60
/// ```
package struct SwapHoursLedger: Sendable, Hashable {
    /// Every entry, oldest first. Never changed, only appended to.
    package internal(set) var entries: [LedgerEntry] = []
    /// Every reservation, in the order made; reservation entries refer to them by index.
    package internal(set) var reservations: [Reservation] = []
    /// Every goodwill grant, in the order made; goodwill entries refer to them by index.
    package internal(set) var grants: [GoodwillGrant] = []

    /// The position in ``reservations`` of each reservation, by its id.
    var reservationIndex = LedgerHashIndex()
    /// The position in ``log`` of the command applied under each idempotency key.
    var recorded = LedgerHashIndex()
    /// Every command applied, with its key and receipt, in order.
    var log: [Recorded] = []
    /// The lot entry of each care day reported absent and not withdrawn, by account number and date.
    var absenceLots = LedgerHashIndex()
    /// The instant of the last command applied.
    var lastInstant: Instant?
    /// The running balances; kept in step with ``entries``.
    var tally = LedgerTally()

    /// A command applied, with its key, its moment and a compact copy of its receipt (24 bytes instead of
    /// 40; entry indices are 32-bit, as in ``LedgerEntry/lot``). The key, the command and the moment are
    /// what the ledger saves: applying them again in order rebuilds everything else.
    struct Recorded: Sendable, Hashable {
        let key: IdempotencyKey
        let command: LedgerCommand
        let instant: Instant
        let minutes: Int
        let firstEntry: UInt32
        let entryCount: UInt32
        let shortfall: Int32
        let isDuplicate: Bool

        init(key: IdempotencyKey, command: LedgerCommand, instant: Instant, receipt: LedgerReceipt) {
            self.key = key
            self.command = command
            self.instant = instant
            firstEntry = UInt32(truncatingIfNeeded: receipt.entries.lowerBound)
            entryCount = UInt32(truncatingIfNeeded: receipt.entries.count)
            isDuplicate = receipt.isDuplicate
            minutes = receipt.minutes
            shortfall = Int32(truncatingIfNeeded: receipt.shortfall)
        }

        var receipt: LedgerReceipt {
            let start = Int(firstEntry)
            return LedgerReceipt(
                entries: start..<start + Int(entryCount), minutes: minutes, shortfall: Int(shortfall),
                isDuplicate: isDuplicate)
        }
    }

    /// An empty ledger.
    package init() {}

    /// Makes room for `commands` more commands, so that applying them allocates (nearly) nothing: for a
    /// batch that knows how many commands each ledger gets, such as a year-end run of one ledger per child.
    /// It changes no balance, entry or answer; room for two entries is made per command (a command writes
    /// one or two, an expiry one per open lot).
    package mutating func reserveCapacity(commands: Int) {
        guard commands > 0 else { return }
        log.reserveCapacity(log.count + commands)
        entries.reserveCapacity(entries.count + 2 * commands)
        recorded.reserveCapacity(log.count + commands)
        tally.reserveCapacity(lots: tally.lots.count + commands)
    }

    /// The balance of `account` now.
    package func balance(of account: LedgerAccount) -> LedgerBalance {
        tally.balance(of: account)
    }

    /// The balance of every account that has entries.
    package var balances: [LedgerAccount: LedgerBalance] { tally.balances }

    /// The reservation with `id`, if it exists.
    package func reservation(_ id: ReservationID) -> Reservation? {
        reservationPosition(id).map { reservations[$0] }
    }

    /// The balances that follow from the first `count` entries (all of them by default) alone, computed
    /// afresh: what the running balances must equal.
    package func replayedBalances(ofFirst count: Int? = nil) -> [LedgerAccount: LedgerBalance] {
        var fresh = LedgerTally()
        for (index, entry) in entries.prefix(count ?? entries.count).enumerated() {
            fresh.record(entry, at: index, account: account(of: entry))
        }
        return fresh.balances
    }

    /// The account of `entry`, one of this ledger's.
    package func account(of entry: LedgerEntry) -> LedgerAccount {
        tally.accounts[Int(entry.accountNumber)]
    }

    /// The idempotency key of the command that wrote the entry at `index`.
    package func key(ofEntry index: Int) -> IdempotencyKey? {
        recordPosition(ofEntry: index).map { log[$0].key }
    }

    /// The moment of the command that wrote the entry at `index`.
    package func instant(ofEntry index: Int) -> Instant? {
        recordPosition(ofEntry: index).map { log[$0].instant }
    }

    /// The position in ``log`` of the command that wrote the entry at `index`: commands write their
    /// entries in order, so the log's first entries ascend and a binary search finds it.
    func recordPosition(ofEntry index: Int) -> Int? {
        guard entries.indices.contains(index) else { return nil }
        var low = 0
        var high = log.count
        while low < high {
            let middle = (low + high) / 2
            if Int(log[middle].firstEntry) <= index { low = middle + 1 } else { high = middle }
        }
        // `low` is the first command whose entries start after `index`; the writer is the last one
        // before it that wrote any entry (a command that wrote none shares the next one's start).
        var position = low - 1
        while position >= 0, log[position].entryCount == 0 { position -= 1 }
        guard position >= 0, Int(log[position].firstEntry) + Int(log[position].entryCount) > index else {
            return nil
        }
        return position
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
    package mutating func apply(
        _ command: LedgerCommand, key: IdempotencyKey, at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        let hash = LedgerHashIndex.hash(key.rawValue)
        if let position = recorded.first(hash: hash, where: { log[$0].key == key }) {
            let previous = log[position]
            guard previous.command == command else {
                throw RulesError(
                    code: .idempotencyConflict, value: key.rawValue,
                    context: "it was first used for \(Self.name(of: previous.command))")
            }
            return previous.receipt
        }
        if let lastInstant, instant < lastInstant {
            // Amsterdam local time with its offset, as every message gives a moment.
            let local = { (moment: Instant) in
                (try? Amsterdam.zoned(moment))?.description ?? moment.description
            }
            throw RulesError(
                code: .outOfOrder, value: local(instant),
                context: "the ledger's last command was at \(local(lastInstant))")
        }
        let receipt = try perform(command, key: key, at: instant)
        recorded.insert(hash: hash, position: log.count)
        log.append(Recorded(key: key, command: command, instant: instant, receipt: receipt))
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
            if absenceLot(of: account, on: careDate) != nil {
                return LedgerReceipt(entries: start..<start, minutes: 0, isDuplicate: true)
            }
            let number = openLot(
                key: key, account: account, instant: instant, minutes: storedMinutes, expiry: expiry,
                date: careDate,
                reference: LedgerEntry.noReference, cause: .absenceReported)
            absenceLots.insert(hash: LedgerHashIndex.hash(account: number, date: careDate), position: start)
            return LedgerReceipt(entries: start..<entries.count, minutes: minutes)

        case .creditMakeup(let account, let careDate, let minutes, let expiry):
            let storedMinutes = try Self.checked(minutes, expiry: expiry, date: careDate)
            _ = openLot(
                key: key, account: account, instant: instant, minutes: storedMinutes, expiry: expiry,
                date: careDate,
                reference: LedgerEntry.noReference, cause: .invoicedExtraCareCancelledByEmail)
            return LedgerReceipt(entries: start..<entries.count, minutes: minutes)

        case .grantGoodwill(let grant):
            let storedMinutes = try Self.checked(grant.minutes, expiry: grant.expiry, date: grant.date)
            _ = openLot(
                key: key, account: grant.account, instant: instant, minutes: storedMinutes,
                expiry: grant.expiry,
                date: grant.date, reference: UInt32(truncatingIfNeeded: grants.count), cause: .goodwillGranted
            )
            grants.append(grant)
            return LedgerReceipt(entries: start..<entries.count, minutes: grant.minutes)

        case .withdrawAbsence(let account, let careDate, let careStart):
            return try withdrawAbsence(
                account, careDate: careDate, careStart: careStart, key: key, at: instant)

        case .reserve(let id, let account, let careDate, let minutes, let requestedOn, let contractEnd):
            _ = try Self.checked(minutes, expiry: careDate, date: careDate)
            let idHash = LedgerHashIndex.hash(id.rawValue)
            if reservationIndex.first(hash: idHash, where: { reservations[$0].id == id }) != nil {
                throw RulesError(
                    code: .invalidState, value: "reservation \(id)", context: "that id is already used")
            }
            // I-105: the request date counts, not the care date; care after the contract's end draws nothing.
            let afterEnd = contractEnd.map { careDate > $0 } ?? false
            let allocations =
                afterEnd
                ? [] : allocate(minutes, of: account, usableOn: min(requestedOn, careDate), preferring: nil)
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
            reservationIndex.insert(hash: idHash, position: reservations.count)
            reservations.append(reservation)
            return LedgerReceipt(
                entries: start..<entries.count, minutes: reservation.covered, shortfall: reservation.shortfall
            )

        case .release(let id, let reason):
            let cause: LedgerEntry.Cause =
                switch reason {
                case .rejected: .extraCareRejected
                case .withdrawnByParent: .extraCareRequestWithdrawn
                case .contractEnded: .extraCareReleasedAtContractEnd
                }
            return try resolve(id, from: .held, to: .released, cause: cause, key: key, at: instant)

        case .use(let id):
            return try resolve(id, from: .held, to: .used, cause: .extraCareConfirmed, key: key, at: instant)

        case .giveBack(let id, let reason):
            let cause: LedgerEntry.Cause =
                switch reason {
                case .cancelledInTime: .extraCareCancelledInTime
                case .withdrawnByProvider: .extraCareWithdrawnByProvider
                case .contractEnded: .extraCareReturnedAtContractEnd
                }
            return try resolve(id, from: .used, to: .givenBack, cause: cause, key: key, at: instant)

        case .expire(let asOf):
            var moved = 0
            for position in tally.lots.indices {
                let lot = tally.lots[position]
                guard lot.available > 0, lot.expiry < asOf else { continue }
                moved += lot.available
                append(
                    key: key, lot: lot.entry, minutes: lot.available, instant: instant, date: asOf,
                    reference: LedgerEntry.noReference, cause: .lapsed)
            }
            return LedgerReceipt(entries: start..<entries.count, minutes: moved)

        case .lapseAtContractEnd(let account, let asOf):
            var moved = 0
            for lot in tally.lots(of: account) where lot.available > 0 {
                moved += lot.available
                append(
                    key: key, lot: lot.entry, minutes: lot.available, instant: instant, date: asOf,
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
        guard let (number, lot) = absenceLot(of: account, on: careDate) else {
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
        absenceLots.remove(hash: LedgerHashIndex.hash(account: number, date: careDate), position: lot)
        return LedgerReceipt(entries: start..<entries.count, minutes: minutes)
    }

    private mutating func resolve(
        _ id: ReservationID, from expected: Reservation.State, to next: Reservation.State,
        cause: LedgerEntry.Cause,
        key: IdempotencyKey, at instant: Instant
    ) throws(RulesError) -> LedgerReceipt {
        let start = entries.count
        guard let index = reservationPosition(id) else {
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

    /// The position of the reservation with `id` in ``reservations``.
    func reservationPosition(_ id: ReservationID) -> Int? {
        reservationIndex.first(hash: LedgerHashIndex.hash(id.rawValue)) { reservations[$0].id == id }
    }

    /// The account's number and the lot entry of the absence of `account` on `date`, if reported and
    /// not withdrawn.
    func absenceLot(of account: LedgerAccount, on date: LocalDate) -> (Int, Int)? {
        guard let number = tally.number(of: account) else { return nil }
        let hash = LedgerHashIndex.hash(account: number, date: date)
        let stored = UInt32(truncatingIfNeeded: number)
        let lot = absenceLots.first(hash: hash) {
            entries[$0].date == date && entries[$0].accountNumber == stored
        }
        return lot.map { (number, $0) }
    }

    /// Up to `minutes` available minutes of `account` usable for care on `date`: the `preferred` lot
    /// first, then by earliest expiry, then by age.
    private func allocate(
        _ minutes: Int, of account: LedgerAccount, usableOn date: LocalDate, preferring preferred: Int?
    ) -> [Reservation.Allocation] {
        guard let number = tally.number(of: account) else { return [] }
        var remaining = minutes
        var allocations: [Reservation.Allocation] = []
        func take(_ lot: LedgerTally.Lot) {
            let minutes = min(remaining, lot.available)
            allocations.append(Reservation.Allocation(lot: lot.entry, minutes: minutes))
            remaining -= minutes
        }
        func isUsable(_ lot: LedgerTally.Lot) -> Bool {
            lot.available > 0 && lot.expiry >= date && lot.entry != preferred
        }
        if let preferred, let position = tally.lotPosition(ofEntry: preferred) {
            let lot = tally.lots[position]
            if lot.available > 0, lot.expiry >= date { take(lot) }
        }
        // Then by expiry level, earliest first; within a level in the order opened. Usually every lot expires on 31 December: one pass finds the level, one takes.
        var previousLevel: LocalDate?
        while remaining > 0 {
            var level: LocalDate?
            tally.forEachLot(ofAccount: number) { position in
                let lot = tally.lots[position]
                guard isUsable(lot), previousLevel.map({ lot.expiry > $0 }) ?? true else { return }
                if level.map({ lot.expiry < $0 }) ?? true { level = lot.expiry }
            }
            guard let level else { break }
            tally.forEachLot(ofAccount: number) { position in
                let lot = tally.lots[position]
                if remaining > 0, lot.expiry == level, isUsable(lot) { take(lot) }
            }
            previousLevel = level
        }
        return allocations
    }

    private mutating func openLot(
        key: IdempotencyKey, account: LedgerAccount, instant: Instant, minutes: Int32, expiry: LocalDate,
        date: LocalDate, reference: UInt32, cause: LedgerEntry.Cause
    ) -> Int {
        let index = entries.count
        let number = tally.numberAdding(account)
        let entry = LedgerEntry(
            accountNumber: number, minutes: minutes, lot: UInt32(truncatingIfNeeded: index),
            reference: reference, expiry: expiry, date: date, cause: cause)
        entries.append(entry)
        tally.record(entry, at: index, account: number, lot: nil)
        return number
    }

    private mutating func append(
        key: IdempotencyKey, lot: Int, minutes: Int, instant: Instant, date: LocalDate, reference: UInt32,
        cause: LedgerEntry.Cause
    ) {
        // Minutes only ever move within a lot the ledger opened, so the lot (and its account) is known.
        guard let position = tally.lotPosition(ofEntry: lot) else { return }
        let open = tally.lots[position]
        let entry = LedgerEntry(
            accountNumber: open.account, minutes: Int32(truncatingIfNeeded: minutes),
            lot: UInt32(truncatingIfNeeded: lot), reference: reference, expiry: open.expiry, date: date,
            cause: cause)
        let index = entries.count
        entries.append(entry)
        tally.record(entry, at: index, account: open.account, lot: position)
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
        case .lapseAtContractEnd: "lapseAtContractEnd"
        case .grantGoodwill: "grantGoodwill"
        }
    }
}
