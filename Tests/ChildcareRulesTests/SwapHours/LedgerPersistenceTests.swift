import ChildcareRules
import Foundation
import Testing

/// A JSON store that keeps every number as a `Double`, as jq 1.6 or Python with `parse_int=float` do.
enum DoubleStore {
    /// `data` parsed, every number turned into a `Double` and back, and written again.
    static func roundTrip(_ data: Data) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        return try JSONSerialization.data(withJSONObject: doubled(object), options: [.fragmentsAllowed])
    }

    private static func doubled(_ value: Any) -> Any {
        switch value {
        case let array as [Any]: return array.map(doubled)
        case let object as [String: Any]: return object.mapValues(doubled)
        case let number as NSNumber where String(cString: number.objCType) != "c":
            return NSNumber(value: number.doubleValue)
        default: return value
        }
    }
}

@Suite("Swap-hours ledger: the saved form holds facts only and is checked on load (TSO terms art. 5 lid 1)")
struct LedgerPersistenceTests {
    static let account = LedgerAccount(child: SwapHoursFixtures.noor, service: .tso)

    static func sample() throws -> SwapHoursLedger {
        var ledger = SwapHoursLedger()
        let expiry = try LocalDate("2026-12-31")
        try ledger.apply(
            .earn(account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: expiry), key: "a1",
            at: SwapHoursFixtures.instant("2026-03-01T09:00"))
        try ledger.apply(
            .earn(account, careDate: LocalDate("2026-03-12"), minutes: 90, expiry: expiry), key: "a2",
            at: SwapHoursFixtures.instant("2026-03-01T09:05"))
        try ledger.apply(
            .reserve(
                "xc-1", account, careDate: LocalDate("2026-03-20"), minutes: 45,
                requestedOn: LocalDate("2026-03-02")), key: "r1",
            at: SwapHoursFixtures.instant("2026-03-02T09:00"))
        try ledger.apply(.use("xc-1"), key: "u1", at: SwapHoursFixtures.instant("2026-03-03T09:00"))
        try ledger.apply(
            .reserve(
                "xc-2", account, careDate: LocalDate("2026-03-25"), minutes: 30,
                requestedOn: LocalDate("2026-03-04")), key: "r2",
            at: SwapHoursFixtures.instant("2026-03-04T09:00"))
        return ledger
    }

