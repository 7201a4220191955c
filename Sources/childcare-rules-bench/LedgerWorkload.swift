import ChildcareRules

/// The year-end batch of a large provider: one swap-hours ledger per child, each with one school year
/// of about 40 commands (absences, extra-care requests and their outcomes, goodwill, the year-end expiry).
///
/// Commands, keys and instants are generated deterministically (SplitMix64) before timing starts.
struct LedgerWorkload {
    /// Every child's commands, child after child, each child's in time order.
    let commands: [LedgerCommand]
    /// The idempotency key of each command.
    let keys: [IdempotencyKey]
    /// The moment each command is applied.
    let instants: [Instant]
    /// `starts[i]..<starts[i + 1]` are the commands of child `i`.
    let starts: [Int]
    /// The swap-hours account of each child.
    let accounts: [LedgerAccount]

    var children: Int { starts.count - 1 }

    /// The range of commands of child `child`.
    func range(of child: Int) -> Range<Int> { starts[child]..<starts[child + 1] }

    /// Applies the commands of child `child` to a fresh ledger; counts the commands that failed.
    func replay(child: Int, failures: inout Int) -> SwapHoursLedger {
        var ledger = SwapHoursLedger()
        // A batch knows each child's year: the ledger is sized once.
        ledger.reserveCapacity(commands: range(of: child).count)
        for index in range(of: child) {
            do {
                try ledger.apply(commands[index], key: keys[index], at: instants[index])
            } catch {
                failures += 1
            }
        }
        return ledger
    }

    /// The year-end run: every child's year, one ledger each, as a nightly batch would (build, total, drop).
    func replayAll() -> Int {
        var checksum = 0
        var failures = 0
        for child in 0..<children {
            let ledger = replay(child: child, failures: &failures)
            let balance = ledger.balance(of: accounts[child])
            checksum &+= balance.available &+ balance.expired &* 3 &+ balance.used &* 7
            checksum &+= ledger.entries.count
        }
        return checksum &+ failures &* 1_000_003
    }

    /// Generates `children` school years 2026/2027 of Mon/Tue/Thu TSO care.
    static func generate(children: Int) -> LedgerWorkload {
        var random = SplitMix64(state: 72_000)
        var commands: [LedgerCommand] = []
        var keys: [IdempotencyKey] = []
        var instants: [Instant] = []
        var starts: [Int] = [0]
        var accounts: [LedgerAccount] = []
        commands.reserveCapacity(children * 42)
        keys.reserveCapacity(children * 42)
        instants.reserveCapacity(children * 42)
        for child in 0..<children {
            let year = ChildYear(child: child, random: &random)
            for (offset, item) in year.items.enumerated() {
                commands.append(item.command)
                keys.append(IdempotencyKey("c\(child)-\(offset)"))
                instants.append(item.instant)
            }
            starts.append(commands.count)
            accounts.append(year.account)
        }
        return LedgerWorkload(
            commands: commands, keys: keys, instants: instants, starts: starts, accounts: accounts)
    }
}

/// One child's school year of ledger commands, in time order.
private struct ChildYear {
    struct Item {
        let instant: Instant
        let command: LedgerCommand
    }

    private(set) var items: [Item] = []
    let account: LedgerAccount

    static let firstDay = LocalDate(unchecked: 2026, 8, 31)
    static let lastDay = LocalDate(unchecked: 2027, 7, 16)

    /// Care days (Mon/Tue/Thu) and free days (Wed/Fri) of the school year.
    static let days: (care: [LocalDate], free: [LocalDate]) = {
        var care: [LocalDate] = []
        var free: [LocalDate] = []
        var day = firstDay
        while day <= lastDay {
            switch day.weekday {
            case .monday, .tuesday, .thursday: care.append(day)
            case .wednesday, .friday: free.append(day)
            default: break
            }
            guard let next = try? day.adding(days: 1) else { break }
            day = next
        }
        return (care, free)
    }()

