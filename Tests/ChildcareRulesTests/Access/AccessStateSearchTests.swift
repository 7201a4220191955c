import ChildcareRules
import Testing

/// Exhaustive state search over one user's app access, in the manner of TLC and stateright: every state
/// reachable from the initial states under every event, with a visited set and a parent map so that a
/// failure prints the trace that led to it.
@Suite("App access state search — App terms art. 2, 3, 8, 10; TSO terms art. 2 lid 3")
struct AccessStateSearchTests {
    /// The events of the search. Time is abstracted to the days that matter: 0, 41 (last day with access)
    /// and 42 (first day without).
    static let events: [AccessEvent] =
        [
            .accessRequested, .identityEstablished, .termsAccepted, .separationReported, .v1ConsentWithdrawn,
            .safetyClaimDecided(upheld: true), .safetyClaimDecided(upheld: false), .unblocked, .authorityLost,
            .contractParentAccessEnded, .customerRelationshipEnded, .timePasses(toDay: 41),
            .timePasses(toDay: 42),
            .photoConsent(true), .photoConsent(false), .diaryConsent(true), .diaryConsent(false),
        ] + BlockReason.allCases.map { AccessEvent.blocked($0) }

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

    /// Contract parent: authority 2 × family/consent/separated 6 × identified 2 × terms 2 × block 5 ×
    /// own access 2 × day (none, 0, 41, 42) 4 × photo 2 × diary 2 = 7,680. The other parent adds requested 2 ×
    /// safety refused 2: 30,720. Together 38,400; with 21 events, 806,400 transitions.
    @Test("The reachable state space is pinned: 38,400 states, 806,400 transitions")
    func stateCount() {
        #expect(Self.events.count == 21)
        #expect(Self.graph.order.count == 38_400)
        #expect(Self.graph.order.filter { $0.role == .contractParent }.count == 7_680)
        #expect(Self.graph.transitions == 806_400)
    }

    @Test("Always: every safety property holds in every reachable state (failures print their trace)")
    func always() throws {
        var failures = 0
        for state in Self.graph.order {
            let outcome = try AppAccess.outcome(state)
            var broken: [String] = []
            if !state.hasAuthority && !outcome.capabilities.isEmpty {
                broken.append("no authority, yet capabilities")
            }
            if outcome.version == .v2 && !Capability.versionOneOnly.isDisjoint(with: outcome.capabilities) {
                broken.append("version 2 with private, contract, invoice, request or change capabilities")
            }
            if state.role == .otherParent && !state.contractParentHasAccess && outcome.hasAccess {
                broken.append("other parent has access while the contract parent has none")
            }
            if (state.block != nil || state.safetyRefused) && !outcome.capabilities.isEmpty {
                broken.append("blocked or refused user has capabilities")
            }
            if let days = state.daysAfterEnd, days >= 42, outcome.hasAccess || !outcome.capabilities.isEmpty {
                broken.append("access on day \(days) after the end")
            }
            if outcome.hasAccess != !outcome.capabilities.isEmpty {
                broken.append("version and capabilities disagree")
            }
            if outcome.hasAccess != outcome.denials.isEmpty { broken.append("access and denials disagree") }
            if outcome.grants.map(\.capability) != outcome.capabilities
                || outcome.capabilities != outcome.capabilities.sorted()
            {
                broken.append("capabilities not sorted or not each granted by a rule")
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

    @Test("Sometimes: version 1, version 2, blocked, and ended-but-in-the-6-week-window are each reachable")
    func sometimes() throws {
        var v1 = false
        var v2 = false
        var blocked = false
        var inWindow = false
        var lastDay = false
        for state in Self.graph.order {
            let outcome = try AppAccess.outcome(state)
            v1 = v1 || (state.role == .otherParent && outcome.version == .v1)
            v2 = v2 || outcome.version == .v2
            blocked = blocked || (state.block != nil && state.role == .otherParent && state.identified)
            if let days = state.daysAfterEnd, outcome.hasAccess {
                inWindow = true
                lastDay = lastDay || days == 41
            }
        }
        #expect(v1)
        #expect(v2)
        #expect(blocked)
        #expect(inWindow)
        #expect(lastDay, "day 41 is reachable with access")
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
        for state in Self.graph.order where state.identified && state.termsAccepted {
            let decision = try AppAccess.decide(state)
            #expect(!decision.citations.isEmpty)
            #expect(!decision.explanation.en.isEmpty && !decision.explanation.nl.isEmpty)
        }
    }
}
