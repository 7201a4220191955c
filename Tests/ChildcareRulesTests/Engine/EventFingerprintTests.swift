import Testing

@testable import ChildcareRules

/// The fingerprint is what a saved state keeps of each command, so its text must never change: a state
/// saved by an earlier version is answered from it (issue 16). These tests pin the fast fingerprint to the
/// definition: the kind, a colon, and the FNV-1a digest of each field's text in eight hex digits.
@Suite("Event fingerprints: the digest of each field's text, whatever the field holds")
struct EventFingerprintTests {
    /// The fingerprint as defined, from the payload's text.
    static func reference(_ event: EngineEvent) -> String {
        let fields = event.payload
        var text = (fields.first?.value ?? "") + ":"
        for field in fields.dropFirst() {
            var hash: UInt32 = 0x811C_9DC5
            for byte in field.value.utf8 {
                hash ^= UInt32(byte)
                hash = hash &* 0x0100_0193
            }
            let hex = String(hash, radix: 16)
            text += String(repeating: "0", count: 8 - hex.count) + hex
        }
        return text
    }

    static let minutes = [Int.min, -100, -1, 0, 1, 9, 10, 99, 100, 101, 1_000, 123_456_789, Int.max]

    @Test("A goodwill grant's minutes digest as their decimal text", arguments: minutes)
    func numbers(minutes: Int) {
        let event = EngineEvent.goodwill(contract: "c", minutes: minutes, reason: "r", grantedBy: "m")
        #expect(event.fingerprint == Self.reference(event))
    }

    @Test("A date digests as YYYY-MM-DD, on every first and last day of a month from 1996 to 2199")
    func dates() throws {
        for year in LocalDate.supportedYears {
            for month in 1...12 {
                let first = try LocalDate(year: year, month: month, day: 1)
                let last = try LocalDate(
                    year: year, month: month, day: LocalDate.daysInMonth(year: year, month: month))
                for date in [first, last] {
                    let events: [EngineEvent] = [
                        .absence(contract: "kind-noor", date: date),
                        .expiry(asOf: date),
                        .locationMove(from: "a", to: "b", firstDay: date),
                    ]
                    for event in events where event.fingerprint != Self.reference(event) {
                        Issue.record("\(event): \(event.fingerprint) is not \(Self.reference(event))")
                    }
                }
            }
        }
    }

    @Test("Every kind of event fingerprints as its payload's text")
    func kinds() throws {
        let start = try LocalDateTime("2026-03-10T12:00")
        let events: [EngineEvent] = [
            .absence(
                contract: "kind-noor", date: try LocalDate("2026-03-10"), channel: .email, appVersion: .v2),
            .absenceWithdrawn(contract: "kind-noor", date: try LocalDate("2026-03-10")),
            .extraCareRequested(
                booking: "b1", contract: "kind-noor", careStart: start, minutes: 180, withHours: true),
            .extraCareApproved(booking: "b1"), .extraCareRejected(booking: "b1"),
            .extraCareRequestWithdrawn(booking: "b1"), .extraCareCancelled(booking: "b1", channel: .email),
            .extraCareWithdrawnByProvider(booking: "b1"), .payoutRequested(contract: "kind-noor"),
            .hoursOffered(from: "kind-noor", forCareOf: "kind-sem"),
            .billing(contract: "kind-noor", schoolYear: 2026), .billing(contract: "kind-noor"),
            .waiver(contract: "kind-noor", waived: .notice, reason: "verhuizing", grantedBy: "manager"),
            .goodwill(contract: "kind-noor", minutes: 60, reason: "één keer", grantedBy: "manager"),
        ]
        for event in events {
            #expect(event.fingerprint == Self.reference(event))
        }
    }

    /// One contract event of every case, and of every variant of what a case holds.
    static func contractEvents() throws -> [ContractEvent] {
        let day = try LocalDate("2026-03-02")
        let later = try LocalDate("2026-05-01")
        var events: [ContractEvent] = Channel.allCases.map { .cancellation(receivedOn: day, channel: $0) }
        for end in [nil, later] {
            for notice in [nil, TermsChangeNotice(informedOn: day, proposedEffectiveDate: nil)] {
                events.append(
                    .parentTermination(
                        receivedOn: day, channel: .onlineForm, requestedEndDate: end,
                        againstTermsChange: notice))
            }
            events.append(
                .termsChangeTermination(
                    receivedOn: day, channel: .email, informedOn: day, proposedEffectiveDate: end))
            events.append(.change(receivedOn: day, channel: .letter, requestedEffectiveDate: end))
            events.append(.changeEndingService(receivedOn: day, channel: .phone, requestedEffectiveDate: end))
            for material in [false, true] {
                events.append(.termsChange(informedOn: day, proposedEffectiveDate: end, isMaterial: material))
            }
        }
        events += [
            .priceChange(announcedOn: day, proposedEffectiveDate: later),
            .priceIncrease(announcedOn: day, proposedEffectiveDate: later), .consentAgreed(on: day),
            .dateReached(later),
        ]
        let reasons: [ProviderTerminationReason] = [
            .paymentDefault(since: day, paidOn: nil), .paymentDefault(since: day, paidOn: later),
            .extraCareNeed,
            .riskToOthers(warned: true, warningNotReasonablyExpected: false),
            .riskToOthers(warned: false, warningNotReasonablyExpected: true), .disproportionateBurden,
            .unableToPerform, .businessNecessity, .lossOfAuthority, .disproportionateCareNeedOrBehaviour,
            .brokenRelationship, .other("criticised \"the location\"\non social media, één keer\t\\"),
        ]
        events += reasons.map { .providerTermination(noticeOn: day, reason: $0) }
        for ruling in [false, true] {
            for authority in [false, true] {
                events.append(
                    .missingConsentFound(
                        on: day, hasCourtRulingOrSettlement: ruling, otherParentHasAuthority: authority))
            }
        }
        return events
    }

