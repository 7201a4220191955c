import ChildcareScenarios

/// Decodes any `Decodable` value from the package's ``JSON`` without Foundation, strictly: a member the
/// type does not read is refused as an unknown field, and every error names its JSON path.
///
/// ```swift
/// let state = try StrictJSONDecoder.decode(EngineState.self, from: bytes)
/// // $.desk.ledgr: unknown field
/// ```
public enum StrictJSONDecoder {
    /// Decodes `type` from `value`.
    ///
    /// - Throws: ``ScenarioError`` naming the path of the first problem: a missing or unknown member, a value
    ///   of the wrong kind, or a value the type refuses.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSON) throws(ScenarioError) -> T {
        let seen = SeenMembers()
        let decoded: T
        do {
            decoded = try T(from: ValueDecoder(value: value, path: .root, codingPath: [], seen: seen))
        } catch let error as ScenarioError {
            throw error
        } catch let error as DecodingError {
            throw ScenarioError(decoding: error)
        } catch {
            throw ScenarioError(path: .root, message: "\(error)")
        }
        try seen.checkEveryMemberRead(in: value, at: .root)
        return decoded
    }

    /// Decodes `type` from UTF-8 JSON text.
    ///
    /// - Throws: ``ScenarioError``: malformed JSON (with its line and column), or as
    ///   ``decode(_:from:)-(_,JSON)``.
    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(ScenarioError) -> T {
        let value: JSON
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw ScenarioError(path: nil, message: error.description)
        }
        return try decode(type, from: value)
    }
}

extension JSONPath {
    /// The path of a `Codable` coding path: array elements as indexes, other keys as member names.
    init(codingPath: [any CodingKey]) {
        self.init(
            components: codingPath.map { key in
                if key is IndexKey, let index = key.intValue { return .index(index) }
                return .key(key.stringValue)
            })
    }
}

extension ScenarioError {
    /// The error of a `DecodingError`, at its path.
    init(decoding error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self.init(
                path: JSONPath(codingPath: context.codingPath + [key]), message: "this field is required")
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context):
            self.init(path: JSONPath(codingPath: context.codingPath), message: context.debugDescription)
        @unknown default:
            self.init(path: nil, message: "\(error)")
        }
    }
}

/// The members the decoded types asked for, by path; anything else in the document is unknown.
final class SeenMembers {
    private var paths: Set<[JSONPath.Component]> = []

    func insert(_ path: JSONPath) { paths.insert(path.components) }

    func checkEveryMemberRead(in value: JSON, at path: JSONPath) throws(ScenarioError) {
        switch value {
        case .object(let members):
            for (key, member) in members {
                let memberPath = path.appending(key)
                guard paths.contains(memberPath.components) else {
                    throw ScenarioError(path: memberPath, message: "unknown field")
                }
                try checkEveryMemberRead(in: member, at: memberPath)
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                try checkEveryMemberRead(in: item, at: path.appending(index))
            }
        default: return
        }
    }
}

