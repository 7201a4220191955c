// An event's payload as named fields: what idempotency compares, and what a conflict names.

extension EngineEvent {
    /// One field's value, in the form its text is made from: written out only when the text is asked for
    /// (``payload``, a conflict's message), digested from its parts for a ``fingerprint``.
    enum FieldValue {
        /// A text as it is.
        case text(String)
        /// A date, as `YYYY-MM-DD`.
        case date(LocalDate)
        /// A whole number, in decimal.
        case number(Int)

        /// The field's text.
        var text: String {
            switch self {
            case .text(let text): text
            case .date(let date): "\(date)"
            case .number(let number): "\(number)"
            }
        }
    }

    /// Calls `body` with the event's kind (the field `type`) and then each field, by its scenario name, in
    /// order. This is the one list of an event's fields: ``payload`` and ``fingerprint`` both read it.
    func forEachField(_ body: (String, FieldValue) -> Void) {
        func version(_ value: AppVersion?) -> FieldValue { .text(value.map { "\($0.rawValue)" } ?? "none") }
        switch self {
        case .absence(let contract, let date, let channel, let appVersion):
            body("type", .text("absence"))
            body("contract", .text(contract.rawValue))
            body("date", .date(date))
            body("channel", .text(channel.rawValue))
            body("appVersion", version(appVersion))
        case .absenceWithdrawn(let contract, let date):
            body("type", .text("absence-withdrawn"))
            body("contract", .text(contract.rawValue))
            body("date", .date(date))
        case .extraCareRequested(
            let booking, let contract, let careStart, let minutes, let withHours, let channel, let appVersion):
            body("type", .text("extra-care-requested"))
            body("booking", .text(booking.rawValue))
            body("contract", .text(contract.rawValue))
            body("careStart", .text("\(careStart)"))
            body("minutes", .number(minutes))
            body("withHours", .text(withHours ? "true" : "false"))
            body("channel", .text(channel.rawValue))
            body("appVersion", version(appVersion))
        case .extraCareApproved(let booking):
            body("type", .text("extra-care-approved"))
            body("booking", .text(booking.rawValue))
        case .extraCareRejected(let booking):
            body("type", .text("extra-care-rejected"))
            body("booking", .text(booking.rawValue))
        case .extraCareRequestWithdrawn(let booking):
            body("type", .text("extra-care-request-withdrawn"))
            body("booking", .text(booking.rawValue))
        case .extraCareCancelled(let booking, let channel):
            body("type", .text("extra-care-cancelled"))
            body("booking", .text(booking.rawValue))
            body("channel", .text(channel.rawValue))
        case .extraCareWithdrawnByProvider(let booking):
            body("type", .text("extra-care-withdrawn-by-provider"))
            body("booking", .text(booking.rawValue))
        case .contract(let contract, let event):
            body("type", .text("contract event"))
            body("contract", .text(contract.rawValue))
            body("event", .text(event.fingerprintText))
        case .access(let user, let event):
            body("type", .text("access"))
            body("user", .text(user.rawValue))
            body("event", .text(event.fingerprintText))
        case .expiry(let asOf):
            body("type", .text("expiry"))
            body("asOf", .date(asOf))
        case .goodwill(let contract, let minutes, let reason, let grantedBy):
            body("type", .text("goodwill"))
            body("contract", .text(contract.rawValue))
            body("minutes", .number(minutes))
            body("reason", .text(reason))
            body("grantedBy", .text(grantedBy.rawValue))
        case .hoursOffered(let from, let target):
            body("type", .text("hours-offered"))
            body("from", .text(from.rawValue))
            body("forCareOf", .text(target.rawValue))
        case .payoutRequested(let contract):
            body("type", .text("payout-requested"))
            body("contract", .text(contract.rawValue))
        case .locationMove(let from, let target, let firstDay):
            body("type", .text("move"))
            body("from", .text(from.rawValue))
            body("to", .text(target.rawValue))
            body("firstDay", .date(firstDay))
        case .billing(let contract, let year):
            body("type", .text("billing"))
            body("contract", .text(contract.rawValue))
            body("schoolYear", .text(year.map { "\($0)" } ?? "none"))
        case .waiver(let contract, let waived, let reason, let grantedBy):
            body("type", .text("waiver"))
            body("contract", .text(contract.rawValue))
            body("waived", .text(waived.name(in: .en)))
            body("reason", .text(reason))
            body("grantedBy", .text(grantedBy.rawValue))
        case .dataRequest(let parent, let kind, let consentWithdrawn):
            body("type", .text("data-request"))
            body("parent", .text(parent.rawValue))
            body("kind", .text(kind.rawValue))
            body("consentWithdrawn", .text(consentWithdrawn ? "true" : "false"))
        }
    }

    /// The event's kind first, then each field by its scenario name, as text.
    var payload: [(field: String, value: String)] {
        var fields: [(field: String, value: String)] = []
        forEachField { fields.append(($0, $1.text)) }
        return fields
    }

    /// The payload's fingerprint, as text: the kind of event, then a 32-bit FNV-1a digest of each field in
    /// eight hexadecimal digits, such as `absence:3f2a…`. It is what idempotency compares and what a saved
    /// state keeps of a command; text, so no store can round it. Dates are digested from their digits,
    /// without writing their text first (the digest is that of the text, as a test checks).
    var fingerprint: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48)
        var first = true
        forEachField { _, value in
            if first {
                first = false
                bytes.append(contentsOf: value.text.utf8)
                bytes.append(UInt8(ascii: ":"))
            } else {
                Self.appendHex(Self.digest(value), to: &bytes)
            }
        }
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
        var digest = FieldDigest()
        for byte in text.utf8 { digest.add(byte) }
        return digest.value
    }

    /// The digest of a field's text, from its parts: the same as ``digest(_:)`` of ``FieldValue/text``.
    static func digest(_ value: FieldValue) -> UInt32 {
        switch value {
        case .text(let text):
            return digest(text)
        case .date(let date):
            var digest = FieldDigest()
            date.forEachTextByte { digest.add($0) }
            return digest.value
        case .number:
            // Numbers (minutes of extra care or of a grant) are rare in a case: their text is digested.
            return digest(value.text)
        }
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

/// A 32-bit FNV-1a digest, fed one byte at a time.
private struct FieldDigest {
    private(set) var value: UInt32 = 0x811C_9DC5

    mutating func add(_ byte: UInt8) {
        value ^= UInt32(byte)
        value = value &* 0x0100_0193
    }
}
