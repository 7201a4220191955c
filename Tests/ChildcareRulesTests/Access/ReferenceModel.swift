import ChildcareRules

/// An independent reading of the app terms, written as a literal if-chain straight from the text,
/// without reusing any production helper. The state search checks that production agrees with it on
/// every reachable state.
enum ReferenceModel {
    struct Answer: Equatable, CustomStringConvertible {
        var version: AppVersion?
        var capabilities: Set<Capability>

        var description: String {
            "version \(version?.rawValue ?? "none"): \(capabilities.map(\.rawValue).sorted().joined(separator: ","))"
        }
    }

    static func answer(_ facts: AccessFacts) -> Answer {
        let none = Answer(version: nil, capabilities: [])
        // TSO art. 2 lid 3 sub d.1: a parent without authority gets written information, never the app.
        if !facts.hasAuthority { return none }
        // App terms art. 2 sub a: the other parent only when they ask.
        if facts.role == .otherParent && !facts.requested { return none }
        // App terms art. 2 sub b: identified by Partou.
        if !facts.identified { return none }
        // App terms art. 2 sub c: accepted the terms.
        if !facts.termsAccepted { return none }
        // App terms art. 8: blocked on any ground.
        if facts.block != nil { return none }
        // App terms art. 3 / TSO art. 2 lid 3 sub d.4: refused after the strict safety test.
        if facts.safetyRefused { return none }
        // App terms art. 10: no access when the contract parent has none.
        if !facts.contractParentHasAccess { return none }
        // App terms art. 10: access ends 6 weeks (42 days) after the customer relationship ends.
        if let days = facts.daysAfterEnd, days >= 42 { return none }

        // App terms art. 3: version 1 for a family, kept after a separation until consent is withdrawn.
        var version = AppVersion.v2
        if facts.role == .contractParent { version = .v1 }
        if facts.role == .otherParent && facts.isFamily && facts.v1Consent { version = .v1 }
        if facts.role == .otherParent && facts.separated && facts.v1Consent { version = .v1 }

        // App privacy statement: without consent only location info, news, absence, messages.
        var capabilities: Set<Capability> = [.locationInfo, .newsletters, .announcements, .reportAbsence]
        capabilities.insert(.privateMessages)
        if !facts.photoConsent && !facts.diaryConsent {
            return Answer(version: version, capabilities: capabilities)
        }
        capabilities.insert(.childInfo)
        if facts.photoConsent { capabilities.insert(.photos) }
        if facts.diaryConsent { capabilities.insert(.diary) }
        // App terms art. 3 and 4 ("Let op"): data, requests and changes for version 1 only.
        if version == .v1 {
            capabilities.insert(.contractParentData)
            capabilities.insert(.invoices)
            capabilities.insert(.requestExtraCare)
            capabilities.insert(.useSwapHours)
            capabilities.insert(.submitChanges)
        }
        return Answer(version: version, capabilities: capabilities)
    }
}
