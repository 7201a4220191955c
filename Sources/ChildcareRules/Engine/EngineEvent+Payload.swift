// An event's payload as named fields: what idempotency compares, and what a conflict names.

extension EngineEvent {
    /// The event's kind first, then each field by its scenario name, as text.
    var payload: [(field: String, value: String)] {
        func text(_ value: LocalDate?) -> String { value.map { "\($0)" } ?? "none" }
        func text(_ value: AppVersion?) -> String { value.map { "\($0.rawValue)" } ?? "none" }
        switch self {
        case .absence(let contract, let date, let channel, let version):
            return [
                ("type", "absence"), ("contract", contract.rawValue), ("date", "\(date)"),
                ("channel", channel.rawValue), ("appVersion", text(version)),
            ]
        case .absenceWithdrawn(let contract, let date):
            return [("type", "absence-withdrawn"), ("contract", contract.rawValue), ("date", "\(date)")]
        case .extraCareRequested(
            let booking, let contract, let careStart, let minutes, let withHours, let channel, let version):
            return [
                ("type", "extra-care-requested"), ("booking", booking.rawValue),
                ("contract", contract.rawValue),
                ("careStart", "\(careStart)"), ("minutes", "\(minutes)"), ("withHours", "\(withHours)"),
                ("channel", channel.rawValue), ("appVersion", text(version)),
            ]
        case .extraCareApproved(let booking):
            return [("type", "extra-care-approved"), ("booking", booking.rawValue)]
        case .extraCareRejected(let booking):
            return [("type", "extra-care-rejected"), ("booking", booking.rawValue)]
        case .extraCareRequestWithdrawn(let booking):
            return [("type", "extra-care-request-withdrawn"), ("booking", booking.rawValue)]
        case .extraCareCancelled(let booking, let channel):
            return [
                ("type", "extra-care-cancelled"), ("booking", booking.rawValue),
                ("channel", channel.rawValue),
            ]
        case .extraCareWithdrawnByProvider(let booking):
            return [("type", "extra-care-withdrawn-by-provider"), ("booking", booking.rawValue)]
        case .contract(let contract, let event):
            return [("type", "contract event"), ("contract", contract.rawValue), ("event", "\(event)")]
        case .access(let user, let event):
            return [("type", "access"), ("user", user.rawValue), ("event", "\(event)")]
        case .expiry(let asOf):
            return [("type", "expiry"), ("asOf", "\(asOf)")]
        case .goodwill(let contract, let minutes, let reason, let grantedBy):
            return [
                ("type", "goodwill"), ("contract", contract.rawValue), ("minutes", "\(minutes)"),
                ("reason", reason), ("grantedBy", grantedBy.rawValue),
            ]
        case .hoursOffered(let from, let target):
            return [("type", "hours-offered"), ("from", from.rawValue), ("forCareOf", target.rawValue)]
        case .payoutRequested(let contract):
            return [("type", "payout-requested"), ("contract", contract.rawValue)]
        case .locationMove(let from, let target, let firstDay):
            return [
                ("type", "move"), ("from", from.rawValue), ("to", target.rawValue),
                ("firstDay", "\(firstDay)"),
            ]
        case .billing(let contract, let year):
            return [
                ("type", "billing"), ("contract", contract.rawValue),
                ("schoolYear", year.map { "\($0)" } ?? "none"),
            ]
        case .waiver(let contract, let waived, let reason, let grantedBy):
            return [
                ("type", "waiver"), ("contract", contract.rawValue), ("waived", waived.name(in: .en)),
                ("reason", reason), ("grantedBy", grantedBy.rawValue),
            ]
        }
    }

    /// The payload's fingerprint, as text: the kind of event, then a 32-bit FNV-1a digest of each field in
    /// eight hexadecimal digits, such as `absence:3f2a…`. It is what idempotency compares and what a saved
    /// state keeps of a command; text, so no store can round it.
    var fingerprint: String {
        let fields = payload
        var bytes = Array((fields.first?.value ?? "").utf8)
        bytes.reserveCapacity(bytes.count + 1 + 8 * max(fields.count - 1, 0))
        bytes.append(UInt8(ascii: ":"))
        for field in fields.dropFirst() { Self.appendHex(Self.digest(field.value), to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first field in which this event differs from the command whose fingerprint is `original`, in
    /// words: "date (now 2026-03-31)", or "kind of event (absence, now goodwill)".
    func difference(fromFingerprint original: String) -> String {
        let fields = payload
        let kind = fields.first?.value ?? "?"
        let originalKind = original.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "?"
        guard kind == originalKind, let colon = original.firstIndex(of: ":") else {
            return "kind of event (\(EchoedValue.cut(originalKind)), now \(kind))"
        }
        let digests = Array(original[original.index(after: colon)...].utf8)
        for (index, field) in fields.dropFirst().enumerated() {
            let start = index * 8
            let mine = Array(Self.hex(Self.digest(field.value)).utf8)
            guard start + 8 <= digests.count, Array(digests[start..<start + 8]) == mine else {
                return "\(field.field) (now \(EchoedValue.cut(field.value)))"
            }
        }
        return "payload"
    }

    private static func digest(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    private static func hex(_ value: UInt32) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8)
        appendHex(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as eight lower-case hexadecimal digits.
    private static func appendHex(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 28, through: 0, by: -4) {
            let nibble = UInt8(truncatingIfNeeded: value >> UInt32(shift)) & 0xF
            bytes.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
        }
    }
}