struct ValueDecoder: Decoder {
    let value: JSON
    let path: JSONPath
    let codingPath: [any CodingKey]
    let seen: SeenMembers
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw ScenarioError(path: path, message: "expected an object, found \(value.kindName)")
        }
        return KeyedDecodingContainer(
            KeyedValueDecoder<Key>(members: members, path: path, codingPath: codingPath, seen: seen))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else {
            throw ScenarioError(path: path, message: "expected an array, found \(value.kindName)")
        }
        return UnkeyedValueDecoder(items: items, path: path, codingPath: codingPath, seen: seen)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// Decodes `type` here, turning any error the type throws into one at this path.
    func decode<T: Decodable>(as type: T.Type) throws -> T {
        do {
            return try T(from: self)
        } catch let error as ScenarioError {
            throw error
        } catch let error as DecodingError {
            throw ScenarioError(decoding: error)
        } catch {
            throw ScenarioError(path: path, message: "\(error)")
        }
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        switch value {
        case .int(let number):
            guard let exact = T(exactly: number) else {
                throw ScenarioError(path: path, message: "\(number) does not fit in \(T.self)")
            }
            return exact
        case .number(let text):
            // A whole number a store wrote back through a `Double` ("60.0", "6e1") is read as long as the
            // `Double` held it exactly (below 2^53); anything else may have been rounded, and is refused.
            if let double = Double(text), double.isFinite, double.rounded() == double,
                double.magnitude <= 9_007_199_254_740_992, let exact = T(exactly: double)
            {
                return exact
            }
            guard let exact = T(text) else {
                let rounded = Double(text).map { $0.magnitude > 9_007_199_254_740_992 } ?? false
                throw ScenarioError(
                    path: path,
                    message: rounded
                        ? "\(text) is not exact: a whole number this large may have been rounded through a Double"
                        : "\(text) is not a whole number that fits in \(T.self)")
            }
            return exact
        default:
            throw ScenarioError(path: path, message: "expected a whole number, found \(value.kindName)")
        }
    }

    func floating<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
        switch value {
        case .int(let number): return T(number)
        case .number(let text):
            guard let parsed = T(text) else {
                throw ScenarioError(path: path, message: "\(text) is not a number")
            }
            return parsed
        default:
            throw ScenarioError(path: path, message: "expected a number, found \(value.kindName)")
        }
    }
}

extension ValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }
    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else {
            throw ScenarioError(path: path, message: "expected true or false, found \(value.kindName)")
        }
        return flag
    }
    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else {
            throw ScenarioError(path: path, message: "expected a string, found \(value.kindName)")
        }
        return text
    }
    func decode(_ type: Double.Type) throws -> Double { try floating(type) }
    func decode(_ type: Float.Type) throws -> Float { try floating(type) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decode(as: type) }
}

struct KeyedValueDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [(String, JSON)]
    let path: JSONPath
    let codingPath: [any CodingKey]
    let seen: SeenMembers

    var allKeys: [Key] { members.compactMap { Key(stringValue: $0.0) } }

    func contains(_ key: Key) -> Bool {
        seen.insert(path.appending(key.stringValue))
        return members.contains { $0.0 == key.stringValue }
    }

    private func member(_ key: Key) throws -> ValueDecoder {
        let memberPath = path.appending(key.stringValue)
        seen.insert(memberPath)
        guard let member = members.first(where: { $0.0 == key.stringValue }) else {
            throw ScenarioError(path: memberPath, message: "this field is required")
        }
        return ValueDecoder(value: member.1, path: memberPath, codingPath: codingPath + [key], seen: seen)
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard contains(key) else { return true }
        return try member(key).decodeNil()
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try member(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try member(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try member(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try member(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try member(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try member(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try member(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try member(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try member(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try member(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try member(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try member(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try member(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try member(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try member(key).decode(as: type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try member(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try member(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        let superPath = path.appending("super")
        seen.insert(superPath)
        let value = members.first { $0.0 == "super" }?.1 ?? .null
        return ValueDecoder(value: value, path: superPath, codingPath: codingPath + [SuperKey()], seen: seen)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try member(key) }
}

struct UnkeyedValueDecoder: UnkeyedDecodingContainer {
    let items: [JSON]
    let path: JSONPath
    let codingPath: [any CodingKey]
    let seen: SeenMembers
    var currentIndex = 0

    init(items: [JSON], path: JSONPath, codingPath: [any CodingKey], seen: SeenMembers) {
        self.items = items
        self.path = path
        self.codingPath = codingPath
        self.seen = seen
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> ValueDecoder {
        guard currentIndex < items.count else {
            throw ScenarioError(path: path, message: "the array ends too early: \(items.count) elements")
        }
        let decoder = ValueDecoder(
            value: items[currentIndex], path: path.appending(currentIndex),
            codingPath: codingPath + [IndexKey(currentIndex)], seen: seen)
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < items.count, case .null = items[currentIndex] else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(as: type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
