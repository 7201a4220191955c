// The text of a contract or access event inside an event's fingerprint (``EngineEvent/fingerprint``).
//
// Until December 2026 this text was the event's reflected description (`"\(event)"`): the case name with
// its labelled payload, nested enums and structs named with their module, `Optional(…)` around a value
// that may be missing, strings quoted. Saved states keep digests of it, so it is written out here by hand,
// character for character the same, without reflection (which cost about 40,000 instructions per event).
// One thing differs on purpose: a set of capabilities is written in the order of ``Capability/allCases``.
// The reflected text wrote a set in its hashing order, which changes from process to process, so a retry
// of a partial block of two or more capabilities, answered by another process, could be refused as a
// conflict. Every other text is pinned to the reflected one by `EventFingerprintTests`.

/// Writes a reflected description, `name(label: value, …)`, as UTF-8 bytes.
private struct DescriptionWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the payload being written has no value yet (no `, ` before the next one).
    private var atFirstValue = true

    /// The text written.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as it is.
    mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a type or case qualified with the module, such as `ChildcareRules.Channel.email`.
    mutating func qualified(_ type: StaticString, _ member: String? = nil) {
        write("ChildcareRules.")
        write(type)
        if let member {
            write(".")
            bytes.append(contentsOf: member.utf8)
        }
    }

    /// Opens a payload after the name just written: `(`.
    mutating func open() {
        write("(")
        atFirstValue = true
    }

    /// Closes a payload: `)`.
    mutating func close() {
        write(")")
        atFirstValue = false
    }

    /// Starts the next value of the payload, with its label (`, label: `) or without one.
    mutating func next(_ label: StaticString? = nil) {
        if !atFirstValue { write(", ") }
        atFirstValue = false
        if let label {
            write(label)
            write(": ")
        }
    }

    /// Appends a date, `2026-05-01`.
    mutating func date(_ date: LocalDate) {
        date.forEachTextByte { bytes.append($0) }
    }

    /// Appends a date that may be missing: `Optional(2026-05-01)` or `nil`.
    mutating func optional(_ value: LocalDate?) {
        guard let value else { return write("nil") }
        write("Optional(")
        date(value)
        write(")")
    }

    /// Appends a truth value: `true` or `false`.
    mutating func flag(_ value: Bool) { value ? write("true") : write("false") }

    /// Appends `text` as it is: an identifier, written without quotes, as its description is.
    mutating func plain(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends a whole number in decimal.
    mutating func number(_ value: Int) { plain("\(value)") }

    /// Appends `text` as a string literal, as `String.debugDescription` writes it: in double quotes, with
    /// `\\`, `\"`, `\'`, `\0`, `\t`, `\n` and `\r` escaped, any other ASCII control character as `\u{1B}`,
    /// and every other character as it is. (Written here rather than called: `debugDescription` links the
    /// Unicode property tables, 25 KB, into the WebAssembly module.)
    mutating func quoted(_ text: String) {
        write("\"")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                bytes += [UInt8(ascii: "\\"), byte]
            case 0: write("\\0")
            case UInt8(ascii: "\t"): write("\\t")
            case UInt8(ascii: "\n"): write("\\n")
            case UInt8(ascii: "\r"): write("\\r")
            case 0x01..<0x20, 0x7F:
                write("\\u{")
                bytes += [Self.hex(byte >> 4), Self.hex(byte & 0xF)]
                write("}")
            default: bytes.append(byte)
            }
        }
        write("\"")
    }

    /// An upper-case hexadecimal digit.
    private static func hex(_ nibble: UInt8) -> UInt8 {
        nibble < 0xA ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 0xA
    }
}

