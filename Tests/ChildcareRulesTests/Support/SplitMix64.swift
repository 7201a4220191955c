/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, seeded, reproducible random number generator for
/// property tests. Same seed, same sequence, on every platform. Not for cryptography.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// let roll = random.next(in: 1...6)
/// ```
struct SplitMix64: RandomNumberGenerator {
    private(set) var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed integer in `range` (bias-free by rejection, via the standard library).
    mutating func next(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// `true` with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        next(in: 0...99) < percent
    }

    /// A random element of a non-empty array, or `nil` for an empty one.
    mutating func element<T>(of array: [T]) -> T? {
        array.isEmpty ? nil : array[next(in: 0...(array.count - 1))]
    }
}
