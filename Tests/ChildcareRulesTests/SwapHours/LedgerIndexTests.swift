import ChildcareRules
import Testing

@Suite(
    "Swap-hours ledger: idempotency keys and care days are found again at any size (TSO terms art. 5 lid 1)")
struct LedgerIndexTests {
    static let account = LedgerAccount(child: "child-noor", service: .tso)

    static func earn(_ day: LocalDate) throws -> LedgerCommand {
        .earn(account, careDate: day, minutes: 60, expiry: try LocalDate("2026-12-31"))
    }

    @Test(
        "Keys equal as text are one key, however the text is encoded",
        arguments: [
            ("afmelding-\u{E9}", "afmelding-e\u{301}"), ("melding-0001", "melding-0001"),
            ("a-key-longer-than-fifteen-bytes-\u{E9}", "a-key-longer-than-fifteen-bytes-e\u{301}"),
        ])
    func canonicalKeys(first: String, second: String) throws {
        var ledger = SwapHoursLedger()
        let at = try SwapHoursFixtures.instant("2026-03-01T09:00")
        let command = try Self.earn(try LocalDate("2026-03-10"))
        let receipt = try ledger.apply(command, key: IdempotencyKey(first), at: at)
        let replay = try ledger.apply(command, key: IdempotencyKey(second), at: at)
        #expect(replay == receipt)
        #expect(ledger.entries.count == 1)
    }

    @Test(
        "300 keys and care days: every replay is recognised, every day earns once, a conflict is still caught"
    )
    func manyKeys() throws {
        var ledger = SwapHoursLedger()
        let at = try SwapHoursFixtures.instant("2026-01-01T09:00")
        let first = try LocalDate("2026-01-05")
        var receipts: [LedgerReceipt] = []
        for offset in 0..<300 {
            let command = try Self.earn(try first.adding(days: offset % 200))
            receipts.append(try ledger.apply(command, key: IdempotencyKey("k\(offset)"), at: at))
        }
        #expect(ledger.entries.count == 200)
        #expect(receipts[200...].allSatisfy { $0.isDuplicate })
        for offset in 0..<300 {
            let command = try Self.earn(try first.adding(days: offset % 200))
            let replay = try ledger.apply(command, key: IdempotencyKey("k\(offset)"), at: at)
            #expect(replay == receipts[offset])
        }
        let error = #expect(throws: RulesError.self) {
            try ledger.apply(.expire(asOf: first), key: "k17", at: at)
        }
        #expect(error?.code == .idempotencyConflict)
        #expect(ledger.balance(of: Self.account).available == 200 * 60)
    }

    @Test("A withdrawn absence can be reported again and earns again")
    func withdrawnDayEarnsAgain() throws {
        var ledger = SwapHoursLedger()
        let day = try LocalDate("2026-03-10")
        try ledger.apply(
            try Self.earn(day), key: "report", at: try SwapHoursFixtures.instant("2026-03-01T09:00"))
        try ledger.apply(
            .withdrawAbsence(
                Self.account, careDate: day, careStart: try SwapHoursFixtures.instant("2026-03-10T12:00")),
            key: "withdraw", at: try SwapHoursFixtures.instant("2026-03-02T09:00"))
        let again = try ledger.apply(
            try Self.earn(day), key: "report-again", at: try SwapHoursFixtures.instant("2026-03-03T09:00"))
        #expect(!again.isDuplicate)
        #expect(ledger.balance(of: Self.account).available == 60)
    }
}