extension ContractEvent {
    /// The event's text in a fingerprint: its reflected description, written without reflection.
    var fingerprintText: String {
        var w = DescriptionWriter()
        switch self {
        case .cancellation(let receivedOn, let channel):
            w.write("cancellation")
            w.notice(receivedOn, channel)
        case .parentTermination(let receivedOn, let channel, let requestedEndDate, let against):
            w.write("parentTermination")
            w.notice(receivedOn, channel, closing: false)
            w.next("requestedEndDate")
            w.optional(requestedEndDate)
            w.next("againstTermsChange")
            if let against {
                w.write("Optional(")
                w.qualified("TermsChangeNotice")
                w.open()
                w.next("informedOn")
                w.date(against.informedOn)
                w.next("proposedEffectiveDate")
                w.optional(against.proposedEffectiveDate)
                w.close()
                w.write(")")
            } else {
                w.write("nil")
            }
            w.close()
        case .change(let receivedOn, let channel, let requested):
            w.write("change")
            w.notice(receivedOn, channel, closing: false)
            w.next("requestedEffectiveDate")
            w.optional(requested)
            w.close()
        case .changeEndingService(let receivedOn, let channel, let requested):
            w.write("changeEndingService")
            w.notice(receivedOn, channel, closing: false)
            w.next("requestedEffectiveDate")
            w.optional(requested)
            w.close()
        case .priceChange(let announcedOn, let proposed):
            w.write("priceChange")
            w.announcement(announcedOn, proposed)
        case .priceIncrease(let announcedOn, let proposed):
            w.write("priceIncrease")
            w.announcement(announcedOn, proposed)
        case .termsChange(let informedOn, let proposed, let isMaterial):
            w.write("termsChange")
            w.open()
            w.next("informedOn")
            w.date(informedOn)
            w.next("proposedEffectiveDate")
            w.optional(proposed)
            w.next("isMaterial")
            w.flag(isMaterial)
            w.close()
        case .providerTermination(let noticeOn, let reason):
            w.write("providerTermination")
            w.open()
            w.next("noticeOn")
            w.date(noticeOn)
            w.next("reason")
            w.reason(reason)
            w.close()
        case .missingConsentFound(let on, let facts):
            w.write("missingConsentFound")
            w.open()
            w.next("on")
            w.date(on)
            w.next("facts")
            w.qualified("MissingConsentFacts")
            w.open()
            w.next("hasCourtRulingOrSettlement")
            w.flag(facts.hasCourtRulingOrSettlement)
            w.next("otherParentHasAuthority")
            w.flag(facts.otherParentHasAuthority)
            w.close()
            w.close()
        case .consentAgreed(let on):
            w.write("consentAgreed")
            w.open()
            w.next("on")
            w.date(on)
            w.close()
        case .dateReached(let date):
            w.write("dateReached")
            w.open()
            w.next()
            w.date(date)
            w.close()
        }
        return w.text
    }
}

extension DescriptionWriter {
    /// `(receivedOn: …, channel: ChildcareRules.Channel.…`, and `)` unless more follows.
    fileprivate mutating func notice(_ receivedOn: LocalDate, _ channel: Channel, closing: Bool = true) {
        open()
        next("receivedOn")
        date(receivedOn)
        next("channel")
        // The case's name (its code), not its raw value.
        qualified("Channel", channel.code)
        if closing { close() }
    }

    /// `(announcedOn: …, proposedEffectiveDate: …)`.
    fileprivate mutating func announcement(_ announcedOn: LocalDate, _ proposed: LocalDate) {
        open()
        next("announcedOn")
        date(announcedOn)
        next("proposedEffectiveDate")
        date(proposed)
        close()
    }

