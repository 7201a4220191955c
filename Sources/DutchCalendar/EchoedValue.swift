/// Input echoed in a message, cut so that a message stays short whatever the input.
///
/// Every error of the package names the value at fault. A value can be as long as its input (a 10 MB
/// string, a number of 100,000 digits), so an echoed value keeps its first 80 characters, followed by
/// "…(N more)" naming what was left out.
package enum EchoedValue {
    /// The number of characters of a value that a message repeats.
    package static let limit = 80

    /// `value`, or its first `limit` characters followed by "…(N more)".
    package static func cut(_ value: String, limit: Int = EchoedValue.limit) -> String {
        // Counting stops just past the limit, so a long value costs no more than a short one.
        guard value.utf8.count > limit,
            value.index(value.startIndex, offsetBy: limit + 1, limitedBy: value.endIndex) != nil
        else {
            return value
        }
        let count = value.count
        return String(value.prefix(limit)) + "…(\(count - limit) more)"
    }

    /// `message` with every word (a run without spaces) longer than `limit` cut, and the whole cut at
    /// `total` characters: for messages that echo values they did not cut themselves.
    package static func bounded(_ message: String, total: Int = 400) -> String {
        guard message.utf8.count > limit else { return message }
        var words: [String] = []
        for word in message.split(separator: " ", omittingEmptySubsequences: false) {
            // A word already cut ("…(N more)" adds up to 22 characters) is left as it is.
            words.append(word.utf8.count > limit + 22 ? cut(String(word)) : String(word))
        }
        return cut(words.joined(separator: " "), limit: total)
    }
}
