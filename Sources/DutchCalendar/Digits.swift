// Small text helpers for the ISO 8601 forms. Internal: the public surface is the types' own
// `init(_:)` and `description`.

enum Digits {
    /// Writes `value`, which must lie in 0 ..< 10^`width`, as exactly `width` digits at `offset`.
    static func write(
        _ value: Int, _ width: Int, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) {
        var rest = value
        for index in stride(from: offset + width - 1, through: offset, by: -1) {
            buffer[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
    }

    #if !hasFeature(Embedded)
        /// The ISO text of a date (`YYYY-MM-DD`), a time (`HH:MM`, or `HH:MM:SS` when `second` is given) or
        /// both (`YYYY-MM-DDTHH:MM[:SS]`); `date` needs a four-digit year.
        ///
        /// The text is written byte by byte into one buffer: the engine writes date-times into the operations
        /// it keeps for a retry, and this takes a fraction of the instructions of joining the parts. Under
        /// Embedded Swift, where the size of the web module counts and not the instructions, the types join
        /// the parts as before, and this function is not built.
        static func isoText(
            date: (year: Int, month: Int, day: Int)?, time: (hour: Int, minute: Int)?, second: Int?
        )
            -> String
        {
            let timeAt = date == nil ? 0 : 11
            let count = time == nil ? 10 : timeAt + (second == nil ? 5 : 8)
            return String(unsafeUninitializedCapacity: count) { buffer in
                func write(_ value: Int, _ width: Int, at offset: Int) {
                    Digits.write(value, width, to: buffer, at: offset)
                }
                if let date {
                    write(date.year, 4, at: 0)
                    buffer[4] = UInt8(ascii: "-")
                    write(date.month, 2, at: 5)
                    buffer[7] = UInt8(ascii: "-")
                    write(date.day, 2, at: 8)
                    if time != nil { buffer[10] = UInt8(ascii: "T") }
                }
                if let time {
                    write(time.hour, 2, at: timeAt)
                    buffer[timeAt + 2] = UInt8(ascii: ":")
                    write(time.minute, 2, at: timeAt + 3)
                    if let second {
                        buffer[timeAt + 5] = UInt8(ascii: ":")
                        write(second, 2, at: timeAt + 6)
                    }
                }
                return count
            }
        }
    #endif

    /// `value` as decimal text, left-padded with zeros to at least `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        // The common case (a month, day, hour, minute or year) written straight into a small string:
        // no intermediate strings, no heap allocation.
        if value >= 0, value < 10_000, width <= 4 {
            let count = max(width, value < 10 ? 1 : value < 100 ? 2 : value < 1_000 ? 3 : 4)
            return String(unsafeUninitializedCapacity: count) { buffer in
                write(value, count, to: buffer, at: 0)
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
