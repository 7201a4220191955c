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

/// Writes the parts of a reflected description: `name(label: value, …)`.
private struct DescriptionWriter {
    private(set) var text = ""

    /// Starts a case or a type, such as `cancellation` or `ChildcareRules.AccessBlock`.
    init(_ name: String) { text = name }

    /// Adds a payload: `(`, the labelled values separated by `, `, and `)`.
    mutating func payload(_ fields: [(label: String?, value: String)]) {
        text += "("
        for (index, field) in fields.enumerated() {
            if index > 0 { text += ", " }
            if let label = field.label { text += label + ": " }
            text += field.value
        }
        text += ")"
    }

    /// `name(label: value, …)` in one call.
    static func write(_ name: String, _ fields: [(label: String?, value: String)]) -> String {
        var writer = DescriptionWriter(name)
        writer.payload(fields)
        return writer.text
    }

    /// A date that may be missing: `Optional(2026-05-01)` or `nil`.
    static func optional(_ date: LocalDate?) -> String { date.map { "Optional(\($0))" } ?? "nil" }

    /// A truth value: `true` or `false`.
    static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    /// The module's name, with which nested types are qualified.
    static let module = "ChildcareRules."
}

extension ContractEvent {
    /// The event's text in a fingerprint: its reflected description, written without reflection.
    var fingerprintText: String {
        typealias W = DescriptionWriter
        switch self {
        case .cancellation(let receivedOn, let channel):
            return W.write(
                "cancellation", [("receivedOn", "\(receivedOn)"), ("channel", channel.fingerprintText)])
        case .parentTermination(let receivedOn, let channel, let requestedEndDate, let notice):
            let against =
                notice.map { notice in
                    "Optional("
                        + W.write(
                            W.module + "TermsChangeNotice",
                            [
                                ("informedOn", "\(notice.informedOn)"),
                                ("proposedEffectiveDate", W.optional(notice.proposedEffectiveDate)),
                            ]) + ")"
                } ?? "nil"
            return W.write(
                "parentTermination",
                [
                    ("receivedOn", "\(receivedOn)"), ("channel", channel.fingerprintText),
                    ("requestedEndDate", W.optional(requestedEndDate)), ("againstTermsChange", against),
                ])
        case .change(let receivedOn, let channel, let requested):
            return W.write(
                "change",
                [
                    ("receivedOn", "\(receivedOn)"), ("channel", channel.fingerprintText),
                    ("requestedEffectiveDate", W.optional(requested)),
                ])
        case .changeEndingService(let receivedOn, let channel, let requested):
            return W.write(
                "changeEndingService",
                [
                    ("receivedOn", "\(receivedOn)"), ("channel", channel.fingerprintText),
                    ("requestedEffectiveDate", W.optional(requested)),
                ])
        case .priceChange(let announcedOn, let proposed):
            return W.write(
                "priceChange", [("announcedOn", "\(announcedOn)"), ("proposedEffectiveDate", "\(proposed)")])
        case .priceIncrease(let announcedOn, let proposed):
            return W.write(
                "priceIncrease",
                [("announcedOn", "\(announcedOn)"), ("proposedEffectiveDate", "\(proposed)")])
        case .termsChange(let informedOn, let proposed, let isMaterial):
            return W.write(
                "termsChange",
                [
                    ("informedOn", "\(informedOn)"), ("proposedEffectiveDate", W.optional(proposed)),
                    ("isMaterial", W.flag(isMaterial)),
                ])
        case .providerTermination(let noticeOn, let reason):
            return W.write(
                "providerTermination", [("noticeOn", "\(noticeOn)"), ("reason", reason.fingerprintText)])
        case .missingConsentFound(let on, let facts):
            let written = W.write(
                W.module + "MissingConsentFacts",
                [
                    ("hasCourtRulingOrSettlement", W.flag(facts.hasCourtRulingOrSettlement)),
                    ("otherParentHasAuthority", W.flag(facts.otherParentHasAuthority)),
                ])
            return W.write("missingConsentFound", [("on", "\(on)"), ("facts", written)])
        case .consentAgreed(let on):
            return W.write("consentAgreed", [("on", "\(on)")])
        case .dateReached(let date):
            return W.write("dateReached", [(nil, "\(date)")])
        }
    }
}

