/// A digest of a value's encoded contents: the checksum a saved ``EngineState`` carries.
///
/// The digest is FNV-1a (64 bits) over every key and value in the order the value encodes them, each
/// tagged with its kind and ended by a separator, so that `{"a": "bc"}` and `{"ab": "c"}` differ. It is the
/// same whatever store the state went through, since it is computed from the decoded value, not the bytes:
/// a store that reorders object members or writes numbers as doubles (exactly) changes nothing. It is not
/// a signature: it finds a state changed by accident or by hand, not one forged by someone who recomputes it.
#if !hasFeature(Embedded)
    struct StateDigest {
        /// The digest's running value.
        private final class Sink {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            /// The user info every encoder of the digest passes on.
            let userInfo: [CodingUserInfoKey: Any]

            init(userInfo: [CodingUserInfoKey: Any]) {
                self.userInfo = userInfo
            }

            func add(_ tag: UInt8, _ bytes: some Sequence<UInt8>) {
                mix(tag)
                for byte in bytes { mix(byte) }
                mix(0xFF)
            }

            private func mix(_ byte: UInt8) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }

        /// The digest of `value`'s encoding under `userInfo`, as 16 hexadecimal digits.
        static func of(_ value: some Encodable, userInfo: [CodingUserInfoKey: Any] = [:]) throws -> String {
            let sink = Sink(userInfo: userInfo)
            try value.encode(to: DigestEncoder(sink: sink, codingPath: []))
            return Self.hex(sink.hash)
        }

        /// `value` as 16 lower-case hexadecimal digits.
        static func hex(_ value: UInt64) -> String {
            let digits = Array("0123456789abcdef".utf8)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(16)
            for shift in stride(from: 60, through: 0, by: -4) {
                bytes.append(digits[Int((value >> UInt64(shift)) & 0xF)])
            }
            return String(decoding: bytes, as: UTF8.self)
        }

        private struct DigestEncoder: Encoder {
            let sink: Sink
            var codingPath: [any CodingKey]
            var userInfo: [CodingUserInfoKey: Any] { sink.userInfo }

            func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
                sink.add(UInt8(ascii: "{"), [])
                return KeyedEncodingContainer(Keyed<Key>(sink: sink, codingPath: codingPath))
            }

            func unkeyedContainer() -> any UnkeyedEncodingContainer {
                sink.add(UInt8(ascii: "["), [])
                return Unkeyed(sink: sink, codingPath: codingPath)
            }

            func singleValueContainer() -> any SingleValueEncodingContainer {
                Single(sink: sink, codingPath: codingPath)
            }
        }

        /// The values a container writes, each with its kind.
        private struct Values {
            let sink: Sink

            func null() { sink.add(UInt8(ascii: "n"), []) }
            func bool(_ value: Bool) { sink.add(UInt8(ascii: "b"), [value ? 1 : 0]) }
            func string(_ value: String) { sink.add(UInt8(ascii: "s"), value.utf8) }
            func integer(_ value: some BinaryInteger) { sink.add(UInt8(ascii: "i"), String(value).utf8) }
            func float(_ value: some BinaryFloatingPoint & LosslessStringConvertible) {
                sink.add(UInt8(ascii: "f"), value.description.utf8)
            }
        }

        private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
            let sink: Sink
            var codingPath: [any CodingKey]
            private var values: Values { Values(sink: sink) }

            /// A key, with the depth of its container, so that a member of a nested object and a later member
            /// of the outer one differ.
            private func key(_ key: Key) {
                sink.add(
                    UInt8(ascii: "k"),
                    [UInt8(truncatingIfNeeded: codingPath.count)] + Array(key.stringValue.utf8)
                )
            }

            mutating func encodeNil(forKey key: Key) throws {
                self.key(key)
                values.null()
            }
            mutating func encode(_ value: Bool, forKey key: Key) throws {
                self.key(key)
                values.bool(value)
            }
            mutating func encode(_ value: String, forKey key: Key) throws {
                self.key(key)
                values.string(value)
            }
            mutating func encode(_ value: Double, forKey key: Key) throws {
                self.key(key)
                values.float(value)
            }
            mutating func encode(_ value: Float, forKey key: Key) throws {
                self.key(key)
                values.float(value)
            }
            mutating func encode(_ value: Int, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: Int8, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: Int16, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: Int32, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: Int64, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: UInt, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: UInt8, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: UInt16, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: UInt32, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: UInt64, forKey key: Key) throws {
                self.key(key)
                values.integer(value)
            }
            mutating func encode(_ value: some Encodable, forKey key: Key) throws {
                self.key(key)
                try value.encode(to: DigestEncoder(sink: sink, codingPath: codingPath + [key]))
            }

            mutating func nestedContainer<NestedKey: CodingKey>(
                keyedBy keyType: NestedKey.Type, forKey key: Key
            ) -> KeyedEncodingContainer<NestedKey> {
                self.key(key)
                return DigestEncoder(sink: sink, codingPath: codingPath + [key]).container(keyedBy: keyType)
            }

            mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
                self.key(key)
                return DigestEncoder(sink: sink, codingPath: codingPath + [key]).unkeyedContainer()
            }

            mutating func superEncoder() -> any Encoder { DigestEncoder(sink: sink, codingPath: codingPath) }
            mutating func superEncoder(forKey key: Key) -> any Encoder {
                self.key(key)
                return DigestEncoder(sink: sink, codingPath: codingPath + [key])
            }
        }

        private struct Unkeyed: UnkeyedEncodingContainer {
            let sink: Sink
            var codingPath: [any CodingKey]
            var count = 0
            private var values: Values { Values(sink: sink) }

            /// The next element, with the depth of its array.
            private mutating func next() {
                sink.add(UInt8(ascii: ","), [UInt8(truncatingIfNeeded: codingPath.count)])
                count += 1
            }

            /// The coding path of the element being written.
            private var elementPath: [any CodingKey] { codingPath + [Index(intValue: count)] }

            mutating func encodeNil() throws {
                next()
                values.null()
            }
            mutating func encode(_ value: Bool) throws {
                next()
                values.bool(value)
            }
            mutating func encode(_ value: String) throws {
                next()
                values.string(value)
            }
            mutating func encode(_ value: Double) throws {
                next()
                values.float(value)
            }
            mutating func encode(_ value: Float) throws {
                next()
                values.float(value)
            }
            mutating func encode(_ value: Int) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: Int8) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: Int16) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: Int32) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: Int64) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: UInt) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: UInt8) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: UInt16) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: UInt32) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: UInt64) throws {
                next()
                values.integer(value)
            }
            mutating func encode(_ value: some Encodable) throws {
                next()
                try value.encode(to: DigestEncoder(sink: sink, codingPath: elementPath))
            }

            mutating func nestedContainer<NestedKey: CodingKey>(
                keyedBy keyType: NestedKey.Type
            ) -> KeyedEncodingContainer<NestedKey> {
                next()
                return DigestEncoder(sink: sink, codingPath: elementPath).container(keyedBy: keyType)
            }

            mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
                next()
                return DigestEncoder(sink: sink, codingPath: elementPath).unkeyedContainer()
            }

            mutating func superEncoder() -> any Encoder {
                next()
                return DigestEncoder(sink: sink, codingPath: elementPath)
            }
        }

        /// The position of an element in an array, as a coding key.
        private struct Index: CodingKey {
            let intValue: Int?
            var stringValue: String { String(intValue ?? 0) }
            init(intValue: Int) { self.intValue = intValue }
            init?(stringValue: String) { nil }
        }

        private struct Single: SingleValueEncodingContainer {
            let sink: Sink
            var codingPath: [any CodingKey]
            private var values: Values { Values(sink: sink) }

            mutating func encodeNil() throws { values.null() }
            mutating func encode(_ value: Bool) throws { values.bool(value) }
            mutating func encode(_ value: String) throws { values.string(value) }
            mutating func encode(_ value: Double) throws { values.float(value) }
            mutating func encode(_ value: Float) throws { values.float(value) }
            mutating func encode(_ value: Int) throws { values.integer(value) }
            mutating func encode(_ value: Int8) throws { values.integer(value) }
            mutating func encode(_ value: Int16) throws { values.integer(value) }
            mutating func encode(_ value: Int32) throws { values.integer(value) }
            mutating func encode(_ value: Int64) throws { values.integer(value) }
            mutating func encode(_ value: UInt) throws { values.integer(value) }
            mutating func encode(_ value: UInt8) throws { values.integer(value) }
            mutating func encode(_ value: UInt16) throws { values.integer(value) }
            mutating func encode(_ value: UInt32) throws { values.integer(value) }
            mutating func encode(_ value: UInt64) throws { values.integer(value) }
            mutating func encode(_ value: some Encodable) throws {
                try value.encode(to: DigestEncoder(sink: sink, codingPath: codingPath))
            }
        }
    }
#endif
