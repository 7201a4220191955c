import ChildcareRules

/// A deliberately naive reference model of the swap-hours ledger, for the engine-level random sequences.
///
/// It keeps a plain list of lots and moves minutes between four buckets, following the terms as the tests
/// read them, independently of `SwapHoursLedger` and `LedgerTally`:
/// - hours earned or granted expire on 31 December of the year of their day, or at the contract's end when
///   that is earlier (TSO terms art. 5 lid 5; I-110);
/// - hours are taken from the lot that expires first, then the oldest (I-106), and only from lots still
///   usable on the day of the request (I-105), never for care after the contract's end; a withdrawn absence
///   takes back its own lot first;
/// - a reservation's minutes go back to the lots they came from.
///
/// The engine's decision records say how many minutes moved; the model checks them where it can compute
/// them itself (a reservation takes `min(requested, usable)`; an approval, rejection or return moves the
/// whole reservation) and then compares its balances with the production ledger's.
struct NaiveLedgerModel {
    struct Lot {
        let account: LedgerAccount
        let expiry: LocalDate
        var available: Int
    }

    struct Booking {
        let account: LedgerAccount
        var allocations: [(lot: Int, minutes: Int)]
        var used = false
        var ended = false
        var total: Int { allocations.reduce(0) { $0 + $1.minutes } }
    }

    struct Day: Hashable {
        let account: LedgerAccount
        let date: LocalDate
    }

    private(set) var lots: [Lot] = []
    private(set) var balances: [LedgerAccount: LedgerBalance] = [:]
    private var absenceLots: [Day: Int] = [:]
    private var bookings: [ReservationID: Booking] = [:]
    private var endedBookings: Set<ReservationID> = []

    /// The expiry of hours for `date` under a contract ending on `end`, computed without the production code.
    static func expiry(of date: LocalDate, contractEnd end: LocalDate?) throws -> LocalDate {
        let yearEnd = try LocalDate(year: date.year, month: 12, day: 31)
        guard let end, end < yearEnd else { return yearEnd }
        return end
    }

    func usable(_ account: LedgerAccount, on date: LocalDate) -> Int {
        lots.filter { $0.account == account && $0.expiry >= date }.reduce(0) { $0 + $1.available }
    }

    mutating func openLot(_ account: LedgerAccount, minutes: Int, expiry: LocalDate, goodwill: Bool) -> Int {
        lots.append(Lot(account: account, expiry: expiry, available: minutes))
        if goodwill {
            balances[account, default: .zero].goodwill += minutes
        } else {
            balances[account, default: .zero].earned += minutes
        }
        balances[account, default: .zero].available += minutes
        return lots.count - 1
    }

    mutating func earn(_ account: LedgerAccount, date: LocalDate, minutes: Int, expiry: LocalDate) {
        absenceLots[Day(account: account, date: date)] = openLot(
            account, minutes: minutes, expiry: expiry, goodwill: false)
    }

    /// Takes `minutes` of `account` usable on `date`, preferring `preferred`; returns what was taken.
    private mutating func take(
        _ minutes: Int, of account: LedgerAccount, usableOn date: LocalDate, preferring preferred: Int? = nil
    ) -> [(lot: Int, minutes: Int)] {
        let order = lots.indices.filter { lots[$0].account == account && lots[$0].expiry >= date }
            .sorted { lhs, rhs in
                if lhs == preferred || rhs == preferred { return lhs == preferred && rhs != preferred }
                return (lots[lhs].expiry, lhs) < (lots[rhs].expiry, rhs)
            }
        var remaining = minutes
        var taken: [(lot: Int, minutes: Int)] = []
        for index in order where remaining > 0 && lots[index].available > 0 {
            let part = min(remaining, lots[index].available)
            lots[index].available -= part
            remaining -= part
            taken.append((index, part))
        }
        return taken
    }