    init(child: Int, random: inout SplitMix64) {
        account = LedgerAccount(child: ChildID("child-\(child)"), service: .tso)
        var unordered: [Item] = []
        // About 25 absences, reported a week ahead at 09:00: 60 minutes each, usable until 31 December.
        let care = Self.days.care
        var absent = Set<Int>()
        while absent.count < 22 + random.next(below: 7) { absent.insert(random.next(below: care.count)) }
        let absentDays = absent.sorted().map { care[$0] }
        for day in absentDays {
            let expiry = SwapHoursExpiry.expiryDate(of: day, contractEnd: nil)
            unordered.append(
                Item(
                    instant: Self.instant(day, minusDays: 7, hour: 9),
                    command: .earn(account, careDate: day, minutes: 60, expiry: expiry)))
        }
        // One absence withdrawn the next day, well before its care starts.
        if let day = absentDays.dropFirst(3).first {
            unordered.append(
                Item(
                    instant: Self.instant(day, minusDays: 6, hour: 9),
                    command: .withdrawAbsence(
                        account, careDate: day, careStart: Self.instant(day, minusDays: 0, hour: 12))))
        }
        // About six extra-care requests on free days, each used, rejected or withdrawn; a third of the
        // used ones cancelled in time.
        let free = Self.days.free
        for request in 0..<(5 + random.next(below: 3)) {
            let day = free[40 + random.next(below: free.count - 40)]
            let id = ReservationID("r\(request)")
            let minutes = 60 + 15 * random.next(below: 9)
            unordered.append(
                Item(
                    instant: Self.instant(day, minusDays: 10, hour: 10, second: request),
                    command: .reserve(id, account, careDate: day, minutes: minutes, requestedOn: day)))
            let resolution = Self.instant(day, minusDays: 8, hour: 10, second: request)
            switch random.next(below: 10) {
            case 0, 1: unordered.append(Item(instant: resolution, command: .release(id, because: .rejected)))
            case 2, 3:
                unordered.append(
                    Item(instant: resolution, command: .release(id, because: .withdrawnByParent)))
            default:
                unordered.append(Item(instant: resolution, command: .use(id)))
                if random.next(below: 3) == 0 {
                    unordered.append(
                        Item(
                            instant: Self.instant(day, minusDays: 5, hour: 10, second: request),
                            command: .giveBack(id, because: .cancelledInTime)))
                }
            }
        }
        // Two goodwill grants by the location manager.
        for grant in 0..<2 {
            let day = care[random.next(below: care.count)]
            if let goodwill = try? GoodwillGrant(
                account: account, minutes: 30, reason: grant == 0 ? "wachtlijst" : "storing app",
                grantedBy: "manager-0042", date: day)
            {
                unordered.append(
                    Item(
                        instant: Self.instant(day, minusDays: 0, hour: 16), command: .grantGoodwill(goodwill))
                )
            }
        }
        // The year-end expiry run on 1 January.
        let newYear = LocalDate(unchecked: 2027, 1, 1)
        unordered.append(
            Item(instant: Self.instant(newYear, minusDays: 0, hour: 1), command: .expire(asOf: newYear)))
        items = unordered.enumerated().sorted { lhs, rhs in
            lhs.element.instant != rhs.element.instant
                ? lhs.element.instant < rhs.element.instant : lhs.offset < rhs.offset
        }.map(\.element)
    }

    static func instant(_ day: LocalDate, minusDays: Int, hour: Int, second: Int = 0) -> Instant {
        guard let date = try? day.adding(days: -minusDays),
            let time = try? LocalTime(hour: hour, minute: 0, second: second),
            let zoned = try? Amsterdam.resolve(LocalDateTime(date: date, time: time), policy: .lenient)
        else { return Instant(utc: LocalDateTime(date: day, time: .midnight)) }
        return zoned.instant
    }
}
