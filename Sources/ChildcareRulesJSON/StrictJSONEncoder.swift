import ChildcareScenarios

/// Encodes any `Encodable` value to the package's ``JSON`` without Foundation.
///
/// Object members are written in key order, so the same value gives the same bytes; whole numbers stay
/// whole (an `Int64` is never passed through a `Double`).
public enum StrictJSONEncoder {
    /// The JSON form of `value`.
    ///
    /// - Throws: ``ScenarioError`` when the value cannot be encoded (a non-finite number).
    public static func encode<T: Encodable>(_ value: T) throws(ScenarioError) -> JSON {
        let slot = EncodingSlot()
        do {
            try value.encode(to: SlotEncoder(slot: slot, codingPath: []))
        } catch let error as EncodingError {
            switch error {
            case .invalidValue(_, let context):
                throw ScenarioError(
                    path: JSONPath(codingPath: context.codingPath), message: context.debugDescription)
            @unknown default:
                throw ScenarioError(path: nil, message: "\(error)")
            }
        } catch {
            throw ScenarioError(path: nil, message: "\(error)")
        }
        return slot.json
    }

    /// The compact UTF-8 text of `value`.
    ///
    /// - Throws: ``ScenarioError``.
    public static func bytes<T: Encodable>(_ value: T) throws(ScenarioError) -> [UInt8] {
        Array(try encode(value).rendered.utf8)
    }
}

/// One value being built: a leaf, an object or an array.
final class EncodingSlot {
    enum Content {
        case empty
        case leaf(JSON)
        case object([String: EncodingSlot])
        case array([EncodingSlot])
    }

    var content = Content.empty

    var json: JSON {
        switch content {
        case .empty: .object([])
        case .leaf(let value): value
        case .object(let members): .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) })
        case .array(let items): .array(items.map(\.json))
        }
    }

    func member(_ key: String) -> EncodingSlot {
        var members: [String: EncodingSlot] = [:]
        if case .object(let existing) = content { members = existing }
        let slot = EncodingSlot()
        members[key] = slot
        content = .object(members)
        return slot
    }

    func makeObject() {
        if case .object = content { return }
        content = .object([:])
    }

    func makeArray() {
        if case .array = content { return }
        content = .array([])
    }

    func append() -> EncodingSlot {
        var items: [EncodingSlot] = []
        if case .array(let existing) = content { items = existing }
        let slot = EncodingSlot()
        items.append(slot)
        content = .array(items)
        return slot
    }

    var count: Int {
        if case .array(let items) = content { return items.count }
        return 0
    }
}

/// A key for an element of an array, so that error paths can tell `[3]` from a member named "3".
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// The key of `superEncoder()` and `superDecoder()`.
struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) {}
    init?(intValue: Int) { nil }
}

enum Leaf {
    static func number<T: BinaryInteger>(_ value: T) -> JSON {
        if let whole = Int(exactly: value) { return .int(whole) }
        return .number(String(value))
    }

    static func number<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: T, at path: [any CodingKey]
    ) throws -> JSON {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: path, debugDescription: "\(value) is not a finite number"))
        }
        if let whole = Int(exactly: value) { return .int(whole) }
        return .number(String(value))
    }
}

/// Marks the standard library's dictionaries, whose non-string keys are encoded as an array of
/// alternating keys and values in hash order: the encoder sorts those pairs, so the bytes are stable.
protocol EncodedDictionary {}

extension Dictionary: EncodedDictionary {}

struct SlotEncoder: Encoder {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Encodes `value` into `slot`; a dictionary written as key-value pairs has its pairs sorted by key.
    static func encode<T: Encodable>(_ value: T, into slot: EncodingSlot, codingPath: [any CodingKey]) throws
    {
        try value.encode(to: SlotEncoder(slot: slot, codingPath: codingPath))
        guard value is any EncodedDictionary, case .array(let items) = slot.content, items.count % 2 == 0
        else { return }
        var pairs: [(key: String, items: [EncodingSlot])] = []
        for index in stride(from: 0, to: items.count, by: 2) {
            pairs.append((items[index].json.rendered, [items[index], items[index + 1]]))
        }
        slot.content = .array(pairs.sorted { $0.key < $1.key }.flatMap(\.items))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.makeObject()
        return KeyedEncodingContainer(SlotKeyedEncoder<Key>(slot: slot, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.makeArray()
        return SlotUnkeyedEncoder(slot: slot, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SlotSingleEncoder(slot: slot, codingPath: codingPath)
    }
}

struct SlotSingleEncoder: SingleValueEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.content = .leaf(.null) }
    mutating func encode(_ value: Bool) throws { slot.content = .leaf(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.content = .leaf(.string(value)) }
    mutating func encode(_ value: Double) throws {
        slot.content = .leaf(try Leaf.number(value, at: codingPath))
    }
    mutating func encode(_ value: Float) throws {
        slot.content = .leaf(try Leaf.number(value, at: codingPath))
    }
    mutating func encode(_ value: Int) throws { slot.content = .leaf(.int(value)) }
    mutating func encode(_ value: Int8) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: Int16) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: Int32) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: Int64) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: UInt) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: UInt8) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: UInt16) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: UInt32) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode(_ value: UInt64) throws { slot.content = .leaf(Leaf.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try SlotEncoder.encode(value, into: slot, codingPath: codingPath)
    }
}

struct SlotKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]

    private func single(_ key: Key) -> SlotSingleEncoder {
        SlotSingleEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func encodeNil(forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encodeNil()
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        var leaf = single(key)
        try leaf.encode(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try SlotEncoder.encode(value, into: slot.member(key.stringValue), codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        SlotEncoder(slot: slot.member("super"), codingPath: codingPath + [SuperKey()])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        SlotEncoder(slot: slot.member(key.stringValue), codingPath: codingPath + [key])
    }
}

struct SlotUnkeyedEncoder: UnkeyedEncodingContainer {
    let slot: EncodingSlot
    let codingPath: [any CodingKey]
    var count: Int { slot.count }

    private func next() -> SlotEncoder {
        let path = codingPath + [IndexKey(slot.count)]
        return SlotEncoder(slot: slot.append(), codingPath: path)
    }

    private func single() -> SlotSingleEncoder {
        let path = codingPath + [IndexKey(slot.count)]
        return SlotSingleEncoder(slot: slot.append(), codingPath: path)
    }

    mutating func encodeNil() throws {
        var leaf = single()
        try leaf.encodeNil()
    }
    mutating func encode(_ value: Bool) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: String) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Double) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Float) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int8) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int16) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int32) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: Int64) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt8) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt16) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt32) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode(_ value: UInt64) throws {
        var leaf = single()
        try leaf.encode(value)
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let encoder = next()
        try SlotEncoder.encode(value, into: encoder.slot, codingPath: encoder.codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        next().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { next() }
}
