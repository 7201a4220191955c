/// A small open-addressing hash index from a 64-bit hash to positions (`Int`), for the ledger's lookups
/// by idempotency key and by care day.
///
/// Why not `Dictionary<IdempotencyKey, Int>`: a ledger of one child is small and grows one command at a
/// time, and a dictionary rehashes every key's text each time it grows. Here the hash of each item is
/// computed once, stored with it, and reused when the table grows. The hashes are deterministic (not
/// seeded per process), so the index is a pure function of the items inserted: two ledgers with the
/// same commands have equal indices, and an encoded ledger decodes to an equal one.
///
/// The index does not know the items: a lookup passes `matches`, which compares the caller's item at a
/// position with what is looked for, so hash collisions are resolved by the caller's own equality.
struct LedgerHashIndex: Sendable {
    /// One slot: an item's hash and its position plus one (0: empty, `UInt32.max`: removed).
    private struct Slot: Sendable, Hashable {
        var hash: UInt64
        var value: UInt32
    }

    private var slots: [Slot] = []
    /// Slots in use, removed ones included (they still lengthen probe sequences).
    private var occupied = 0

    private static let removed = UInt32.max

    /// The position of the first item with `hash` for which `matches` holds.
    func first(hash: UInt64, where matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.value == 0 { return nil }
            if slot.value != Self.removed, slot.hash == hash, matches(Int(slot.value) - 1) {
                return Int(slot.value) - 1
            }
            index = (index + 1) & mask
        }
    }

    /// Adds `position` under `hash`. The table is kept at most three quarters full.
    mutating func insert(hash: UInt64, position: Int) {
        if (occupied + 1) * 4 > slots.count * 3 { grow() }
        place(Slot(hash: hash, value: UInt32(truncatingIfNeeded: position + 1)))
        occupied += 1
    }

    /// Removes `position` under `hash`, if present.
    mutating func remove(hash: UInt64, position: Int) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        let value = UInt32(truncatingIfNeeded: position + 1)
        while slots[index].value != 0 {
            if slots[index].value == value, slots[index].hash == hash {
                slots[index].value = Self.removed
                return
            }
            index = (index + 1) & mask
        }
    }

    /// Makes room for `count` items in all without growing (at most three quarters full).
    mutating func reserveCapacity(_ count: Int) {
        while count * 4 > slots.count * 3 { grow() }
    }

    private mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[index].value != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// Doubles the table (at least 16 slots), keeping the live items; their stored hashes are reused.
    private mutating func grow() {
        let old = slots
        let count = max(16, old.count * 2)
        let mask = count - 1
        var live = 0
        slots = Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.initialize(repeating: Slot(hash: 0, value: 0))
            for slot in old where slot.value != 0 && slot.value != Self.removed {
                var index = Int(truncatingIfNeeded: slot.hash) & mask
                while buffer[index].value != 0 { index = (index + 1) & mask }
                buffer[index] = slot
                live += 1
            }
            initialized = count
        }
        occupied = live
    }

    /// The live items, as (hash, position + 1), in a canonical order: what two equal indices share,
    /// however large their tables are.
    private var items: [(UInt64, UInt32)] {
        slots.filter { $0.value != 0 && $0.value != Self.removed }.map { ($0.hash, $0.value) }
            .sorted { $0 < $1 }
    }

    /// A deterministic hash of an identifier's text (FNV-style over its UTF-8, a word at a time, then mixed).
    ///
    /// Identifiers compare as `String`s, by canonical equivalence; so that equal ones always hash alike,
    /// a text that is not ASCII hashes by its character count only, and equality sorts out the rest.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        // `withUTF8` reads small (≤ 15 bytes) and native strings in place; eight bytes at a time.
        let hash = text.withUTF8 { bytes -> UInt64? in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
            var offset = 0
            while offset < bytes.count {
                let word: UInt64
                if bytes.count - offset >= 8 {
                    word = UInt64(
                        littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
                            fromByteOffset: offset, as: UInt64.self))
                } else {
                    var tail: UInt64 = 0
                    for index in offset..<bytes.count {
                        tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
                    }
                    word = tail
                }
                guard word & 0x8080_8080_8080_8080 == 0 else { return nil }
                hash = (hash ^ word) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 32
                offset += 8
            }
            return hash
        }
        return mix(hash ?? UInt64(text.count) &+ 0x9E37_79B9_7F4A_7C15)
    }

    /// A deterministic hash of an account number and a date.
    static func hash(account: Int, date: LocalDate) -> UInt64 {
        let day = date.year << 9 | date.month << 5 | date.day
        return mix(UInt64(truncatingIfNeeded: account) << 32 ^ UInt64(truncatingIfNeeded: day))
    }

    /// The SplitMix64 finaliser: spreads every input bit over the low bits used to pick a slot.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension LedgerHashIndex: Hashable {
    /// Two indices are equal when they hold the same items, whatever the size of their tables (a
    /// ledger sized up front with `reserveCapacity(commands:)` equals one that grew).
    static func == (lhs: LedgerHashIndex, rhs: LedgerHashIndex) -> Bool {
        lhs.items.elementsEqual(rhs.items) { $0 == $1 }
    }

    /// Hashes the items in their canonical order.
    func hash(into hasher: inout Hasher) {
        let items = items
        hasher.combine(items.count)
        for (hash, value) in items {
            hasher.combine(hash)
            hasher.combine(value)
        }
    }
}
