/// Something that happens in a case, which the engine decides under the terms.
///
/// Every kind of event the rules know: absences, extra-care requests and their outcomes, contract
/// events (notices, price and terms changes, provider termination, missing consent, dates reached),
/// app-access events, the year-end expiry, goodwill grants, and questions about using hours elsewhere.
public enum EngineEvent: Sendable, Hashable {
    /// A care day reported absent (TSO terms art. 5 lid 1), in the app unless `channel` says otherwise.
    /// `appVersion` is the reporter's, `nil` for the contract parent.
    case absence(
        contract: ContractID, date: LocalDate, channel: Channel = .app, appVersion: AppVersion? = nil)
    /// A reported absence withdrawn before the care starts.
    case absenceWithdrawn(contract: ContractID, date: LocalDate)
    /// Extra care requested (extra opvang lid 1–4), paid with swap hours or invoiced.
    case extraCareRequested(
        booking: ReservationID, contract: ContractID, careStart: LocalDateTime, minutes: Int, withHours: Bool,
        channel: Channel = .app, appVersion: AppVersion? = nil)
    /// The provider approved and confirmed a request (lid 3 and 5).
    case extraCareApproved(booking: ReservationID)
    /// The provider rejected a request (art. 5 lid 4).
    case extraCareRejected(booking: ReservationID)
    /// The parent withdrew a request before it was confirmed.
    case extraCareRequestWithdrawn(booking: ReservationID)
    /// The parent cancelled confirmed extra care (lid 6).
    case extraCareCancelled(booking: ReservationID, channel: Channel = .app)
    /// The provider withdrew extra care it had confirmed (contrary to lid 5).
    case extraCareWithdrawnByProvider(booking: ReservationID)
    /// Something happened to a contract: a notice, a change, a termination, a date reached.
    case contract(ContractID, ContractEvent)
    /// Something happened to a user's app access (App terms).
    case access(ParentID, AccessEvent)
    /// The year-end (or contract-end) expiry runs: every hour expiring before `asOf` lapses (art. 5 lid 5).
    case expiry(asOf: LocalDate)
    /// A manager grants hours by way of exception, outside the rules.
    case goodwill(contract: ContractID, minutes: Int, reason: String, grantedBy: GrantorID)
    /// A parent asks to use the hours of one contract for the care of another (another service or child).
    case hoursOffered(from: ContractID, forCareOf: ContractID)
    /// A parent asks for the remaining hours to be paid out in money.
    case payoutRequested(contract: ContractID)
    /// The child moves to another location of the same service (art. 5 lid 6): the old contract ends the
    /// day before `firstDay`, the new one (`to`, in the case's facts) takes over, and the hours move with
    /// the child.
    case locationMove(from: ContractID, to: ContractID, firstDay: LocalDate)
    /// The instalments of `contract` for a school year (art. 6 lid 1), under its timeline: the school year
    /// starting in August of `schoolYear`, or the one containing the event's date when `nil`.
    case billing(contract: ContractID, schoolYear: Int? = nil)
    /// A manager waives an invoice or a notice period by way of exception, outside the rules. Recorded
    /// apart from goodwill minutes: it moves no swap hours.
    case waiver(contract: ContractID, waived: Waiver, reason: String, grantedBy: GrantorID)
    /// A parent's request under one of the rights of the AVG, received by Partou on the event's date
    /// (``DataRequest``): answered within 4 weeks, never later than the AVG's month; once the parent's
    /// contracts have ended on their timelines, the answer says whether the data is archived or destroyed.
    /// `consentWithdrawn`: for an erasure, whether it follows a withdrawn consent (art. 17 lid 1 sub b AVG).
    case dataRequest(by: ParentID, kind: DataRequest.Kind, consentWithdrawn: Bool = false)
}

/// What a manager waived by way of exception (``EngineEvent/waiver(contract:waived:reason:grantedBy:)``).
public enum Waiver: Sendable, Hashable {
    /// An invoice, or part of one, of `cents`.
    case invoice(cents: Int)
    /// The rest of a notice period: the contract may end earlier than the terms require.
    case notice

    /// The waiver in words.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.invoice(let cents), .nl): "een factuur van \(Money(cents: cents).formatted(in: .nl))"
        case (.invoice(let cents), .en): "an invoice of \(Money(cents: cents).formatted(in: .en))"
        case (.notice, .nl): "de rest van de opzegtermijn"
        case (.notice, .en): "the rest of the notice period"
        }
    }
}

/// An event at a moment, with the caller's idempotency key and an identifier for its decisions.
public struct TimedEvent: Sendable, Hashable {
    /// The event's identifier; decisions name it.
    public let id: EventID
    /// When it happened, Amsterdam local time. A time that does not exist or is ambiguous is an error.
    public let at: LocalDateTime
    /// The caller's key for this command: replaying it with the same event changes nothing.
    public let key: IdempotencyKey
    /// What happened.
    public let event: EngineEvent
    /// The caller's per-case sequence number, or `nil` to let the engine number the event: one more than
    /// the last event applied. Events at one moment are applied in this order; a number not after the last
    /// one applied is refused as `outOfOrder`.
    public let sequence: UInt64?

    /// Creates a timed event; the key defaults to the id.
    public init(
        id: EventID, at: LocalDateTime, key: IdempotencyKey? = nil, sequence: UInt64? = nil,
        event: EngineEvent
    ) {
        self.id = id
        self.at = at
        self.key = key ?? IdempotencyKey(id.rawValue)
        self.sequence = sequence
        self.event = event
    }
}

/// The tags of the engine's identifiers.
public enum EngineTag {
    /// Tags an event's identifier.
    public enum Event {}
}

/// Identifies an event in a case.
public typealias EventID = Identifier<EngineTag.Event>

#if !hasFeature(Embedded)
    extension EngineEvent: Codable {}
    extension Waiver: Codable {}
    extension TimedEvent: Codable {}
#endif
