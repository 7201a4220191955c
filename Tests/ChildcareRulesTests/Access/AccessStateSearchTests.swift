import ChildcareRules
import Testing

/// Exhaustive state search over one user's app access, in the manner of TLC and stateright: every state
/// reachable from the initial states under every event, with a visited set and a parent map so that a
/// failure prints the trace that led to it.
@Suite("App access state search — App terms art. 2, 3, 8, 10; TSO terms art. 2 lid 3")
struct AccessStateSearchTests {
    /// The events of the search. Time is abstracted to the days that matter: 0, 41 (last day of use),
    /// 42 (first day with the data visible only) and 56 (first day without anything). Blocks: a full block
    /// until lifted on each ground, a partial one (messages and photos) and a temporary full one.
    static let events: [AccessEvent] =
        [
            .accessRequested, .identityEstablished, .termsAccepted, .separationReported, .v1ConsentWithdrawn,
            .v1ConsentConfirmed,
            .safetyClaimDecided(upheld: true), .safetyClaimDecided(upheld: false), .unblocked, .authorityLost,
            .contractParentAccessEnded, .customerRelationshipEnded, .timePasses(toDay: 41),
            .timePasses(toDay: 42), .timePasses(toDay: 56),
            .photoConsent(true), .photoConsent(false), .earlierPhotosErased, .diaryConsent(true),
            .diaryConsent(false),
            .blocked(.identity), .blocked(.misuse),
            .blockImposed(AccessBlock(reason: .misuse, scope: .partial([.privateMessages, .photos]))),
            .blockImposed(
                AccessBlock(reason: .safety, duration: .temporary(until: LocalDate(unchecked: 2026, 10, 5)))),
        ]

    /// A fresh user: nothing requested, identified or accepted yet, no consents, relationship running.
    static var initialStates: [AccessFacts] {
        var states: [AccessFacts] = []
        for role in AppUserRole.allCases {
            for authority in [true, false] {
                for family in [true, false] {
                    for consent in [true, false] {
                        states.append(
                            AccessFacts(
                                role: role, hasAuthority: authority, isFamily: family, v1Consent: consent,
                                separated: false, requested: role == .contractParent, identified: false,
                                termsAccepted: false, block: nil, safetyRefused: false,
                                contractParentHasAccess: true, daysAfterEnd: nil, photoConsent: false,
                                diaryConsent: false))
                    }
                }
            }
        }
        return states
    }

    struct Graph {
        var parent: [AccessFacts: (AccessFacts, AccessEvent)?] = [:]
        var order: [AccessFacts] = []
        var transitions = 0

        func trace(to state: AccessFacts) -> String {
            var steps: [String] = []
            var current = state
            while case .some(.some(let (previous, event))) = parent[current] {
                steps.append("\(event)")
                current = previous
            }
            return "initial \(current) then " + steps.reversed().joined(separator: " → ")
        }
    }

    static let graph: Graph = {
        var graph = Graph()
        var queue: [AccessFacts] = []
        for state in initialStates where graph.parent[state] == nil {
            graph.parent[state] = .some(nil)
            queue.append(state)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            graph.order.append(state)
            for event in events {
                let next = AppAccessMachine.apply(event, to: state)
                graph.transitions += 1
                if graph.parent[next] == nil {
                    graph.parent[next] = .some((state, event))
                    queue.append(next)
                }
            }
        }
        return graph
    }()

    /// The count is pinned so that a change to the machine or the events shows up here; Docs/Reliability.md
    /// reports it.
    @Test("The reachable state space is pinned: 217,600 states, 5,222,400 transitions")
    func stateCount() {
        #expect(Self.events.count == 24)
        #expect(Self.graph.order.count == 217_600)
        #expect(Self.graph.transitions == 5_222_400)
    }

