/// The balances that follow from a sequence of ledger entries: per account, and per lot.
///
/// The ledger keeps one up to date as it appends; ``SwapHoursLedger/balances(replaying:)`` builds a
/// fresh one from the entries alone, so that a rebuilt ledger can be checked against the live one.
struct LedgerTally: Sendable, Hashable, Codable {
    /// The minutes of one lot, by state.
    struct Lot: Sendable, Hashable, Codable {
        var available = 0
        var reserved = 0
        var used = 0
        var expired = 0
    }

    private(set) var balances: [LedgerAccount: LedgerBalance] = [:]
    private(set) var lots: [Int: Lot] = [:]
    /// Lot indices per account, in the order the lots were opened.
    private(set) var lotsByAccount: [LedgerAccount: [Int]] = [:]

    /// Applies one entry, found at `index` in the ledger.
    mutating func record(_ entry: LedgerEntry, at index: Int) {
        let minutes = entry.minutes
        let account = entry.account
        var balance = balances[account, default: .zero]
        var lot = lots[Int(entry.lot), default: Lot()]
        switch entry.kind {
        case .earned, .goodwill:
            if entry.kind == .earned { balance.earned += minutes } else { balance.goodwill += minutes }
            balance.available += minutes
            lot = Lot(available: minutes)
            lotsByAccount[account, default: []].append(index)
        case .reserved:
            move(minutes, from: .available, to: .reserved, balance: &balance, lot: &lot)
        case .released:
            move(minutes, from: .reserved, to: .available, balance: &balance, lot: &lot)
        case .used:
            if entry.cause == .absenceWithdrawn {
                move(minutes, from: .available, to: .used, balance: &balance, lot: &lot)
            } else {
                move(minutes, from: .reserved, to: .used, balance: &balance, lot: &lot)
            }
        case .returned:
            move(minutes, from: .used, to: .available, balance: &balance, lot: &lot)
        case .expired:
            move(minutes, from: .available, to: .expired, balance: &balance, lot: &lot)
        }
        balances[account] = balance
        lots[Int(entry.lot)] = lot
    }

    private enum Bucket {
        case available
        case reserved
        case used
        case expired
    }

    private func move(
        _ minutes: Int, from source: Bucket, to target: Bucket, balance: inout LedgerBalance, lot: inout Lot
    ) {
        Self.add(-minutes, to: source, balance: &balance, lot: &lot)
        Self.add(minutes, to: target, balance: &balance, lot: &lot)
    }

    private static func add(_ minutes: Int, to bucket: Bucket, balance: inout LedgerBalance, lot: inout Lot) {
        switch bucket {
        case .available:
            lot.available += minutes
            balance.available += minutes
        case .reserved:
            lot.reserved += minutes
            balance.reserved += minutes
        case .used:
            lot.used += minutes
            balance.used += minutes
        case .expired:
            lot.expired += minutes
            balance.expired += minutes
        }
    }
}
