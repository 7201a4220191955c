/// Where a value sits in a JSON document, written as `$.events[3].at`.
public struct JSONPath: Sendable, Hashable {
    /// One step into a document: a member name or an array index.
    public enum Component: Sendable, Hashable {
        /// A member of an object.
        case key(String)
        /// An element of an array, counting from 0.
        case index(Int)
    }

    /// The steps from the document root.
    public let components: [Component]

    /// The document root, `$`.
    public static let root = JSONPath(components: [])

    /// Creates a path from its steps.
    public init(components: [Component]) {
        self.components = components
    }

    /// The path to member `key` of the object at this path.
    public func appending(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }

    /// The path to element `index` of the array at this path.
    public func appending(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }
}

extension JSONPath: CustomStringConvertible {
    /// The path as `$.events[3].at`.
    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
