/// A command to the swap-hours ledger. Each is applied with a caller-supplied idempotency key.
///
/// The rules decide; the ledger records. A command is usually built from a rule's decision:
/// ``AbsenceRule`` gives `earn`, ``ExtraCareRequestRule`` gives `reserve`, and so on.
package enum LedgerCommand: Sendable, Hashable {
    /// Converts the contracted minutes of an absent care day into swap hours (art. 5 lid 1).
    ///
    /// A second `earn` for the same account and care day earns nothing ("reporting the same day twice
    /// earns once"); the receipt says ``LedgerReceipt/isDuplicate``.
    case earn(LedgerAccount, careDate: LocalDate, minutes: Int, expiry: LocalDate)
    /// Withdraws the absence of a care day before its care starts: the day's converted minutes are used
    /// for that day's own care again (see `Docs/Interpretations.md`, I-104).
    case withdrawAbsence(LedgerAccount, careDate: LocalDate, careStart: Instant)
    /// Holds up to `minutes` available minutes for an extra-care request made on `requestedOn` for care on
    /// `careDate` (extra opvang lid 2 and 3). Hours count as used from the request once it is approved, so
    /// a lot is usable when its expiry date is on or after the request date (or the care date, when that is
    /// earlier), also for care after its expiry date; nothing is usable for care after `contractEnd`
    /// (art. 5 lid 5; I-105). The receipt's ``LedgerReceipt/shortfall`` is the part not covered.
    case reserve(
        ReservationID, LedgerAccount, careDate: LocalDate, minutes: Int, requestedOn: LocalDate,
        contractEnd: LocalDate? = nil)
    /// Makes a held reservation's minutes available again.
    case release(ReservationID, because: ReleaseReason)
    /// Uses a held reservation's minutes: the provider approved and confirmed the care (extra opvang lid 3).
    case use(ReservationID)
    /// Makes a used reservation's minutes available again.
    case giveBack(ReservationID, because: GiveBackReason)
    /// Credits makeup hours for invoiced extra care cancelled by e-mail in time (extra opvang lid 6 sub b).
    case creditMakeup(LedgerAccount, careDate: LocalDate, minutes: Int, expiry: LocalDate)
    /// Lapses every available minute whose expiry date is before `asOf` (art. 5 lid 5).
    case expire(asOf: LocalDate)
    /// Lapses every available minute of `account` on `asOf`, the first day without a contract: the
    /// hours are usable until the contract's end and not after it (art. 5 lid 5).
    case lapseAtContractEnd(LedgerAccount, asOf: LocalDate)
    /// Records a goodwill exception.
    ///
    /// The grant is held indirectly: it is large and rare, and inline it would make every command (and
    /// every idempotency record the ledger keeps) as large as a grant.
    indirect case grantGoodwill(GoodwillGrant)

    /// Why held minutes are released.
    package enum ReleaseReason: String, Sendable, Hashable, CaseIterable {
        /// The provider rejected the request (art. 5 lid 4).
        case rejected
        /// The parent withdrew the request before approval and confirmation (extra opvang lid 3).
        case withdrawnByParent
        /// The contract ends before the care day: there is no care to use the hours for (art. 5 lid 5).
        case contractEnded
    }

    /// Why used minutes come back.
    package enum GiveBackReason: String, Sendable, Hashable, CaseIterable {
        /// The parent cancelled at or before the 96-hour deadline (extra opvang lid 6 sub a).
        case cancelledInTime
        /// The provider withdrew the confirmed care, contrary to extra opvang lid 5.
        case withdrawnByProvider
        /// The contract ends before the care day: the confirmed care does not take place (art. 5 lid 5).
        case contractEnded
    }
}

#if !hasFeature(Embedded)
    extension LedgerCommand: Codable {}
    extension LedgerCommand.ReleaseReason: Codable {}
    extension LedgerCommand.GiveBackReason: Codable {}
#endif
