/// What a user sees and may do in the parent app: the version, the capabilities with the rule that
/// granted each, and, without access, every ground of denial.
public struct AccessOutcome: Sendable, Hashable, Codable {
    /// The app version, or `nil` when the user has no app access.
    public let version: AppVersion?
    /// The capabilities, sorted by key (``Capability`` is `Comparable`).
    public let capabilities: [Capability]
    /// Each capability with the rule that granted it, in the order of ``capabilities``.
    public let grants: [CapabilityGrant]
    /// Every ground of denial that applies; empty exactly when the user has access.
    public let denials: [AccessDenial]

    /// Creates an outcome from grants; the capabilities are derived and sorted.
    public init(version: AppVersion?, grants: [CapabilityGrant], denials: [AccessDenial]) {
        let sorted = grants.sorted { $0.capability < $1.capability }
        self.version = version
        self.grants = sorted
        self.capabilities = sorted.map(\.capability)
        self.denials = denials
    }

    /// Whether the user has app access.
    public var hasAccess: Bool { version != nil }

    /// Whether the user has `capability`.
    public func allows(_ capability: Capability) -> Bool { capabilities.contains(capability) }

    /// The rule that granted `capability`, or `nil` when it is denied.
    public func rule(for capability: Capability) -> AccessGrantRule? {
        grants.first { $0.capability == capability }?.rule
    }
}