    /// A withdrawn absence: its minutes become `used`. Returns a failure, or `nil`.
    mutating func withdraw(_ account: LedgerAccount, date: LocalDate, minutes: Int) -> String? {
        let day = Day(account: account, date: date)
        guard let lot = absenceLots[day] else { return "the model has no absence of \(date) to withdraw" }
        let taken = take(minutes, of: account, usableOn: date, preferring: lot)
        let total = taken.reduce(0) { $0 + $1.minutes }
        guard total == minutes else { return "withdrawing \(minutes) minutes, the model had \(total)" }
        balances[account, default: .zero].available -= minutes
        balances[account, default: .zero].used += minutes
        absenceLots[day] = nil
        return nil
    }

    /// A request with hours made on `requestedOn` for care on `careDate`: reserves `min(requested, usable)`,
    /// where usable is what lots usable on the request date hold (or on the care date, when that is earlier),
    /// and 0 for care after `contractEnd` (I-105). It must equal what the engine reserved.
    mutating func reserve(
        _ id: ReservationID, _ account: LedgerAccount, requestedOn: LocalDate, careDate: LocalDate,
        contractEnd: LocalDate?, requested: Int, engine: Int
    ) -> String? {
        let afterEnd = contractEnd.map { careDate > $0 } ?? false
        let date = min(requestedOn, careDate)
        let expected = afterEnd ? 0 : min(requested, usable(account, on: date))
        guard expected == engine else {
            return "reserved \(engine) of \(requested) minutes; the model has \(expected) usable"
        }
        let taken = engine > 0 ? take(engine, of: account, usableOn: date) : []
        bookings[id] = Booking(account: account, allocations: taken)
        balances[account, default: .zero].available -= engine
        balances[account, default: .zero].reserved += engine
        return nil
    }

    /// Approval (reserved → used), rejection or withdrawal (reserved → available), or a return after
    /// confirmation (used → available). The engine must move the whole reservation.
    mutating func resolve(_ id: ReservationID, _ move: Move, engine: Int) -> String? {
        guard let booking = bookings[id] else { return engine == 0 ? nil : "no booking \(id) in the model" }
        guard booking.total == engine else {
            return "\(move) of \(id) moved \(engine) minutes; the reservation holds \(booking.total)"
        }
        let account = booking.account
        switch move {
        case .use:
            bookings[id]?.used = true
            balances[account, default: .zero].reserved -= engine
            balances[account, default: .zero].used += engine
        case .release:
            for part in booking.allocations { lots[part.lot].available += part.minutes }
            balances[account, default: .zero].reserved -= engine
            balances[account, default: .zero].available += engine
        case .giveBack:
            for part in booking.allocations { lots[part.lot].available += part.minutes }
            balances[account, default: .zero].used -= engine
            balances[account, default: .zero].available += engine
        }
        return nil
    }

    enum Move { case use, release, giveBack }

    /// Whether the model ended `id` with its contract already.
    func hasEnded(_ id: ReservationID) -> Bool { endedBookings.contains(id) }

    /// The contract ended before the booking's care day: held minutes are released, used ones come back.
    mutating func endWithContract(_ id: ReservationID, engine: Int) -> String? {
        endedBookings.insert(id)
        guard let booking = bookings[id], !booking.ended else {
            return engine == 0 ? nil : "no booking \(id) in the model"
        }
        bookings[id]?.ended = true
        return resolve(id, booking.used ? .giveBack : .release, engine: engine)
    }

    /// Every available minute of `account` lapses at its contract's end. Returns the minutes moved.
    mutating func lapseAll(_ account: LedgerAccount) -> Int {
        var moved = 0
        for index in lots.indices where lots[index].account == account && lots[index].available > 0 {
            let minutes = lots[index].available
            lots[index].available = 0
            balances[account, default: .zero].available -= minutes
            balances[account, default: .zero].expired += minutes
            moved += minutes
        }
        return moved
    }

    /// The expiry run: every lot expiring before `asOf` lapses. Returns the minutes moved.
    mutating func expire(asOf: LocalDate) -> Int {
        var moved = 0
        for index in lots.indices where lots[index].available > 0 && lots[index].expiry < asOf {
            let minutes = lots[index].available
            lots[index].available = 0
            balances[lots[index].account, default: .zero].available -= minutes
            balances[lots[index].account, default: .zero].expired += minutes
            moved += minutes
        }
        return moved
    }
}