    /// A provider's reason: `ChildcareRules.ProviderTerminationReason.…`.
    fileprivate mutating func reason(_ reason: ProviderTerminationReason) {
        let member: String =
            switch reason {
            case .paymentDefault: "paymentDefault"
            case .extraCareNeed: "extraCareNeed"
            case .riskToOthers: "riskToOthers"
            case .disproportionateBurden: "disproportionateBurden"
            case .unableToPerform: "unableToPerform"
            case .businessNecessity: "businessNecessity"
            case .lossOfAuthority: "lossOfAuthority"
            case .disproportionateCareNeedOrBehaviour: "disproportionateCareNeedOrBehaviour"
            case .brokenRelationship: "brokenRelationship"
            case .other: "other"
            }
        qualified("ProviderTerminationReason", member)
        switch reason {
        case .paymentDefault(let since, let paidOn):
            open()
            next("since")
            date(since)
            next("paidOn")
            optional(paidOn)
            close()
        case .riskToOthers(let warned, let notExpected):
            open()
            next("warned")
            flag(warned)
            next("warningNotReasonablyExpected")
            flag(notExpected)
            close()
        case .other(let words):
            open()
            next()
            quoted(words)
            close()
        default: break
        }
    }
}

extension AccessEvent {
    /// The event's text in a fingerprint: its reflected description, written without reflection (a set of
    /// capabilities in the order of ``Capability/allCases``).
    var fingerprintText: String {
        var w = DescriptionWriter()
        switch self {
        case .accessRequested: w.write("accessRequested")
        case .identityEstablished: w.write("identityEstablished")
        case .termsAccepted: w.write("termsAccepted")
        case .separationReported: w.write("separationReported")
        case .v1ConsentWithdrawn: w.write("v1ConsentWithdrawn")
        case .v1ConsentConfirmed: w.write("v1ConsentConfirmed")
        case .safetyClaimDecided(let upheld):
            w.write("safetyClaimDecided")
            w.open()
            w.next("upheld")
            w.flag(upheld)
            w.close()
        case .blocked(let reason):
            w.write("blocked")
            w.open()
            w.next()
            w.qualified("BlockReason", reason.rawValue)
            w.close()
        case .blockImposed(let block):
            w.write("blockImposed")
            w.open()
            w.next()
            w.qualified("AccessBlock")
            w.open()
            w.next("reason")
            // Block reasons, capabilities and purposes are named by their raw values, which are their
            // case names.
            w.qualified("BlockReason", block.reason.rawValue)
            w.next("scope")
            switch block.scope {
            case .full:
                w.qualified("BlockScope", "full")
            case .partial(let capabilities):
                w.qualified("BlockScope", "partial")
                w.open()
                w.next()
                w.write("Set([")
                var first = true
                for capability in Capability.allCases where capabilities.contains(capability) {
                    if !first { w.write(", ") }
                    first = false
                    w.qualified("Capability", capability.rawValue)
                }
                w.write("])")
                w.close()
            }
            w.next("duration")
            switch block.duration {
            case .temporary(let until):
                w.qualified("BlockDuration", "temporary")
                w.open()
                w.next("until")
                w.date(until)
                w.close()
            case .untilLifted:
                w.qualified("BlockDuration", "untilLifted")
            }
            w.close()
            w.close()
        case .unblocked: w.write("unblocked")
        case .authorityLost: w.write("authorityLost")
        case .contractParentAccessEnded: w.write("contractParentAccessEnded")
        case .customerRelationshipEnded: w.write("customerRelationshipEnded")
        case .timePasses(let day):
            w.write("timePasses")
            w.open()
            w.next("toDay")
            w.number(day)
            w.close()
        case .photoConsent(let given):
            w.write("photoConsent")
            w.open()
            w.next()
            w.flag(given)
            w.close()
        case .diaryConsent(let given):
            w.write("diaryConsent")
            w.open()
            w.next()
            w.flag(given)
            w.close()
        case .childConsent(let child, let purpose, let given):
            w.write("childConsent")
            w.open()
            w.next()
            w.plain(child.rawValue)
            w.next()
            w.qualified("ConsentPurpose", purpose.rawValue)
            w.next("given")
            w.flag(given)
            w.close()
        case .earlierPhotosErased: w.write("earlierPhotosErased")
        case .earlierDiaryErased: w.write("earlierDiaryErased")
        }
        return w.text
    }
}
