/// A typed identifier, in the manner of `pointfreeco/swift-tagged`: a child's id can never be
/// passed where a contract's id is expected, although both are text underneath.
///
/// ```swift
/// let noor: ChildID = "child-noor"
/// let contract: ContractID = "contract-42"
/// // noor == contract   // does not compile
/// ```
public struct Identifier<Tag>: RawRepresentable {
    /// The identifier's text.
    public let rawValue: String

    /// Wraps a text as an identifier.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a text as an identifier.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }
}

extension Identifier: Sendable {}

extension Identifier: Hashable {}

extension Identifier: Comparable {
    /// Identifiers sort by their text.
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Identifier: ExpressibleByStringLiteral {
    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) {
        rawValue = value
    }
}

extension Identifier: CustomStringConvertible {
    /// The identifier's text.
    public var description: String { rawValue }
}

/// The tags that give each identifier its own type. They have no values.
public enum IdentifierTag {
    /// Tags a child's identifier.
    public enum Child {}
    /// Tags a contract's identifier.
    public enum Contract {}
    /// Tags a parent's (or other app user's) identifier.
    public enum Parent {}
    /// Tags a location's identifier.
    public enum Location {}
    /// Tags a rule's identifier.
    public enum Rule {}
    /// Tags an idempotency key: the caller's name for one command, so a retry is recognised.
    public enum IdempotencyKey {}
    /// Tags a case's identifier: the caller's name for one child's file (dossier).
    public enum Case {}
}

/// Identifies a child.
public typealias ChildID = Identifier<IdentifierTag.Child>
/// Identifies a contract.
public typealias ContractID = Identifier<IdentifierTag.Contract>
/// Identifies a parent or other app user.
public typealias ParentID = Identifier<IdentifierTag.Parent>
/// Identifies a location (vestiging).
public typealias LocationID = Identifier<IdentifierTag.Location>
/// Identifies a rule of this library, such as `swapHours.absence`.
public typealias RuleID = Identifier<IdentifierTag.Rule>
/// A caller-supplied key that makes a command idempotent.
public typealias IdempotencyKey = Identifier<IdentifierTag.IdempotencyKey>
/// Identifies a case: the file (dossier) of one child, or of siblings, that a saved state belongs to.
public typealias CaseID = Identifier<IdentifierTag.Case>
