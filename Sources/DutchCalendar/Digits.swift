// Small text helpers for the ISO 8601 forms. Internal: the public surface is the types' own
// `init(_:)` and `description`.

enum Digits {
    /// `value` as decimal text, left-padded with zeros to at least `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        // The common case (a month, day, hour, minute or year) written straight into a small string:
        // no intermediate strings, no heap allocation.
        if value >= 0, value < 10_000, width <= 4 {
            let count = max(width, value < 10 ? 1 : value < 100 ? 2 : value < 1_000 ? 3 : 4)
            return String(unsafeUninitializedCapacity: count) { buffer in
                var rest = value
                for index in stride(from: count - 1, through: 0, by: -1) {
                    buffer[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                    rest /= 10
                }
                return count
            }
        }
        let digits = String(value.magnitude)
        let padding = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// Reads the ASCII digits of `bytes[range]` as a number, or `nil` if any byte is not a digit.
    static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { return nil }
        var result = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            result = result * 10 + Int(byte - 0x30)
        }
        return result
    }

    static let dash: UInt8 = 0x2D
    static let colon: UInt8 = 0x3A
    static let letterT: UInt8 = 0x54
}
