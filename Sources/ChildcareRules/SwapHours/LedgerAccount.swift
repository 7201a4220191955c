/// One swap-hours account: the hours of one child for one kind of service.
///
/// Swap hours are bound to the service that earned them (TSO terms art. 5 lid 2: "zijn alleen inzetbaar
/// voor tso en niet voor andere diensten") and to the child (lid 3: "kindgebonden"). They are not bound
/// to a location: moving to another location keeps them (lid 6), so the location is not part of the key.
///
/// ```swift
/// let account = LedgerAccount(child: "child-noor", service: .tso)
/// ```
public struct LedgerAccount: Sendable, Hashable {
    /// The child the hours belong to.
    public let child: ChildID
    /// The service the hours were earned on and may be used for.
    public let service: ServiceKind

    /// Creates an account key.
    public init(child: ChildID, service: ServiceKind) {
        self.child = child
        self.service = service
    }

    /// The account of a contract's child and service.
    public init(_ contract: Contract) {
        self.init(child: contract.child, service: contract.service)
    }
}

extension LedgerAccount: Comparable {
    /// Accounts sort by child, then by service.
    public static func < (lhs: LedgerAccount, rhs: LedgerAccount) -> Bool {
        (lhs.child.rawValue, lhs.service.rawValue) < (rhs.child.rawValue, rhs.service.rawValue)
    }
}

extension LedgerAccount: CustomStringConvertible {
    /// `child-noor/tso`.
    public var description: String { "\(child)/\(service.rawValue)" }
}

#if !hasFeature(Embedded)
    extension LedgerAccount: Codable {}
#endif
