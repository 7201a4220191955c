/// One contract's life as every rule reads it: its start, each change, and its end, each with the event it
/// came from and the clause that set it.
///
/// The engine keeps one timeline per contract in ``EngineState``. A rule never reads the contract's end
/// from the case's facts alone: it reads the contract as the timeline has it
/// (``EngineState/contract(_:facts:)``), so an end set by a termination, a cancellation, the provider's
/// termination, missing consent, a termination against changed terms (art. 10) or a move to another
/// location reaches the swap-hours ledger, extra care and billing alike.
///
/// - An end is never pushed later: a second notice with a later end leaves the earlier one.
/// - Once the end has passed, the remaining swap hours lapse (TSO terms art. 5 lid 5), unless the child
///   continues the same service under another contract after a move (art. 5 lid 6).
package struct ContractTimeline: Sendable, Hashable {
    /// The contract.
    package let contract: ContractID
    /// The first day of care.
    package let start: LocalDate
    /// Every entry, in the order the events were applied.
    package private(set) var entries: [TimelineEntry]
    /// The end, once known.
    package private(set) var end: TimelineEnd?
    /// The contract the child moved to (art. 5 lid 6), if any.
    package private(set) var movedTo: ContractID?
    /// The days on which terms changes the parent was informed of take effect (art. 10), in the order they
    /// were applied; `nil` for none, so a state without them is saved as before. From each, the edition in
    /// force on it binds the contract (``TermsCatalogue/binding(signedOn:noticesEffective:on:)``).
    package private(set) var termsNotices: [LocalDate]?

    /// The timeline of `contract` at the start of a case: its start and, when the facts give one, its end.
    package init(_ contract: Contract) {
        self.contract = contract.id
        start = contract.startDate
        entries = [TimelineEntry(kind: .start, date: contract.startDate, source: nil, citation: nil)]
        end = contract.endDate.map {
            TimelineEnd(
                contract: contract.id, lastDay: $0, source: nil, reason: .agreedEndDate, citation: nil)
        }
        movedTo = nil
    }

    /// The contract's last day, if known.
    package var lastDay: LocalDate? { end?.lastDay }

    /// Whether `date` falls after the contract's last day.
    package func hasEnded(before date: LocalDate) -> Bool {
        guard let lastDay else { return false }
        return date > lastDay
    }

    /// Records an end; an earlier end already known is kept.
    ///
    /// - Returns: whether the end changed.
    @discardableResult
    mutating func record(_ newEnd: TimelineEnd) -> Bool {
        if let end, end.lastDay <= newEnd.lastDay { return false }
        end = newEnd
        entries.append(
            TimelineEntry(kind: .end, date: newEnd.lastDay, source: newEnd.source, citation: newEnd.citation))
        return true
    }

    /// Records a change that takes effect on `date` (a change of care, a price or terms change).
    mutating func recordChange(on date: LocalDate, source: EventID, citation: Citation?) {
        entries.append(TimelineEntry(kind: .change, date: date, source: source, citation: citation))
    }

    /// Records that a terms change the parent was informed of takes effect on `date` (art. 10).
    mutating func recordTermsNotice(effective date: LocalDate) {
        termsNotices = (termsNotices ?? []) + [date]
    }

    /// Records a move to `successor` from `firstDay` on (art. 5 lid 6).
    mutating func recordMove(
        to successor: ContractID, firstDay: LocalDate, source: EventID, citation: Citation
    ) {
        movedTo = successor
        entries.append(TimelineEntry(kind: .move, date: firstDay, source: source, citation: citation))
    }
}

/// One line of a ``ContractTimeline``.
package struct TimelineEntry: Sendable, Hashable {
    /// What the line records.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The first day of care.
        case start
        /// A change that takes effect on the date.
        case change
        /// A move to another location from the date (art. 5 lid 6).
        case move
        /// The contract's last day.
        case end
    }

    /// What the line records.
    package let kind: Kind
    /// The date it takes effect.
    package let date: LocalDate
    /// The event it came from; `nil` for what the case's facts give.
    package let source: EventID?
    /// The clause that set it, if any.
    package let citation: Citation?
}

/// How and when a contract ends.
public struct TimelineEnd: Sendable, Hashable {
    /// Why a contract ends.
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The end date in the contract itself.
        case agreedEndDate
        /// Cancelled before the start (art. 3).
        case cancellation
        /// Terminated by the parent (art. 8 lid 1).
        case parentTermination
        /// Terminated by Partou (art. 8 lid 5, or lid 3 for payment default).
        case providerTermination
        /// Ended for the other parent's missing consent (art. 2 lid 5).
        case missingConsent
        /// Terminated by the parent against a material change of the terms (art. 10).
        case termsChangeTermination
        /// Ended by a move to another location (art. 5 lid 6).
        case move
        /// Ended by a change that ends the service (art. 8 lid 2).
        case changeEndingService

        /// The reason in words, as the source of an end date.
        public func name(in language: Language) -> String {
            switch (self, language) {
            case (.agreedEndDate, .nl): "de einddatum in je overeenkomst"
            case (.agreedEndDate, .en): "the end date in your contract"
            case (.cancellation, .nl): "je annulering"
            case (.cancellation, .en): "your cancellation"
            case (.parentTermination, .nl): "je opzegging"
            case (.parentTermination, .en): "your termination"
            case (.providerTermination, .nl): "de opzegging door Partou"
            case (.providerTermination, .en): "Partou's termination"
            case (.missingConsent, .nl): "de ontbrekende toestemming van de andere ouder"
            case (.missingConsent, .en): "the other parent's missing consent"
            case (.termsChangeTermination, .nl): "je opzegging na de wijziging van de voorwaarden"
            case (.termsChangeTermination, .en): "your termination after the change of the terms"
            case (.move, .nl): "de verhuizing naar een andere locatie"
            case (.move, .en): "the move to another location"
            case (.changeEndingService, .nl): "je wijziging die de dienst beëindigt"
            case (.changeEndingService, .en): "your change that ends the service"
            }
        }
    }

    /// The contract that ends.
    public let contract: ContractID
    /// The contract's last day.
    public let lastDay: LocalDate
    /// The event that set the end; `nil` when the case's facts give it.
    public let source: EventID?
    /// Why the contract ends.
    public let reason: Reason
    /// The clause that set the end, if any.
    public let citation: Citation?

    /// Creates an end.
    public init(
        contract: ContractID, lastDay: LocalDate, source: EventID?, reason: Reason, citation: Citation?
    ) {
        self.contract = contract
        self.lastDay = lastDay
        self.source = source
        self.reason = reason
        self.citation = citation
    }

    /// The first day without a contract: the day after the last day ("per", I-202).
    public var firstDayWithoutContract: LocalDate? { try? lastDay.adding(days: 1) }
}

#if !hasFeature(Embedded)
    extension ContractTimeline: Codable {}
    extension TimelineEntry: Codable {}
    extension TimelineEntry.Kind: Codable {}
    extension TimelineEnd: Codable {}
    extension TimelineEnd.Reason: Codable {}
#endif
