/// An optional, bounded trail of the decisions a state has given: for each, its event, sequence number,
/// rule, outcome, minutes and a digest of the whole decision (its deadlines, citations and explanation).
///
/// The engine returns every decision to the caller, who may store it in full; the state itself keeps no
/// past decisions, so that it stays small. A service that wants the state to vouch for what it answered
/// turns the trail on with a limit: the state then keeps the newest `limit` entries and drops the oldest,
/// and a stored decision can be checked against its entry with ``DecisionRecord/digest``.
///
/// ```swift
/// var state = EngineState(facts: facts, auditLimit: 100)
/// let records = try Engine.apply(event, to: &state, facts: facts)
/// state.audit.entries.last?.digest == records.last?.digest   // true
/// ```
///
/// A replay adds no entry: it decides nothing new.
public struct AuditTrail: Sendable, Hashable {
    /// The largest limit a trail may have.
    public static let maximumLimit = 100_000

    /// One decision in the trail.
    public struct Entry: Sendable, Hashable {
        /// The event decided.
        public let event: EventID
        /// The event's sequence number in the state.
        public let sequence: UInt64
        /// The rule that decided.
        public let rule: RuleID
        /// The outcome.
        public let outcome: DecisionOutcome
        /// The swap-hours minutes the decision moved.
        public let minutes: Int
        /// ``DecisionRecord/digest`` of the decision: 16 hexadecimal digits.
        public let digest: String
    }

    /// How many entries the trail keeps; 0 when it is off.
    public let limit: Int
    /// The entries, oldest first; at most ``limit``.
    public private(set) var entries: [Entry]
    /// How many entries were dropped to stay within the limit.
    public private(set) var dropped: Int

    /// A trail that keeps the newest `limit` entries (clamped to `0...maximumLimit`; 0 keeps none).
    public init(limit: Int = 0) {
        self.limit = min(max(limit, 0), Self.maximumLimit)
        entries = []
        dropped = 0
    }

    /// A trail with the given parts, checked by the saved state's decoder.
    init(limit: Int, entries: [Entry], dropped: Int) {
        self.limit = limit
        self.entries = entries
        self.dropped = dropped
    }

    /// Records `records`, decided for the event with `sequence`, dropping the oldest entries beyond the limit.
    mutating func record(_ records: [DecisionRecord], sequence: UInt64) {
        guard limit > 0 else { return }
        for record in records {
            entries.append(
                Entry(
                    event: record.event, sequence: sequence, rule: record.rule, outcome: record.outcome,
                    minutes: record.minutes, digest: record.digest))
        }
        let excess = entries.count - limit
        if excess > 0 {
            entries.removeFirst(excess)
            dropped += excess
        }
    }
}

extension DecisionRecord {
    /// A digest of the whole decision, as 16 hexadecimal digits: FNV-1a (64 bits) over its event, rule,
    /// outcome, minutes, deadlines, citations, both explanation texts, its balance and its optional parts,
    /// each ended by a separator. Two decisions with the same digest say the same thing; it is a check
    /// against accidents, not a signature.
    public var digest: String {
        var hash = DecisionDigest()
        hash.add(event.rawValue)
        hash.add(rule.rawValue)
        hash.add(outcome.code)
        hash.add(String(minutes))
        for deadline in deadlines {
            hash.add(deadline.kind.key)
            hash.add(deadline.moment.description)
        }
        for citation in citations { hash.add(citation.rendered(in: .en)) }
        hash.add(explanation.nl)
        hash.add(explanation.en)
        if let balance {
            hash.add("\(balance.earned) \(balance.available) \(balance.used) \(balance.expired)")
        }
        hash.add(replayOf?.rawValue ?? "")
        hash.add(addressee?.rawValue ?? "")
        hash.add(contractEnd.map { "\($0.lastDay)" } ?? "")
        hash.add(instalments.map { "\($0.count)" } ?? "")
        hash.add(absenceRegistered.map { $0 ? "1" : "0" } ?? "")
        return hash.hex
    }
}

/// FNV-1a, 64 bits, over UTF-8 text, each text ended by 0xFF (which UTF-8 never contains).
private struct DecisionDigest {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// The value as 16 lower-case hexadecimal digits.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for shift in stride(from: 60, through: 0, by: -4) {
            bytes.append(digits[Int((value >> UInt64(shift)) & 0xF)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

#if !hasFeature(Embedded)
    extension AuditTrail: Codable {
        private enum CodingKeys: String, CodingKey {
            case limit, entries, dropped
        }

        /// Reads a saved trail, checking its limit, its size and each digest's form.
        ///
        /// - Throws: `DecodingError.dataCorrupted` for a limit out of range, more entries than the limit, a
        ///   negative `dropped`, or a digest that is not 16 hexadecimal digits.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let limit = try container.decode(Int.self, forKey: .limit)
            let entries = try container.decode([Entry].self, forKey: .entries)
            let dropped = try container.decodeIfPresent(Int.self, forKey: .dropped) ?? 0
            guard (1...Self.maximumLimit).contains(limit), entries.count <= limit, dropped >= 0,
                dropped <= Int(UInt32.max)
            else {
                throw DecodingError.dataCorruptedError(
                    forKey: .limit, in: container,
                    debugDescription:
                        "audit: a limit of \(limit) with \(entries.count) entries and \(dropped) dropped is not a trail this library writes"
                )
            }
            let hexDigits = Set("0123456789abcdef".utf8)
            for (index, entry) in entries.enumerated()
            where entry.digest.utf8.count != 16 || !entry.digest.utf8.allSatisfy(hexDigits.contains) {
                throw DecodingError.dataCorruptedError(
                    forKey: .entries, in: container,
                    debugDescription: "audit.entries[\(index)].digest is not 16 hexadecimal digits")
            }
            self.init(limit: limit, entries: entries, dropped: dropped)
        }

        /// Writes the trail.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(limit, forKey: .limit)
            try container.encode(entries, forKey: .entries)
            if dropped > 0 { try container.encode(dropped, forKey: .dropped) }
        }
    }

    extension AuditTrail.Entry: Codable {}
#endif