    /// One access event of every case, and of every variant of what a case holds (sets of at most one
    /// capability: their order is the subject of another test).
    static func accessEvents() throws -> [AccessEvent] {
        var events: [AccessEvent] = [
            .accessRequested, .identityEstablished, .termsAccepted, .separationReported, .v1ConsentWithdrawn,
            .v1ConsentConfirmed, .safetyClaimDecided(upheld: true), .safetyClaimDecided(upheld: false),
            .unblocked, .authorityLost, .contractParentAccessEnded, .customerRelationshipEnded,
            .timePasses(toDay: 0), .timePasses(toDay: 42), .photoConsent(true), .photoConsent(false),
            .diaryConsent(true), .diaryConsent(false), .earlierPhotosErased, .earlierDiaryErased,
        ]
        events += BlockReason.allCases.map { .blocked($0) }
        events += ConsentPurpose.allCases.map { .childConsent("julia", $0, given: true) }
        events.append(.childConsent("sem", .photos, given: false))
        let scopes = [BlockScope.full, .partial([])] + Capability.allCases.map { BlockScope.partial([$0]) }
        for reason in BlockReason.allCases {
            for scope in scopes {
                for duration in [BlockDuration.untilLifted, .temporary(until: try LocalDate("2026-10-05"))] {
                    events.append(
                        .blockImposed(AccessBlock(reason: reason, scope: scope, duration: duration)))
                }
            }
        }
        return events
    }

    @Test("A contract event's text is its reflected description, written without reflection")
    func contractText() throws {
        for event in try Self.contractEvents() {
            #expect(event.fingerprintText == "\(event)")
        }
    }

    @Test("An access event's text is its reflected description, written without reflection")
    func accessText() throws {
        for event in try Self.accessEvents() {
            #expect(event.fingerprintText == "\(event)")
        }
    }

    @Test(
        "A partial block's capabilities are written in one order, however the set was built (a retry matches)"
    )
    func capabilityOrder() {
        let forward = AccessEvent.blockImposed(
            AccessBlock(reason: .misuse, scope: .partial([.privateMessages, .photos, .invoices])))
        var reversed = Set<Capability>()
        for capability in [Capability.invoices, .photos, .privateMessages] { reversed.insert(capability) }
        let backward = AccessEvent.blockImposed(AccessBlock(reason: .misuse, scope: .partial(reversed)))
        #expect(
            forward.fingerprintText
                == "blockImposed(ChildcareRules.AccessBlock(reason: ChildcareRules.BlockReason.misuse, "
                + "scope: ChildcareRules.BlockScope.partial(Set([ChildcareRules.Capability.privateMessages, "
                + "ChildcareRules.Capability.photos, ChildcareRules.Capability.invoices])), "
                + "duration: ChildcareRules.BlockDuration.untilLifted))")
        #expect(backward.fingerprintText == forward.fingerprintText)
        let event = EngineEvent.access("ouder-a", forward)
        #expect(event.fingerprint == EngineEvent.access("ouder-a", backward).fingerprint)
    }

    @Test("A reason in words is quoted as a string literal: every ASCII character, and others as they are")
    func quotedReason() throws {
        let day = try LocalDate("2026-11-16")
        var ascii = ""
        for value in UInt8(0)..<0x80 { ascii.unicodeScalars.append(Unicode.Scalar(value)) }
        let samples = [
            ascii, "één keer", "zero\u{200B}width", "\u{85}\u{A0}\u{AD}\u{2028}\u{FEFF}", "👍🏽 e\u{301}", "",
        ]
        for words in samples {
            let event = ContractEvent.providerTermination(noticeOn: day, reason: .other(words))
            #expect(event.fingerprintText == "\(event)")
        }
    }

    @Test(
        "The extra-care desk writes a channel into the operation it keeps for a retry as it always did, by its case name, without reflection",
        arguments: Channel.allCases)
    func deskChannelText(channel: Channel) {
        #expect(channel.code == "\(channel)")
    }
}
