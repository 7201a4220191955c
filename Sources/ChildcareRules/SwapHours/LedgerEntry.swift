/// One line of the swap-hours ledger. Entries are only ever appended.
///
/// An entry is compact (28 bytes, no reference-counted field) so that a ledger of many children stays
/// small and appending one copies no text: dates are ``LocalDate`` (4 bytes), minutes are `Int32`, the
/// account is its number in the ledger's table of accounts, and the decision that caused it is a one-byte
/// ``Cause`` code, from which ``kind``, ``rule`` and the explanation are derived on demand. The key and
/// the moment of the command that wrote an entry are the ledger's (``SwapHoursLedger/key(ofEntry:)``,
/// ``SwapHoursLedger/instant(ofEntry:)``): every entry of one command shares them.
///
/// Hours are kept in *lots*: each `earned` or `goodwill` entry opens a lot with its own expiry date;
/// the other entries move minutes of one lot (``lot``) between states.
package struct LedgerEntry: Sendable, Hashable {
    /// The minutes moved, always positive.
    package let storedMinutes: Int32
    /// The index (in ``SwapHoursLedger/entries``) of the lot these minutes belong to; a lot entry
    /// points to itself.
    package let lot: UInt32
    /// For reservation entries, the index of the reservation in ``SwapHoursLedger/reservations``;
    /// for goodwill entries, the index of the grant in ``SwapHoursLedger/grants``; otherwise ``noReference``.
    package let reference: UInt32
    /// The number of the entry's account in the ledger's table of accounts
    /// (``SwapHoursLedger/account(of:)``).
    package let accountNumber: UInt32
    /// The last date on which the lot's hours can be used for care (art. 5 lid 5).
    package let expiry: LocalDate
    /// The date the entry is about: the absent care day, the extra-care day, the grant date, or the
    /// date as of which hours lapsed.
    package let date: LocalDate
    /// The decision that caused the entry.
    package let cause: Cause

    /// The value of ``reference`` when the entry refers to no reservation and no grant.
    package static let noReference = UInt32.max

    /// Creates an entry. The ledger creates these; callers read them.
    package init(
        accountNumber: Int, minutes: Int32, lot: UInt32, reference: UInt32, expiry: LocalDate,
        date: LocalDate, cause: Cause
    ) {
        storedMinutes = minutes
        self.lot = lot
        self.reference = reference
        self.accountNumber = UInt32(truncatingIfNeeded: accountNumber)
        self.expiry = expiry
        self.date = date
        self.cause = cause
    }

    /// The minutes moved.
    package var minutes: Int { Int(storedMinutes) }

    /// What happened to the minutes.
    package var kind: Kind { cause.kind }

    /// Whether the entry opens a lot (`earned` or `goodwill`).
    package var opensLot: Bool { kind == .earned || kind == .goodwill }

    /// The rule whose decision caused the entry.
    package var rule: RuleID { cause.rule }

    /// What an entry does with its minutes.
    package enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        /// Hours earned under the rules: a new lot, available at once.
        case earned
        /// Available hours held for a requested extra-care day.
        case reserved
        /// Held hours made available again (request rejected or withdrawn before approval).
        case released
        /// Hours used: held hours on approval and confirmation, or available hours given back to a day
        /// whose absence was withdrawn.
        case used
        /// Used hours made available again (a timely cancellation, or care withdrawn by the provider).
        case returned
        /// Available hours that lapsed (art. 5 lid 5).
        case expired
        /// Hours granted as a goodwill exception: a new lot, outside the rules.
        case goodwill
    }

    /// The decision that caused an entry, as a compact code.
    package enum Cause: UInt8, Sendable, Hashable, CaseIterable {
        /// An absence reported in the app more than 96 hours ahead (art. 5 lid 1): `earned`.
        case absenceReported
        /// The parent withdrew the absence before the care started: `used` for that day's own care.
        case absenceWithdrawn
        /// The parent requested extra care with swap hours (extra opvang lid 2): `reserved`.
        case extraCareRequested
        /// The provider rejected the request (art. 5 lid 4): `released`.
        case extraCareRejected
        /// The parent withdrew the request before it was approved and confirmed (extra opvang lid 3): `released`.
        case extraCareRequestWithdrawn
        /// The provider approved and confirmed the extra care (extra opvang lid 3 and 5): `used`.
        case extraCareConfirmed
        /// The parent cancelled confirmed extra care at least 96 hours ahead (extra opvang lid 6 sub a): `returned`.
        case extraCareCancelledInTime
        /// The provider withdrew extra care it had confirmed, contrary to extra opvang lid 5: `returned`.
        case extraCareWithdrawnByProvider
        /// Invoiced extra care cancelled by e-mail 7 days ahead (extra opvang lid 6 sub b): `earned` makeup hours.
        case invoicedExtraCareCancelledByEmail
        /// The hours lapsed on 31 December or at the contract's end (art. 5 lid 5): `expired`.
        case lapsed
        /// A manager granted hours as an exception (bij wijze van uitzondering): `goodwill`.
        case goodwillGranted
        /// Held hours released because the contract ends before the care day: `released`.
        case extraCareReleasedAtContractEnd
        /// Used hours returned because the contract ends before the confirmed care day: `returned`.
        case extraCareReturnedAtContractEnd

        /// The rule whose decision this is.
        package var rule: RuleID {
            switch self {
            case .absenceReported, .absenceWithdrawn: AbsenceRule.rule
            case .extraCareRequested, .extraCareRequestWithdrawn: ExtraCareRequestRule.rule
            case .extraCareRejected, .extraCareConfirmed: ExtraCareRequestRule.approvalRule
            case .extraCareCancelledInTime, .invoicedExtraCareCancelledByEmail: ExtraCareCancellationRule.rule
            case .extraCareWithdrawnByProvider: ExtraCareCancellationRule.withdrawalRule
            case .lapsed: SwapHoursExpiry.rule
            case .goodwillGranted: GoodwillGrant.rule
            case .extraCareReleasedAtContractEnd, .extraCareReturnedAtContractEnd: ContractTimeline.endRule
            }
        }

        /// The kind of entry this cause writes.
        package var kind: Kind {
            switch self {
            case .absenceReported, .invoicedExtraCareCancelledByEmail: .earned
            case .absenceWithdrawn, .extraCareConfirmed: .used
            case .extraCareRequested: .reserved
            case .extraCareRejected, .extraCareRequestWithdrawn, .extraCareReleasedAtContractEnd: .released
            case .extraCareCancelledInTime, .extraCareWithdrawnByProvider, .extraCareReturnedAtContractEnd:
                .returned
            case .lapsed: .expired
            case .goodwillGranted: .goodwill
            }
        }
    }
}

#if !hasFeature(Embedded)
    extension LedgerEntry.Kind: Codable {}
    extension LedgerEntry.Cause: Codable {}
#endif
