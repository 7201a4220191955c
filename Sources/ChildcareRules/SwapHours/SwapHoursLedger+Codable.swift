// The persisted form of the swap-hours ledger: facts only, every index and the tally rebuilt on load.

/// A saved ledger holds only facts. Version 2, written by this library, is the log of the commands applied:
/// each command with its idempotency key and its moment. Loading applies them again, in order, so every
/// entry, reservation, grant, index and balance is rebuilt by the same code that built it the first time,
/// and a saved log that the ledger's own checks would refuse is refused. Version 1 (written inside engine
/// states of schema version 2) saved the entries, reservations and grants as well; it is still read, and
/// every invariant is checked while it is rebuilt.
///
/// A store that turns every JSON number into a `Double` changes nothing (every number saved is far below
/// 2^53), and there is no index to edit. A broken saved ledger is a `DecodingError.dataCorrupted` whose
/// message names the place, such as `log[3]: invalidArgument: -60 minutes …` or, in version 1,
/// `entries[3]: the balance of noor/tso goes negative (available -560)`.
#if !hasFeature(Embedded)
    extension CodingUserInfoKey {
        /// The schema version of the ``EngineState`` being written, when it is not the newest: the saved
        /// form of an older version, written again only to verify that version's checksum.
        package static let engineStateSchema: CodingUserInfoKey = {
            // The initializer accepts every raw value; the optional is a leftover of its signature.
            guard let key = CodingUserInfoKey(rawValue: "childcareRules.engineStateSchema") else {
                preconditionFailure("unreachable")  // cannot fail: the initializer never returns nil
            }
            return key
        }()
    }

    extension SwapHoursLedger: Codable {
        /// The version of the persisted form written by ``encode(to:)``.
        static let persistedVersion = 2

        private enum CodingKeys: String, CodingKey {
            case version
            case entries
            case reservations
            case grants
            case log
            case lastInstant
        }

        /// One command of a version 2 log: its key, its moment and the command.
        private struct SavedApplication: Codable {
            let key: IdempotencyKey
            let at: Instant
            let command: LedgerCommand
        }

        /// One command of a version 1 log as saved: its key, the command, and its receipt.
        private struct SavedCommand: Codable {
            let key: IdempotencyKey
            let command: LedgerCommand
            let firstEntry: Int
            let entryCount: Int
            let minutes: Int
            let shortfall: Int
            let isDuplicate: Bool
        }

        /// One entry as version 1 saved it: with the key, child and moment of the command that wrote it
        /// (the live entry keeps only its account's number; the ledger knows the rest). The properties are
        /// those, in the order, of the entry version 1 was written from, so a version 1 ledger written again
        /// gives the same bytes.
        private struct SavedEntry: Codable {
            let key: IdempotencyKey
            let child: ChildID
            let instant: Instant
            let storedMinutes: Int32
            let lot: UInt32
            let reference: UInt32
            let expiry: LocalDate
            let date: LocalDate
            let service: ServiceKind
            let kind: LedgerEntry.Kind
            let cause: LedgerEntry.Cause

            var account: LedgerAccount { LedgerAccount(child: child, service: service) }
            var minutes: Int { Int(storedMinutes) }
        }

        /// A broken invariant found while rebuilding: where, and what.
        struct LoadFailure: Error {
            let path: String
            let message: String
        }

        /// The largest number of minutes a saved receipt may carry (far below 2^53).
        private static let maximumMinutes = Int(Int32.max) * 1024

        /// Encodes the facts of the ledger: the log of commands (version 2), or, when an engine state of
        /// schema version 2 is written again to verify its checksum, the version 1 form.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let schema = encoder.userInfo[.engineStateSchema] as? Int, schema <= 2 {
                try encodeVersion1(into: &container)
                return
            }
            try container.encode(Self.persistedVersion, forKey: .version)
            try container.encode(
                log.map { SavedApplication(key: $0.key, at: $0.instant, command: $0.command) }, forKey: .log)
        }

        /// Encodes the version 1 form: entries, reservations, grants, the log with receipts, the last moment.
        private func encodeVersion1(into container: inout KeyedEncodingContainer<CodingKeys>) throws {
            try container.encode(1, forKey: .version)
            let saved = entries.indices.map { index in
                let entry = entries[index]
                let account = account(of: entry)
                return SavedEntry(
                    key: key(ofEntry: index) ?? "", child: account.child,
                    instant: instant(ofEntry: index) ?? Instant(uncheckedSeconds: 0),
                    storedMinutes: entry.storedMinutes, lot: entry.lot, reference: entry.reference,
                    expiry: entry.expiry, date: entry.date, service: account.service, kind: entry.kind,
                    cause: entry.cause)
            }
            try container.encode(saved, forKey: .entries)
            try container.encode(reservations, forKey: .reservations)
            try container.encode(grants, forKey: .grants)
            let commands = log.map { record in
                SavedCommand(
                    key: record.key, command: record.command, firstEntry: Int(record.firstEntry),
                    entryCount: Int(record.entryCount), minutes: record.minutes,
                    shortfall: Int(record.shortfall),
                    isDuplicate: record.isDuplicate)
            }
            try container.encode(commands, forKey: .log)
            try container.encodeIfPresent(lastInstant, forKey: .lastInstant)
        }

        /// Decodes a saved ledger: version 2 by applying its log again, version 1 by rebuilding and checking
        /// every index and balance.
        ///
        /// - Throws: `DecodingError.dataCorrupted` for an unknown version, a key used twice, a command the
        ///   ledger refuses when it is applied again (version 2), or, in version 1, a negative or
        ///   inconsistent balance, a reference to an unknown lot, reservation or grant, an out-of-range
        ///   index, a duplicate reservation id, or a log that does not account for the entries.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let version = try container.decode(Int.self, forKey: .version)
            do {
                switch version {
                case 2:
                    self = try Self.replayed(try container.decode([SavedApplication].self, forKey: .log))
                case 1:
                    self = try Self.rebuilt(
                        entries: try container.decode([SavedEntry].self, forKey: .entries),
                        reservations: try container.decode([Reservation].self, forKey: .reservations),
                        grants: try container.decode([GoodwillGrant].self, forKey: .grants),
                        log: try container.decode([SavedCommand].self, forKey: .log),
                        lastInstant: try container.decodeIfPresent(Instant.self, forKey: .lastInstant))
                default:
                    throw DecodingError.dataCorruptedError(
                        forKey: .version, in: container,
                        debugDescription:
                            "ledger version \(version) is unknown (this library reads versions 1 and 2)")
                }
            } catch let error as LoadFailure {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath, debugDescription: "\(error.path): \(error.message)"))
            }
        }

        /// The ledger that applying `saved` in order builds.
        private static func replayed(_ saved: [SavedApplication]) throws(LoadFailure) -> SwapHoursLedger {
            guard saved.count < Int(UInt32.max) else {
                throw LoadFailure(path: "log", message: "too many commands")
            }
            var ledger = SwapHoursLedger()
            for (index, application) in saved.enumerated() {
                let path = "log[\(index)]"
                let hash = LedgerHashIndex.hash(application.key.rawValue)
                if ledger.recorded.first(hash: hash, where: { ledger.log[$0].key == application.key }) != nil
                {
                    throw LoadFailure(path: path, message: "key \(application.key) is used twice")
                }
                if case .grantGoodwill(let grant) = application.command, grant.reason.isEmpty {
                    throw LoadFailure(path: path, message: "a grant names its reason")
                }
                do {
                    try ledger.apply(application.command, key: application.key, at: application.at)
                } catch {
                    throw LoadFailure(path: path, message: "\(error.code): \(error.description)")
                }
            }
            return ledger
        }

        private static func rebuilt(
            entries: [SavedEntry], reservations: [Reservation], grants: [GoodwillGrant], log: [SavedCommand],
            lastInstant: Instant?
        ) throws(LoadFailure) -> SwapHoursLedger {
            guard entries.count < Int(UInt32.max), reservations.count < Int(UInt32.max),
                grants.count < Int(UInt32.max)
            else { throw LoadFailure(path: "ledger", message: "too many entries") }
            var ledger = SwapHoursLedger()
            for (index, grant) in grants.enumerated() {
                guard grant.minutes > 0, grant.minutes <= Int(Int32.max), grant.expiry >= grant.date,
                    !grant.reason.isEmpty
                else {
                    throw LoadFailure(path: "grants[\(index)]", message: "not a valid grant")
                }
            }
            ledger.grants = grants
            ledger.reservations = reservations
            for (index, saved) in entries.enumerated() {
                try ledger.check(saved, at: index, among: entries)
                let number = ledger.tally.numberAdding(saved.account)
                let entry = LedgerEntry(
                    accountNumber: number, minutes: saved.storedMinutes, lot: saved.lot,
                    reference: saved.reference, expiry: saved.expiry, date: saved.date, cause: saved.cause)
                ledger.entries.append(entry)
                let account = ledger.tally.record(entry, at: index, account: saved.account)
                let balance = ledger.tally.accountBalances[account]
                guard balance.isConsistent else {
                    throw LoadFailure(
                        path: "entries[\(index)]",
                        message: "the balance of \(saved.account) goes negative or does not add up "
                            + "(available \(balance.available), reserved \(balance.reserved))")
                }
                if let position = ledger.tally.lotPosition(ofEntry: Int(entry.lot)) {
                    let lot = ledger.tally.lots[position]
                    guard lot.available >= 0, lot.reserved >= 0, lot.used >= 0, lot.expired >= 0 else {
                        throw LoadFailure(
                            path: "entries[\(index)]", message: "lot \(entry.lot) goes negative")
                    }
                }
            }
            // The minutes each reservation's entries moved, by kind: one pass over the entries.
            var moved = Array(repeating: [LedgerEntry.Kind: Int](), count: reservations.count)
            for entry in entries where entry.cause.isReservationCause {
                moved[Int(entry.reference)][entry.kind, default: 0] += entry.minutes
            }
            for (index, reservation) in reservations.enumerated() {
                try ledger.check(reservation, at: index, moved: moved[index])
                ledger.reservationIndex.insert(
                    hash: LedgerHashIndex.hash(reservation.id.rawValue), position: index)
            }
            try ledger.replay(log, entries: entries, lastInstant: lastInstant)
            return ledger
        }

        /// Checks one saved entry against the ones before it, the reservations and the grants.
        private func check(
            _ entry: SavedEntry, at index: Int, among entries: [SavedEntry]
        ) throws(LoadFailure) {
            let path = "entries[\(index)]"
            guard entry.storedMinutes > 0 else {
                throw LoadFailure(path: path, message: "\(entry.minutes) minutes is not positive")
            }
            guard entry.kind == entry.cause.kind else {
                throw LoadFailure(
                    path: path, message: "kind \(entry.kind) does not match cause \(entry.cause)")
            }
            if index > 0, entry.instant < entries[index - 1].instant {
                throw LoadFailure(path: path, message: "it is older than the entry before it")
            }
            let lot = Int(entry.lot)
            if entry.kind == .earned || entry.kind == .goodwill {
                guard lot == index else {
                    throw LoadFailure(path: path, message: "a lot entry must refer to itself, not to \(lot)")
                }
                guard entry.expiry >= entry.date else {
                    throw LoadFailure(path: path, message: "the expiry is before \(entry.date)")
                }
            } else {
                guard lot < index else {
                    throw LoadFailure(path: path, message: "lot \(lot) is not an earlier entry")
                }
                let open = entries[lot]
                guard open.kind == .earned || open.kind == .goodwill, open.account == entry.account,
                    open.expiry == entry.expiry
                else {
                    throw LoadFailure(path: path, message: "lot \(lot) is not a lot of \(entry.account)")
                }
            }
            let reference = entry.reference
            switch entry.cause {
            case .goodwillGranted:
                guard Int(reference) < grants.count, grants[Int(reference)].account == entry.account,
                    grants[Int(reference)].minutes == entry.minutes
                else {
                    throw LoadFailure(path: path, message: "grant \(reference) is unknown or does not match")
                }
            case .extraCareRequested, .extraCareRejected, .extraCareRequestWithdrawn, .extraCareConfirmed,
                .extraCareCancelledInTime, .extraCareWithdrawnByProvider, .extraCareReleasedAtContractEnd,
                .extraCareReturnedAtContractEnd:
                guard Int(reference) < reservations.count,
                    reservations[Int(reference)].account == entry.account
                else {
                    throw LoadFailure(
                        path: path, message: "reservation \(reference) is unknown or does not match")
                }
            case .absenceReported, .absenceWithdrawn, .invoicedExtraCareCancelledByEmail, .lapsed:
                guard reference == LedgerEntry.noReference else {
                    throw LoadFailure(path: path, message: "a \(entry.cause) entry refers to nothing")
                }
            }
        }

        /// Checks one saved reservation: a new id, its allocations, and a state that matches its entries.
        private func check(
            _ reservation: Reservation, at index: Int, moved: [LedgerEntry.Kind: Int]
        ) throws(LoadFailure) {
            let path = "reservations[\(index)]"
            guard reservationPosition(reservation.id) == nil else {
                throw LoadFailure(path: path, message: "reservation id \(reservation.id) is used twice")
            }
            guard reservation.requested > 0, reservation.requested <= Int(Int32.max) else {
                throw LoadFailure(path: path, message: "\(reservation.requested) minutes is not valid")
            }
            guard reservation.allocations.count <= entries.count else {
                throw LoadFailure(path: path, message: "it holds more lots than the ledger has")
            }
            for (number, allocation) in reservation.allocations.enumerated() {
                guard allocation.minutes > 0, allocation.minutes <= Int(Int32.max), allocation.lot >= 0,
                    allocation.lot < entries.count,
                    entries[allocation.lot].lot == UInt32(allocation.lot),
                    account(of: entries[allocation.lot]) == reservation.account
                else {
                    throw LoadFailure(
                        path: "\(path).allocations[\(number)]", message: "not a lot of \(reservation.account)"
                    )
                }
            }
            guard reservation.covered <= reservation.requested else {
                throw LoadFailure(path: path, message: "it holds more minutes than requested")
            }
            let covered = reservation.covered
            guard moved[.reserved, default: 0] == covered else {
                throw LoadFailure(path: path, message: "its entries do not hold \(covered) minutes")
            }
            guard covered > 0 else { return }
            let derived: Reservation.State =
                if moved[.released, default: 0] == covered {
                    .released
                } else if moved[.used, default: 0] == covered {
                    moved[.returned, default: 0] == covered ? .givenBack : .used
                } else {
                    .held
                }
            guard derived == reservation.state else {
                throw LoadFailure(
                    path: "\(path).state",
                    message: "\(reservation.state.rawValue) does not match its entries (\(derived.rawValue))")
            }
        }

        /// Rebuilds the idempotency index and the absence index from the saved log, checking that the log
        /// accounts for every entry in order.
        private mutating func replay(
            _ saved: [SavedCommand], entries savedEntries: [SavedEntry], lastInstant: Instant?
        ) throws(LoadFailure) {
            var next = 0
            for (index, command) in saved.enumerated() {
                let path = "log[\(index)]"
                let hash = LedgerHashIndex.hash(command.key.rawValue)
                if recorded.first(hash: hash, where: { log[$0].key == command.key }) != nil {
                    throw LoadFailure(path: path, message: "key \(command.key) is used twice")
                }
                guard command.firstEntry == next, command.entryCount >= 0,
                    command.entryCount <= entries.count - next
                else {
                    throw LoadFailure(path: path, message: "its entries are not the next ones in the ledger")
                }
                guard (0...Self.maximumMinutes).contains(command.minutes),
                    (0...Int(Int32.max)).contains(command.shortfall)
                else {
                    throw LoadFailure(path: path, message: "its minutes are out of range")
                }
                let range = next..<next + command.entryCount
                for entry in range where savedEntries[entry].key != command.key {
                    throw LoadFailure(
                        path: "entries[\(entry)]", message: "it was not written under \(command.key)")
                }
                // Every entry of one command was written at its moment (the ledger keeps it once).
                if let first = range.first,
                    range.contains(where: { savedEntries[$0].instant != savedEntries[first].instant })
                {
                    throw LoadFailure(path: path, message: "its entries were written at different moments")
                }
                let moved = range.reduce(0) { $0 + entries[$1].minutes }
                guard moved == command.minutes,
                    command.isDuplicate || (Self.stated(command.command).map { $0 == moved } ?? true)
                else {
                    throw LoadFailure(path: path, message: "its minutes do not match its entries")
                }
                try rebuildAbsence(for: command, entries: range, path: path)
                next = range.upperBound
                recorded.insert(hash: hash, position: log.count)
                // Version 1 kept no moment per command: a command's is its first entry's, or, for one that
                // wrote none, the moment of the command before it (any moment between its neighbours
                // applies it the same way).
                let instant =
                    range.first.map { savedEntries[$0].instant } ?? log.last?.instant
                    ?? savedEntries.first?.instant
                    ?? lastInstant ?? Instant(uncheckedSeconds: Instant.supportedSeconds.lowerBound)
                log.append(
                    Recorded(
                        key: command.key, command: command.command, instant: instant,
                        receipt: LedgerReceipt(
                            entries: range, minutes: command.minutes, shortfall: command.shortfall,
                            isDuplicate: command.isDuplicate)))
            }
            guard next == entries.count else {
                throw LoadFailure(path: "log", message: "entries from \(next) on were written by no command")
            }
            if let last = savedEntries.last, lastInstant.map({ $0 < last.instant }) ?? true {
                throw LoadFailure(path: "lastInstant", message: "it is missing or before the last entry")
            }
            if !saved.isEmpty, lastInstant == nil {
                throw LoadFailure(path: "lastInstant", message: "it is missing")
            }
            self.lastInstant = lastInstant
        }

        /// The minutes a command that opens a lot states itself (`nil` for the others).
        private static func stated(_ command: LedgerCommand) -> Int? {
            switch command {
            case .earn(_, _, let minutes, _), .creditMakeup(_, _, let minutes, _): minutes
            case .grantGoodwill(let grant): grant.minutes
            default: nil
            }
        }

        /// Keeps the absence index in step with one logged command.
        private mutating func rebuildAbsence(
            for command: SavedCommand, entries range: Range<Int>, path: String
        ) throws(LoadFailure) {
            switch command.command {
            case .earn(let account, let careDate, _, _):
                if command.isDuplicate {
                    guard range.isEmpty, absenceLot(of: account, on: careDate) != nil else {
                        throw LoadFailure(path: path, message: "a duplicate absence with no first report")
                    }
                    return
                }
                guard range.count == 1, let number = tally.number(of: account),
                    entries[range.lowerBound].cause == .absenceReported,
                    self.account(of: entries[range.lowerBound]) == account,
                    entries[range.lowerBound].date == careDate,
                    absenceLot(of: account, on: careDate) == nil
                else {
                    throw LoadFailure(
                        path: path, message: "the absence of \(careDate) does not match its entry")
                }
                absenceLots.insert(
                    hash: LedgerHashIndex.hash(account: number, date: careDate), position: range.lowerBound)
            case .withdrawAbsence(let account, let careDate, _):
                guard let (number, lot) = absenceLot(of: account, on: careDate) else {
                    throw LoadFailure(
                        path: path, message: "no absence of \(account) on \(careDate) to withdraw")
                }
                absenceLots.remove(hash: LedgerHashIndex.hash(account: number, date: careDate), position: lot)
            default:
                guard !command.isDuplicate else {
                    throw LoadFailure(path: path, message: "only a reported absence can be a duplicate")
                }
            }
        }
    }

    extension LedgerEntry.Cause {
        /// Whether an entry with this cause refers to a reservation.
        var isReservationCause: Bool {
            switch self {
            case .extraCareRequested, .extraCareRejected, .extraCareRequestWithdrawn, .extraCareConfirmed,
                .extraCareCancelledInTime, .extraCareWithdrawnByProvider, .extraCareReleasedAtContractEnd,
                .extraCareReturnedAtContractEnd:
                true
            default: false
            }
        }
    }
#endif