extension ProviderTerminationReason {
    /// The reason as it is written inside an event's description: `ChildcareRules.ProviderTerminationReason.…`.
    fileprivate var fingerprintText: String {
        typealias W = DescriptionWriter
        let name = W.module + "ProviderTerminationReason."
        return switch self {
        case .paymentDefault(let since, let paidOn):
            W.write(name + "paymentDefault", [("since", "\(since)"), ("paidOn", W.optional(paidOn))])
        case .extraCareNeed: name + "extraCareNeed"
        case .riskToOthers(let warned, let notExpected):
            W.write(
                name + "riskToOthers",
                [("warned", W.flag(warned)), ("warningNotReasonablyExpected", W.flag(notExpected))])
        case .disproportionateBurden: name + "disproportionateBurden"
        case .unableToPerform: name + "unableToPerform"
        case .businessNecessity: name + "businessNecessity"
        case .lossOfAuthority: name + "lossOfAuthority"
        case .disproportionateCareNeedOrBehaviour: name + "disproportionateCareNeedOrBehaviour"
        case .brokenRelationship: name + "brokenRelationship"
        case .other(let words): W.write(name + "other", [(nil, words.debugDescription)])
        }
    }
}

extension Channel {
    /// The channel as it is written inside an event's description: the case's name, not its raw value.
    fileprivate var fingerprintText: String {
        let name =
            switch self {
            case .app: "app"
            case .staff: "staff"
            case .email: "email"
            case .onlineForm: "onlineForm"
            case .letter: "letter"
            case .phone: "phone"
            case .oral: "oral"
            }
        return DescriptionWriter.module + "Channel." + name
    }
}

extension AccessEvent {
    /// The event's text in a fingerprint: its reflected description, written without reflection (a set of
    /// capabilities in the order of ``Capability/allCases``).
    var fingerprintText: String {
        typealias W = DescriptionWriter
        switch self {
        case .accessRequested: return "accessRequested"
        case .identityEstablished: return "identityEstablished"
        case .termsAccepted: return "termsAccepted"
        case .separationReported: return "separationReported"
        case .v1ConsentWithdrawn: return "v1ConsentWithdrawn"
        case .v1ConsentConfirmed: return "v1ConsentConfirmed"
        case .safetyClaimDecided(let upheld):
            return W.write("safetyClaimDecided", [("upheld", W.flag(upheld))])
        case .blocked(let reason): return W.write("blocked", [(nil, Self.text(reason))])
        case .blockImposed(let block):
            let scope =
                switch block.scope {
                case .full: W.module + "BlockScope.full"
                case .partial(let capabilities):
                    W.write(
                        W.module + "BlockScope.partial",
                        [
                            (
                                nil,
                                "Set(["
                                    + Capability.allCases.filter { capabilities.contains($0) }
                                    .map { W.module + "Capability." + $0.rawValue }.joined(separator: ", ")
                                    + "])"
                            )
                        ])
                }
            let duration =
                switch block.duration {
                case .temporary(let until):
                    W.write(W.module + "BlockDuration.temporary", [("until", "\(until)")])
                case .untilLifted: W.module + "BlockDuration.untilLifted"
                }
            let written = W.write(
                W.module + "AccessBlock",
                [("reason", Self.text(block.reason)), ("scope", scope), ("duration", duration)])
            return W.write("blockImposed", [(nil, written)])
        case .unblocked: return "unblocked"
        case .authorityLost: return "authorityLost"
        case .contractParentAccessEnded: return "contractParentAccessEnded"
        case .customerRelationshipEnded: return "customerRelationshipEnded"
        case .timePasses(let day): return W.write("timePasses", [("toDay", "\(day)")])
        case .photoConsent(let given): return W.write("photoConsent", [(nil, W.flag(given))])
        case .diaryConsent(let given): return W.write("diaryConsent", [(nil, W.flag(given))])
        case .childConsent(let child, let purpose, let given):
            return W.write(
                "childConsent",
                [
                    (nil, child.rawValue), (nil, W.module + "ConsentPurpose." + purpose.rawValue),
                    ("given", W.flag(given)),
                ])
        case .earlierPhotosErased: return "earlierPhotosErased"
        case .earlierDiaryErased: return "earlierDiaryErased"
        }
    }

    /// A block reason inside a description: the case's name (its raw value is the same).
    private static func text(_ reason: BlockReason) -> String {
        DescriptionWriter.module + "BlockReason." + reason.rawValue
    }
}