    /// `ledger` as a JSON object: in the form this library writes (version 2, the log of commands), or in
    /// version 1 (entries, reservations, grants and receipts), as engine states of schema 2 hold it.
    static func json(_ ledger: SwapHoursLedger, version: Int = 2) throws -> [String: Any] {
        let encoder = JSONEncoder()
        if version == 1 { encoder.userInfo[.engineStateSchema] = 2 }
        let data = try encoder.encode(ledger)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func decode(_ object: Any) throws -> SwapHoursLedger {
        try JSONDecoder().decode(SwapHoursLedger.self, from: JSONSerialization.data(withJSONObject: object))
    }

    @Test(
        "A ledger that went through a store of doubles decodes equal: the same absence again is a duplicate and a withdrawal finds its lot (art. 5 lid 1)"
    )
    func doubleStoreRoundTrip() throws {
        let original = try Self.sample()
        let stored = try DoubleStore.roundTrip(try JSONEncoder().encode(original))
        var loaded = try JSONDecoder().decode(SwapHoursLedger.self, from: stored)
        #expect(loaded == original)
        #expect(loaded.balances == original.balances)
        let again = try loaded.apply(
            .earn(
                Self.account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "a1-again", at: SwapHoursFixtures.instant("2026-03-05T09:00"))
        #expect(again.isDuplicate)
        let replay = try loaded.apply(
            .earn(
                Self.account, careDate: LocalDate("2026-03-10"), minutes: 60, expiry: LocalDate("2026-12-31")),
            key: "a1", at: SwapHoursFixtures.instant("2026-03-05T09:00"))
        #expect(replay.entries == 0..<1)
        let withdrawal = try loaded.apply(
            .withdrawAbsence(
                Self.account, careDate: LocalDate("2026-03-10"),
                careStart: SwapHoursFixtures.instant("2026-03-10T12:00")),
            key: "w1", at: SwapHoursFixtures.instant("2026-03-05T10:00"))
        #expect(withdrawal.minutes == 60)
        #expect(loaded.balance(of: Self.account).available == 150 - 45 - 30 - 60)
        #expect(loaded.balance(of: Self.account).isConsistent)
    }

    @Test("The saved ledger holds no index, no balance and no number a double can round (art. 5 lid 1)")
    func factsOnly() throws {
        let text = try #require(String(data: try JSONEncoder().encode(try Self.sample()), encoding: .utf8))
        #expect(!text.contains("slots"))
        #expect(!text.contains("tally"))
        #expect(!text.contains("accountBalances"))
        let numbers = text.split { !"-0123456789".contains($0) }.compactMap { Int($0) }
        #expect(numbers.allSatisfy { abs($0) < 1 << 53 })
    }

    static func corrupt(_ name: String) throws -> Any {
        var object = try json(try sample(), version: 1)
        var entries = try #require(object["entries"] as? [[String: Any]])
        switch name {
        case "missing balance":
            entries.removeFirst()
        case "bad slot":
            entries[3]["lot"] = 4_000
        case "6,000-minute edit":
            entries[0]["storedMinutes"] = 6_000
        case "negative":
            entries[0]["storedMinutes"] = -60
        case "overdrawn":
            entries[2]["storedMinutes"] = 600
        case "unknown reservation":
            entries[2]["reference"] = 9
        case "duplicate key":
            var log = try #require(object["log"] as? [[String: Any]])
            log[1]["key"] = "a1"
            object["log"] = log
        case "reservation state":
            var reservations = try #require(object["reservations"] as? [[String: Any]])
            reservations[0]["state"] = "held"
            object["reservations"] = reservations
        case "huge allocation":
            var reservations = try #require(object["reservations"] as? [[String: Any]])
            var allocations = try #require(reservations[1]["allocations"] as? [[String: Any]])
            allocations[0]["minutes"] = Int.max
            allocations[1]["minutes"] = Int.max
            reservations[1]["allocations"] = allocations
            object["reservations"] = reservations
        case "unknown version":
            object["version"] = 99
        case "full table":
            // The form saved before version 1: a hash table whose every slot is taken.
            let slots = (0..<16).map { ["hash": $0, "value": 1] }
            object = [
                "entries": object["entries"] ?? [], "reservations": [], "grants": [], "log": [],
                "recorded": ["slots": slots, "occupied": 16],
            ]
        default: break
        }
        let entryEdits = [
            "missing balance", "bad slot", "6,000-minute edit", "negative", "overdrawn",
            "unknown reservation",
        ]
        if entryEdits.contains(name) {
            object["entries"] = entries
        }
        return object
    }

    @Test(
        "A crafted corrupt ledger of version 1 is refused with an error, never a trap or a hang (art. 5 lid 1)",
        arguments: [
            "missing balance", "bad slot", "full table", "6,000-minute edit", "negative", "overdrawn",
            "unknown reservation", "duplicate key", "reservation state", "huge allocation", "unknown version",
        ])
    func corruptIsRefused(name: String) throws {
        let object = try Self.corrupt(name)
        #expect(throws: DecodingError.self) { try Self.decode(object) }
    }

    @Test("An unaltered ledger decodes, so the corrupt cases fail for their corruption only (art. 5 lid 1)")
    func unalteredDecodes() throws {
        let original = try Self.sample()
        #expect(try Self.decode(try Self.json(original)) == original)
        #expect(try Self.decode(try Self.json(original, version: 1)) == original)
    }

    @Test(
        "The saved ledger is the log of its commands: each key, moment and command, nothing derived (art. 5 lid 1)"
    )
    func logOnly() throws {
        let object = try Self.json(try Self.sample())
        #expect(Set(object.keys) == ["version", "log"])
        #expect(object["version"] as? Int == 2)
        let log = try #require(object["log"] as? [[String: Any]])
        #expect(log.count == 5)
        #expect(log.allSatisfy { Set($0.keys) == ["key", "at", "command"] })
    }

    /// The sample's saved log of commands with one edit.
    static func corruptLog(_ name: String) throws -> Any {
        var object = try json(try sample())
        var log = try #require(object["log"] as? [[String: Any]])
        func edit(_ index: Int, _ command: String, _ field: String, _ value: Any) throws {
            var wrapper = try #require(log[index]["command"] as? [String: Any])
            var payload = try #require(wrapper[command] as? [String: Any])
            payload[field] = value
            wrapper[command] = payload
            log[index]["command"] = wrapper
        }
        switch name {
        case "negative minutes": try edit(0, "earn", "minutes", -60)
        case "minutes beyond 32 bits": try edit(0, "earn", "minutes", Int.max)
        case "expiry before the care day": try edit(1, "earn", "expiry", "2026-01-01")
        case "unknown reservation": try edit(3, "use", "_0", "xc-9")
        case "more hours reserved than held": try edit(2, "reserve", "minutes", 45_000)
        case "duplicate key": log[1]["key"] = "a1"
        case "out of order": log[4]["at"] = log[0]["at"]
        case "instant out of range": log[0]["at"] = Int64.max
        case "unknown version": object["version"] = 3
        default: break
        }
        object["log"] = log
        return object
    }

    @Test(
        "A crafted corrupt log of commands is refused with an error naming the command, never a trap (art. 5 lid 1)",
        arguments: [
            "negative minutes", "minutes beyond 32 bits", "expiry before the care day", "unknown reservation",
            "duplicate key", "out of order", "instant out of range", "unknown version",
        ])
    func corruptLogIsRefused(name: String) throws {
        let object = try Self.corruptLog(name)
        guard name != "instant out of range" else {
            // The moment itself is refused as it is read, with the calendar's own error.
            #expect(throws: CalendarError.self) { try Self.decode(object) }
            return
        }
        let error = #expect(throws: DecodingError.self) { try Self.decode(object) }
        if name != "unknown version", case .dataCorrupted(let context)? = error {
            #expect(context.debugDescription.hasPrefix("log["))
        }
    }

    @Test(
        "A log that reserves more hours than it holds is applied as the ledger applies it: only what is held (art. 5 lid 1)"
    )
    func overReservationIsPartial() throws {
        let ledger = try Self.decode(try Self.corruptLog("more hours reserved than held"))
        #expect(ledger.balance(of: Self.account).isConsistent)
        #expect(ledger.balance(of: Self.account).available >= 0)
    }

    static func desk() throws -> ExtraCareDesk {
        var desk = ExtraCareDesk()
        let contract = try SwapHoursFixtures.contract()
        try desk.record(
            .earn(
                LedgerAccount(contract), careDate: LocalDate("2026-10-05"), minutes: 60,
                expiry: LocalDate("2026-12-31")),
            key: "earn", at: SwapHoursFixtures.instant("2026-10-01T09:00"))
        _ = try desk.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 85, requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        return desk
    }

    @Test(
        "A desk that went through a store of doubles decodes equal and answers a repeated request as before (extra opvang lid 3)"
    )
    func deskRoundTrip() throws {
        let original = try Self.desk()
        let stored = try DoubleStore.roundTrip(try JSONEncoder().encode(original))
        var loaded = try JSONDecoder().decode(ExtraCareDesk.self, from: stored)
        #expect(loaded == original)
        let contract = try SwapHoursFixtures.contract()
        let replay = try loaded.request(
            "xc-1", contract: contract, school: .none, careStart: LocalDateTime("2026-11-04T12:00"),
            minutes: 85, requested: LocalDateTime("2026-10-20T09:00"), withHours: true, key: "req-1")
        #expect(replay.outcome.hoursMinutes == 60)
        #expect(loaded.ledger.entries.count == original.ledger.entries.count)
    }

    @Test(
        "A desk with a booking twice, or a booking paid with hours the ledger does not hold, is refused (extra opvang lid 3)",
        arguments: ["duplicate booking", "no reservation"])
    func corruptDesk(name: String) throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: try JSONEncoder().encode(try Self.desk()))
                as? [String: Any])
        var bookings = try #require(object["bookings"] as? [[String: Any]])
        if name == "duplicate booking" {
            bookings.append(bookings[0])
        } else {
            bookings[0]["hoursMinutes"] = 70
        }
        object["bookings"] = bookings
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExtraCareDesk.self, from: data) }
    }
}