    @Test("Always: every safety property holds in every reachable state (failures print their trace)")
    func always() throws {
        var failures = 0
        for state in Self.graph.order {
            let outcome = try AppAccess.outcome(state)
            var broken: [String] = []
            if state.role == .otherParent && !state.hasAuthority && !outcome.capabilities.isEmpty {
                broken.append("other parent without authority, yet capabilities")
            }
            if outcome.version == .v2 && !Capability.versionOneOnly.isDisjoint(with: outcome.capabilities) {
                broken.append(
                    "version 2 with private, contract, invoice, absence, request or change capabilities")
            }
            if state.role == .otherParent && !state.contractParentHasAccess && outcome.hasAccess {
                broken.append("other parent has access while the contract parent has none")
            }
            if ((state.block != nil && state.blockScope == .full)
                || (state.role == .otherParent && state.safetyRefused))
                && !outcome.capabilities.isEmpty
            {
                broken.append("fully blocked or refused user has capabilities")
            }
            if state.block != nil, case .partial(let withheld) = state.blockScope,
                !withheld.isDisjoint(with: outcome.capabilities)
            {
                broken.append("a partial block's capability is shown")
            }
            if state.role == .otherParent && state.v1ConfirmationPending
                && (outcome.allows(.contractParentData) || outcome.allows(.invoices))
            {
                broken.append("the contract parent's data shown before the separation prompt is answered")
            }
            if let days = state.daysAfterEnd, days >= 42,
                !Set(outcome.capabilities).isSubset(of: [
                    .childInfo, .photos, .diary, .earlierPhotos, .earlierDiary,
                ])
            {
                broken.append("more than the child's data on day \(days) after the end")
            }
            if let days = state.daysAfterEnd, days >= 56, outcome.hasAccess || !outcome.capabilities.isEmpty {
                broken.append("anything visible on day \(days) after the end")
            }
            if outcome.hasAccess != outcome.denials.isEmpty { broken.append("access and denials disagree") }
            if outcome.grants.map(\.capability) != outcome.capabilities
                || outcome.capabilities != outcome.capabilities.sorted()
            {
                broken.append("capabilities not sorted or not each granted by a rule")
            }
            // A refusal always names the information right.
            if outcome.isRefusalOrReduction && outcome.informationRight == nil {
                broken.append("a refusal or reduction without the information right")
            }
            // No photo reaches a parent while any authority parent refuses: this one, or the other one.
            if (!state.photoConsent || state.ownPhotoChoice == .withdrawn) && outcome.allows(.photos) {
                broken.append("a photo shown while consent is refused")
            }
            var otherRefuses = state
            otherRefuses.photoConsent = MediaConsent.effective(
                (state.hasAuthority ? [state.ownPhotoChoice] : []) + [.withdrawn])
            if try AppAccess.outcome(otherRefuses).allows(.photos) {
                broken.append("a photo shown while the other parent with authority refuses")
            }
            if outcome.allows(.earlierPhotos) && !state.earlierPhotos {
                broken.append("earlier photos shown that were never collected with consent")
            }
            // Refusing consent never removes a non-media capability.
            var consenting = state
            consenting.photoConsent = true
            consenting.diaryConsent = true
            let withConsent = try AppAccess.outcome(consenting)
            if withConsent.capabilities.filter({ !Capability.media.contains($0) })
                != outcome.capabilities.filter({ !Capability.media.contains($0) })
            {
                broken.append("refusing consent removed a non-media capability")
            }
            if !broken.isEmpty {
                failures += 1
                if failures <= 3 {
                    Issue.record(
                        "\(broken.joined(separator: "; ")) in \(state)\n  trace: \(Self.graph.trace(to: state))"
                    )
                }
            }
        }
        #expect(failures == 0)
    }

    @Test(
        "Sometimes: version 1, version 2, blocked, partly blocked, prompted, visible only, and the 6-week window are each reachable"
    )
    func sometimes() throws {
        var v1 = false
        var v2 = false
        var blocked = false
        var inWindow = false
        var lastDay = false
        var partial = false
        var prompted = false
        var visibleOnly = false
        var earlier = false
        for state in Self.graph.order {
            let outcome = try AppAccess.outcome(state)
            partial = partial || (outcome.hasAccess && !outcome.withheld.isEmpty && state.block != nil)
            prompted = prompted || (state.v1ConfirmationPending && outcome.version == .v1)
            visibleOnly = visibleOnly || outcome.visibleOnly
            earlier = earlier || outcome.allows(.earlierPhotos)
            v1 = v1 || (state.role == .otherParent && outcome.version == .v1)
            v2 = v2 || outcome.version == .v2
            blocked = blocked || (state.block != nil && state.role == .otherParent && state.identified)
            if let days = state.daysAfterEnd, outcome.hasAccess, !outcome.visibleOnly {
                inWindow = true
                lastDay = lastDay || days == 41
            }
        }
        #expect(v1)
        #expect(v2)
        #expect(blocked)
        #expect(inWindow)
        #expect(lastDay, "day 41 is reachable with access")
        #expect(partial && prompted && visibleOnly && earlier)
    }

    @Test("The literal reference model gives the same version and capabilities on every reachable state")
    func referenceModel() throws {
        var mismatches = 0
        for state in Self.graph.order {
            let outcome = try AppAccess.outcome(state)
            let production = ReferenceModel.Answer(
                version: outcome.version, capabilities: Set(outcome.capabilities))
            let reference = ReferenceModel.answer(state)
            if production != reference {
                mismatches += 1
                if mismatches <= 3 {
                    Issue.record(
                        "production \(production) ≠ reference \(reference) in \(state)\n  trace: \(Self.graph.trace(to: state))"
                    )
                }
            }
        }
        #expect(mismatches == 0)
    }

    @Test("Every reachable state gets an explained decision that cites at least one clause")
    func explained() throws {
        // Every state a parent can see explained: identified, terms accepted, and (to keep the run short) the
        // diary as the photos' twin left at no answer.
        var failures = 0
        for state in Self.graph.order
        where state.identified && state.termsAccepted && state.ownDiaryChoice == .notExpressed {
            let decision = try AppAccess.decide(state)
            let named =
                decision.outcome.informationRight == nil
                || (decision.explanation.nl.contains("belang van het kind")
                    && decision.explanation.en.contains("child's interest"))
            if decision.citations.isEmpty || decision.explanation.en.isEmpty || !named {
                failures += 1
                if failures <= 3 { Issue.record("unexplained \(state)") }
            }
        }
        #expect(failures == 0)
    }
}
