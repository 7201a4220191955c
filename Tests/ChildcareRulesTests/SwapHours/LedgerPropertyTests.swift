import ChildcareRules
import Testing

@Suite("Swap-hours ledger: invariants under random event sequences (TSO terms art. 5)")
struct LedgerPropertyTests {
    static let accounts = [
        LedgerAccount(child: "child-a", service: .tso), LedgerAccount(child: "child-a", service: .bso),
        LedgerAccount(child: "child-b", service: .tso), LedgerAccount(child: "child-b", service: .vso),
    ]

    @Test("Entries stay compact: at most 32 bytes each, with no text to copy")
    func compact() {
        #expect(MemoryLayout<LedgerEntry>.stride <= 32)
        #expect(_isPOD(LedgerEntry.self))
    }

    @Test("Each entry names the key, moment and account of the command that wrote it")
    func entryProvenance() throws {
        var ledger = SwapHoursLedger()
        let noor = Self.accounts[0]
        let sem = Self.accounts[2]
        let lastDay = try LocalDate("2026-12-31")
        let first = try SwapHoursFixtures.instant("2026-03-01T09:00")
        let second = try SwapHoursFixtures.instant("2026-03-02T09:00")
        let third = try SwapHoursFixtures.instant("2026-03-03T09:00")
        let day = try LocalDate("2026-03-10")
        try ledger.apply(.earn(noor, careDate: day, minutes: 60, expiry: lastDay), key: "noor", at: first)
        // A duplicate writes no entry: the next command's entries are still found.
        try ledger.apply(.earn(noor, careDate: day, minutes: 60, expiry: lastDay), key: "again", at: second)
        try ledger.apply(.earn(sem, careDate: day, minutes: 45, expiry: lastDay), key: "sem", at: second)
        try ledger.apply(.expire(asOf: try LocalDate("2027-01-01")), key: "year-end", at: third)
        #expect(
            ledger.entries.indices.map { ledger.key(ofEntry: $0) } == ["noor", "sem", "year-end", "year-end"])
        #expect(ledger.entries.indices.map { ledger.instant(ofEntry: $0) } == [first, second, third, third])
        #expect(ledger.entries.map { ledger.account(of: $0) } == [noor, sem, noor, sem])
        #expect(ledger.key(ofEntry: 4) == nil)
        #expect(ledger.balance(of: sem, at: second) == LedgerBalance(earned: 45, available: 45))
    }

    @Test("Replaying a key with the same command changes nothing; with another command it is a conflict")
    func idempotency() throws {
        var ledger = SwapHoursLedger()
        let account = Self.accounts[0]
        let command = LedgerCommand.earn(
            account, careDate: try LocalDate("2026-03-10"), minutes: 60, expiry: try LocalDate("2026-12-31"))
        let at = try SwapHoursFixtures.instant("2026-03-01T09:00")
        let first = try ledger.apply(command, key: "k", at: at)
        let again = try ledger.apply(command, key: "k", at: at)
        #expect(first == again)
        #expect(ledger.entries.count == 1)
        let other = LedgerCommand.earn(
            account, careDate: try LocalDate("2026-03-11"), minutes: 60, expiry: try LocalDate("2026-12-31"))
        let error = #expect(throws: RulesError.self) { try ledger.apply(other, key: "k", at: at) }
        #expect(error?.code == .idempotencyConflict)
        let history = try ledger.history(of: account)
        #expect(history.count == 1)
        #expect(history[0].explanation.nl.contains("+60 minuten verdiend"))
        #expect(ledger.balance(of: account, at: try SwapHoursFixtures.instant("2026-03-01T08:59")) == .zero)
    }

    @Test(
        "A ledger sized up front for a batch applies the same commands to an equal ledger",
        arguments: [1, 7, 42])
    func reservedCapacity(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var grown = SwapHoursLedger()
        var sized = SwapHoursLedger()
        sized.reserveCapacity(commands: 150)
        var seconds = try SwapHoursFixtures.instant("2026-01-01T08:00").secondsSinceEpoch
        var today = try LocalDate("2026-01-01")
        for step in 0..<150 {
            seconds += 86_400
            today = try today.adding(days: 1)
            let account = random.element(of: Self.accounts) ?? Self.accounts[0]
            let careDate = try today.adding(days: random.next(in: 0...20))
            let reservation = ReservationID("r\(random.next(in: 0...step))")
            let command: LedgerCommand =
                switch random.next(in: 0...5) {
                case 0, 1:
                    .earn(
                        account, careDate: careDate, minutes: random.next(in: 15...240),
                        expiry: SwapHoursExpiry.expiryDate(of: careDate, contractEnd: nil))
                case 2:
                    .reserve(
                        ReservationID("r\(step)"), account, careDate: careDate,
                        minutes: random.next(in: 15...300),
                        requestedOn: today)
                case 3: .use(reservation)
                case 4: .giveBack(reservation, because: .cancelledInTime)
                default: .expire(asOf: today)
                }
            let at = try Instant(secondsSinceEpoch: seconds)
            let key = IdempotencyKey("k\(step)")
            let first = Result { () throws(RulesError) in try grown.apply(command, key: key, at: at) }
            let second = Result { () throws(RulesError) in try sized.apply(command, key: key, at: at) }
            #expect(first == second)
        }
        #expect(grown.entries.count > 20)
        #expect(sized == grown)
        #expect(sized.hashValue == grown.hashValue)
    }

    /// 2,000 seeds in 4 chunks, so that the chunks run in parallel.
    static let chunks: [ClosedRange<UInt64>] = [1...500, 501...1000, 1001...1500, 1501...2000]

    @Test("2,000 seeded sequences of 200 events keep every invariant after every event", arguments: chunks)
    func randomSequences(seeds: ClosedRange<UInt64>) throws {
        for seed in seeds {
            // The full rebuild from the entries runs after every event for the first 25 seeds of each chunk,
            // and after the last event for every seed; the other invariants run after every event.
            if let failure = try Self.run(seed: seed, events: 200, deep: seed - seeds.lowerBound < 25) {
                Issue.record("seed \(seed): \(failure)")
                return
            }
        }
    }

    /// Runs one sequence; returns a description of the first broken invariant, or `nil`.
    static func run(seed: UInt64, events: Int, deep: Bool) throws -> String? {
        var random = SplitMix64(seed: seed)
        var ledger = SwapHoursLedger()
        var model: [LedgerAccount: LedgerBalance] = [:]
        var today = try LocalDate("2026-01-01")
        var seconds = try SwapHoursFixtures.instant("2026-01-01T08:00").secondsSinceEpoch
        var earnedDays: [(LedgerAccount, LocalDate)] = []
        var reservationIDs: [ReservationID] = []
        var history: [(IdempotencyKey, LedgerCommand)] = []
        for step in 0..<events {
            let days = random.next(in: 0...2)
            today = try today.adding(days: days)
            seconds += Int64(days * 86_400 + random.next(in: 1...3600))
            let now = try Instant(secondsSinceEpoch: seconds)
            let account = random.element(of: accounts) ?? accounts[0]
            let careDate = try today.adding(days: random.next(in: 0...40))
            let key = IdempotencyKey("s\(seed)-e\(step)")
            let command: LedgerCommand
            switch random.next(in: 0...99) {
            case 0..<30:
                let end = random.chance(20) ? try today.adding(days: random.next(in: 0...60)) : nil
                let expiry = SwapHoursExpiry.expiryDate(of: careDate, contractEnd: end)
                command = .earn(
                    account, careDate: careDate, minutes: random.next(in: 15...240),
                    expiry: max(expiry, careDate))
            case 30..<45:
                let id = ReservationID("r\(step)")
                // Requested today for care up to 40 days ahead (I-105: the request date counts), sometimes
                // under a contract that ends before the care day (nothing is usable then).
                let end = random.chance(15) ? try today.adding(days: random.next(in: 0...40)) : nil
                command = .reserve(
                    id, account, careDate: careDate, minutes: random.next(in: 15...300), requestedOn: today,
                    contractEnd: end)
            case 45..<55:
                command = .use(random.element(of: reservationIDs) ?? "none")
            case 55..<62:
                command = .release(random.element(of: reservationIDs) ?? "none", because: .rejected)
            case 62..<70:
                command = .giveBack(random.element(of: reservationIDs) ?? "none", because: .cancelledInTime)
            case 70..<78:
                command = .expire(asOf: today)
            case 78..<84:
                let grant = try GoodwillGrant(
                    account: account, minutes: random.next(in: 30...180), reason: "exception",
                    grantedBy: "manager",
                    date: today)
                command = .grantGoodwill(grant)
            case 84..<90:
                let (day, date) = random.element(of: earnedDays) ?? (account, careDate)
                let start = try Amsterdam.resolve(LocalDateTime(date: date, time: LocalTime("12:00"))).instant
                command = .withdrawAbsence(day, careDate: date, careStart: start)
            default:
                // Replay an earlier key, with the same command or (a conflict) with another.
                guard let (oldKey, oldCommand) = random.element(of: history) else { continue }
                let before = ledger
                if random.chance(50) {
                    _ = try ledger.apply(oldCommand, key: oldKey, at: now)
                    if ledger != before { return "event \(step): replaying \(oldKey) changed the ledger" }
                } else {
                    let far = try today.adding(days: 400)
                    do {
                        _ = try ledger.apply(.expire(asOf: far), key: oldKey, at: now)
                        return "event \(step): a conflicting replay of \(oldKey) was accepted"
                    } catch {
                        if error.code != .idempotencyConflict { return "event \(step): \(error)" }
                    }
                    if ledger != before { return "event \(step): a conflict changed the ledger" }
                }
                continue
            }
            let before = ledger
            var usableBefore = 0
            if case .reserve(_, let acc, let date, _, let requestedOn, let end) = command {
                // The reference: lots still usable on the request date; none for care after the contract end.
                let afterEnd = end.map { date > $0 } ?? false
                usableBefore =
                    afterEnd
                    ? 0
                    : ledger.lots(of: acc).filter { $0.expiry >= requestedOn }.reduce(0) {
                        $0 + $1.availableMinutes
                    }
            }
            let receipt: LedgerReceipt
            do {
                receipt = try ledger.apply(command, key: key, at: now)
            } catch {
                if ledger != before { return "event \(step): a failed \(command) changed the ledger" }
                continue
            }
            history.append((key, command))
            // The reference model, built from the receipts only.
            switch command {
            case .earn(let acc, let date, _, _):
                model[acc, default: .zero].earned += receipt.minutes
                model[acc, default: .zero].available += receipt.minutes
                if !receipt.isDuplicate { earnedDays.append((acc, date)) }
            case .reserve(let id, let acc, _, let minutes, _, _):
                if receipt.minutes > min(minutes, usableBefore)
                    || receipt.minutes != min(minutes, usableBefore)
                {
                    return
                        "event \(step): reserved \(receipt.minutes) of \(minutes) with \(usableBefore) usable"
                }
                model[acc, default: .zero].available -= receipt.minutes
                model[acc, default: .zero].reserved += receipt.minutes
                reservationIDs.append(id)
            case .use(let id):
                let acc = ledger.reservation(id)?.account ?? account
                model[acc, default: .zero].reserved -= receipt.minutes
                model[acc, default: .zero].used += receipt.minutes
            case .release(let id, _):
                let acc = ledger.reservation(id)?.account ?? account
                model[acc, default: .zero].reserved -= receipt.minutes
                model[acc, default: .zero].available += receipt.minutes
            case .giveBack(let id, _):
                let acc = ledger.reservation(id)?.account ?? account
                model[acc, default: .zero].used -= receipt.minutes
                model[acc, default: .zero].available += receipt.minutes
            case .expire, .lapseAtContractEnd:
                for entry in ledger.entries[receipt.entries] {
                    model[ledger.account(of: entry), default: .zero].available -= entry.minutes
                    model[ledger.account(of: entry), default: .zero].expired += entry.minutes
                }
            case .grantGoodwill(let grant):
                model[grant.account, default: .zero].goodwill += receipt.minutes
                model[grant.account, default: .zero].available += receipt.minutes
            case .withdrawAbsence(let acc, let date, _):
                model[acc, default: .zero].available -= receipt.minutes
                model[acc, default: .zero].used += receipt.minutes
                earnedDays.removeAll { $0.0 == acc && $0.1 == date }
            case .creditMakeup:
                break
            }
            if let failure = check(ledger, model: model, deep: deep, touched: touched(command, ledger)) {
                return "event \(step) (\(command)): \(failure)"
            }
        }
        if ledger.replayedBalances() != ledger.balances {
            return "after the last event, rebuilding from the entries gives other balances"
        }
        return check(ledger, model: model, deep: true, touched: nil)
    }

    /// The index of the reservation a command touched, if any.
    static func touched(_ command: LedgerCommand, _ ledger: SwapHoursLedger) -> Int? {
        switch command {
        case .reserve(let id, _, _, _, _, _), .use(let id), .release(let id, _), .giveBack(let id, _):
            ledger.reservations.firstIndex { $0.id == id }
        default: nil
        }
    }

    static func check(
        _ ledger: SwapHoursLedger, model: [LedgerAccount: LedgerBalance], deep: Bool, touched: Int?
    ) -> String? {
        let balances = ledger.balances
        for (account, balance) in balances where !balance.isConsistent {
            return "\(account) is inconsistent: \(balance)"
        }
        for (account, expected) in model where balances[account, default: .zero] != expected {
            return "\(account) is \(balances[account, default: .zero]), the model says \(expected)"
        }
        if deep, ledger.replayedBalances() != balances {
            return "rebuilding from the entries gives other balances"
        }
        // Each reservation is resolved exactly once: its entries match its state (the one touched by the
        // event, or all of them in a deep check).
        guard deep || touched != nil else { return nil }
        var resolved: [Int: (released: Int, used: Int, returned: Int)] = [:]
        for entry in ledger.entries
        where entry.reference != LedgerEntry.noReference && entry.kind != .goodwill
            && (deep || Int(entry.reference) == touched)
        {
            var tally = resolved[Int(entry.reference), default: (0, 0, 0)]
            switch entry.kind {
            case .released: tally.released += entry.minutes
            case .used: tally.used += entry.minutes
            case .returned: tally.returned += entry.minutes
            default: break
            }
            resolved[Int(entry.reference)] = tally
        }
        for (index, reservation) in ledger.reservations.enumerated() where deep || index == touched {
            let tally = resolved[index, default: (0, 0, 0)]
            let expected: (Int, Int, Int) =
                switch reservation.state {
                case .held: (0, 0, 0)
                case .released: (reservation.covered, 0, 0)
                case .used: (0, reservation.covered, 0)
                case .givenBack: (0, reservation.covered, reservation.covered)
                }
            if tally != expected {
                return "reservation \(reservation.id) is \(reservation.state) but has \(tally)"
            }
        }
        return nil
    }
}
