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
        // TSO art. 2 lid 3 sub d.1: an other parent without authority gets written information, never the
        // app. App terms art. 2 sub a names the contract parent without a condition (I-301).
        if facts.role == .otherParent && !facts.hasAuthority { return none }
        // App terms art. 2 sub a: the other parent only when they ask.
        if facts.role == .otherParent && !facts.requested { return none }
        // App terms art. 2 sub b: identified by Partou.
        if !facts.identified { return none }
        // App terms art. 2 sub c: accepted the terms.
        if !facts.termsAccepted { return none }
        // App terms art. 8: a full block on any ground.
        if facts.block != nil && facts.blockScope == .full { return none }
        // App terms art. 3 / TSO art. 2 lid 3 sub d.4: the other parent refused after the strict safety test.
        if facts.role == .otherParent && facts.safetyRefused { return none }
        // App terms art. 10: no access when the contract parent has none.
        if !facts.contractParentHasAccess { return none }
        // Privacy statement: 8 weeks (56 days) of visibility after the end; nothing after.
        if let days = facts.daysAfterEnd, days >= 56 { return none }

        // App terms art. 3: version 1 for a family, kept after a separation until consent is withdrawn.
        var version = AppVersion.v2
        if facts.role == .contractParent { version = .v1 }
        if facts.role == .otherParent && facts.isFamily && facts.v1Consent { version = .v1 }
        if facts.role == .otherParent && facts.separated && facts.v1Consent { version = .v1 }

        var capabilities: Set<Capability> = []
        let ended = facts.daysAfterEnd.map { $0 >= 42 } ?? false
        if ended {
            // Days 42–55: only the child's data, to look at and download.
            capabilities.insert(.childInfo)
        } else {
            // Open to everyone with the app, with or without consent (AVG art. 7 lid 4).
            capabilities.formUnion([
                .announcements, .locationInfo, .newsletters, .privateMessages, .childInfo,
            ])
            // Version 1 only: absence, data, requests, changes (App terms art. 3 and 4).
            if version == .v1 {
                capabilities.formUnion([
                    .reportAbsence, .contractParentData, .invoices, .requestExtraCare, .useSwapHours,
                    .submitChanges,
                ])
            }
        }
        // Consent gates photos and the diary; what was collected with consent stays after a withdrawal.
        if facts.photoConsent {
            capabilities.insert(.photos)
        } else if facts.earlierPhotos {
            capabilities.insert(.earlierPhotos)
        }
        if facts.diaryConsent {
            capabilities.insert(.diary)
        } else if facts.earlierDiary {
            capabilities.insert(.earlierDiary)
        }
        // App terms art. 8 "aanpassen": a partial block withholds its capabilities.
        if facts.block != nil, case .partial(let withheld) = facts.blockScope {
            capabilities.subtract(withheld)
        }
        // I-303: until the contract parent answers the separation prompt, none of their data.
        if facts.role == .otherParent && facts.v1ConfirmationPending {
            capabilities.remove(.contractParentData)
            capabilities.remove(.invoices)
        }
        return Answer(version: version, capabilities: capabilities)
    }
}
