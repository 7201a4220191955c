/// What a user sees and may do in the parent app: the version, the capabilities with the rule that
/// granted each, and, without access, every ground of denial.
public struct AccessOutcome: Sendable, Hashable {
    /// The app version, or `nil` when the user has no app access.
    public let version: AppVersion?
    /// The capabilities, sorted by key (``Capability`` is `Comparable`).
    public let capabilities: [Capability]
    /// Each capability with the rule that granted it, in the order of ``capabilities``.
    public let grants: [CapabilityGrant]
    /// Every ground of denial that applies; empty exactly when the user has access.
    public let denials: [AccessDenial]
    /// Whether the use of the app has ended and only the child's data stays visible and downloadable
    /// (days 42 to 55 after the customer relationship; I-306).
    public let visibleOnly: Bool
    /// The capabilities the user's version would show but a partial block, a pending separation prompt or
    /// the end of the app withholds, sorted.
    public let withheld: [Capability]
    /// The right to written information, present on every refusal or reduction of access: no access,
    /// version 2, a partial block, a pending separation prompt, or visibility only (I-304).
    public let informationRight: InformationRight?
    /// Per child, what of the photos and the diary the user is shown, when the case has more than one
    /// child (I-316): a photo of a child is shown only while consent for that child holds; what was
    /// collected earlier with consent stays shown. Empty for a case with one child, and without access.
    public let media: [ChildMedia]

    /// Creates an outcome from grants; the capabilities are derived and sorted.
    public init(
        version: AppVersion?, grants: [CapabilityGrant], denials: [AccessDenial], visibleOnly: Bool = false,
        withheld: [Capability] = [], informationRight: InformationRight? = nil, media: [ChildMedia] = []
    ) {
        let sorted = grants.sorted { $0.capability < $1.capability }
        self.version = version
        self.grants = sorted
        self.capabilities = sorted.map { $0.capability }
        self.denials = denials
        self.visibleOnly = visibleOnly
        self.withheld = withheld.sorted()
        self.informationRight = informationRight
        self.media = media
    }

    /// Whether access is refused or reduced: no access, version 2, visibility only, or some capability
    /// withheld. Each such outcome carries ``informationRight``.
    public var isRefusalOrReduction: Bool {
        version != .v1 || visibleOnly || !withheld.isEmpty
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

#if !hasFeature(Embedded)
    extension AccessOutcome: Codable {}
#endif
