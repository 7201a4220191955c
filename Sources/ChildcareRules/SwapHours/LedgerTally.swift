/// The balances that follow from a sequence of ledger entries: per account, and per lot.
///
/// The ledger keeps one up to date as it appends; ``SwapHoursLedger/replayedBalances(ofFirst:)`` builds a
/// fresh one from the entries alone, so that a rebuilt ledger can be checked against the live one.
///
/// It is laid out for the year-end batch (one ledger per child, ~40 commands, millions of commands a
/// run): accounts are numbered in the order they first appear, and balances and lots live in arrays
/// indexed by those numbers, so recording an entry hashes nothing unless the ledger holds many accounts.
struct LedgerTally: Sendable, Hashable {
    /// The minutes of one lot, by state, with what the ledger needs to allocate from it.
    struct Lot: Sendable, Hashable {
        /// The index of the lot's own entry (`earned` or `goodwill`) in the ledger.
        let entry: Int
        /// The number of the lot's account in ``accounts``.
        let account: Int
        /// The last date on which the lot's hours can be used.
        let expiry: LocalDate
        /// The position in ``LedgerTally/lots`` of the account's next lot, or -1 for its last.
        var next: Int32 = -1
        var available = 0
        var reserved = 0
        var used = 0
        var expired = 0
    }

    /// Every account with entries, in the order of their first entry.
    private(set) var accounts: [LedgerAccount] = []
    /// The balance of each account in ``accounts``, at the same position.
    private(set) var accountBalances: [LedgerBalance] = []
    /// Every lot, in the order opened (so by ascending ``Lot/entry``).
    private(set) var lots: [Lot] = []
    /// The position in ``lots`` of each account's first and last lot (-1 for none): each lot links to
    /// the account's next one (``Lot/next``), so an account's lots are walked in the order opened without
    /// an array per account.
    private var firstLot: [Int32] = []
    private var lastLot: [Int32] = []
    /// Account numbers by account; consulted only when there are more than ``linearSearchLimit`` accounts.
    private var accountNumbers: [LedgerAccount: Int] = [:]

    /// Up to this many accounts, an account is found by comparing (cheaper than hashing its text).
    private static let linearSearchLimit = 8

    /// Makes room for `count` lots in all.
    mutating func reserveCapacity(lots count: Int) {
        lots.reserveCapacity(count)
    }

    /// The balances of every account with entries.
    var balances: [LedgerAccount: LedgerBalance] {
        Dictionary(uniqueKeysWithValues: zip(accounts, accountBalances))
    }

    /// The balance of `account` (zero when it has no entries).
    func balance(of account: LedgerAccount) -> LedgerBalance {
        number(of: account).map { accountBalances[$0] } ?? .zero
    }

    /// The number of `account` in ``accounts``, if it has entries.
    func number(of account: LedgerAccount) -> Int? {
        if accounts.count > Self.linearSearchLimit { return accountNumbers[account] }
        return accounts.firstIndex(of: account)
    }

    /// The lots of `account`, in the order opened.
    func lots(of account: LedgerAccount) -> [Lot] {
        guard let number = number(of: account) else { return [] }
        var result: [Lot] = []
        forEachLot(ofAccount: number) { result.append(lots[$0]) }
        return result
    }

    /// Calls `body` with the position in ``lots`` of each lot of the account numbered `number`, in the
    /// order opened.
    func forEachLot(ofAccount number: Int, _ body: (Int) -> Void) {
        var position = Int(firstLot[number])
        while position >= 0 {
            body(position)
            position = Int(lots[position].next)
        }
    }

    /// The position in ``lots`` of the lot opened by the entry at `entry`, if there is one.
    func lotPosition(ofEntry entry: Int) -> Int? {
        var low = 0
        var high = lots.count
        while low < high {
            let middle = (low + high) / 2
            if lots[middle].entry < entry { low = middle + 1 } else { high = middle }
        }
        return low < lots.count && lots[low].entry == entry ? low : nil
    }

    /// Applies one entry of `account`, found at `index` in the ledger; returns the account's number here
    /// (numbering it if it is new).
    @discardableResult
    mutating func record(_ entry: LedgerEntry, at index: Int, account: LedgerAccount) -> Int {
        let number = numberAdding(account)
        record(
            entry, at: index, account: number,
            lot: entry.opensLot ? nil : lotPosition(ofEntry: Int(entry.lot)))
        return number
    }

    /// Applies one entry whose account number and lot position the caller already knows (the ledger
    /// does, when it moves minutes of a lot it found); `lot` is `nil` for an entry that opens a lot.
    mutating func record(_ entry: LedgerEntry, at index: Int, account: Int, lot: Int?) {
        let minutes = entry.minutes
        switch entry.kind {
        case .earned, .goodwill:
            if entry.kind == .earned {
                accountBalances[account].earned += minutes
            } else {
                accountBalances[account].goodwill += minutes
            }
            accountBalances[account].available += minutes
            let position = Int32(truncatingIfNeeded: lots.count)
            if lastLot[account] >= 0 {
                lots[Int(lastLot[account])].next = position
            } else {
                firstLot[account] = position
            }
            lastLot[account] = position
            lots.append(Lot(entry: index, account: account, expiry: entry.expiry, available: minutes))
        case .reserved:
            move(minutes, from: .available, to: .reserved, account: account, lot: lot)
        case .released:
            move(minutes, from: .reserved, to: .available, account: account, lot: lot)
        case .used:
            let source: Bucket = entry.cause == .absenceWithdrawn ? .available : .reserved
            move(minutes, from: source, to: .used, account: account, lot: lot)
        case .returned:
            move(minutes, from: .used, to: .available, account: account, lot: lot)
        case .expired:
            move(minutes, from: .available, to: .expired, account: account, lot: lot)
        }
    }

    /// The number of `account`, numbering it if it is new.
    mutating func numberAdding(_ account: LedgerAccount) -> Int {
        if let number = number(of: account) { return number }
        let number = accounts.count
        accounts.append(account)
        accountBalances.append(.zero)
        firstLot.append(-1)
        lastLot.append(-1)
        accountNumbers[account] = number
        return number
    }

    private enum Bucket {
        case available
        case reserved
        case used
        case expired
    }

    private mutating func move(
        _ minutes: Int, from source: Bucket, to target: Bucket, account: Int, lot: Int?
    ) {
        add(-minutes, to: source, account: account)
        add(minutes, to: target, account: account)
        // An entry that points to no known lot still moves the account's minutes (as before), so that
        // replaying any sequence of entries gives the same account balances.
        guard let lot else { return }
        add(-minutes, to: source, lot: lot)
        add(minutes, to: target, lot: lot)
    }

    private mutating func add(_ minutes: Int, to bucket: Bucket, account: Int) {
        switch bucket {
        case .available: accountBalances[account].available += minutes
        case .reserved: accountBalances[account].reserved += minutes
        case .used: accountBalances[account].used += minutes
        case .expired: accountBalances[account].expired += minutes
        }
    }

    private mutating func add(_ minutes: Int, to bucket: Bucket, lot: Int) {
        switch bucket {
        case .available: lots[lot].available += minutes
        case .reserved: lots[lot].reserved += minutes
        case .used: lots[lot].used += minutes
        case .expired: lots[lot].expired += minutes
        }
    }
}
