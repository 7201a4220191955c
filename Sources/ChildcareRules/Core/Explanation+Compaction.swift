/// Citations compacted for a parent: within one sentence an edition is named once.
extension Explanation {
    /// The compact name of every edition the library knows, in each language, as UTF-8 bytes.
    private static let editionNames: (nl: [[UInt8]], en: [[UInt8]]) = (
        TermsEdition.all.map { Array((Citation.editionName($0, in: .nl) + ", ").utf8) },
        TermsEdition.all.map { Array((Citation.editionName($0, in: .en) + ", ").utf8) }
    )

    /// `text` with the second and later mentions of an edition name within one sentence removed.
    static func namingEachEditionOnce(_ text: String, names: [String]) -> String {
        namingEachEditionOnce(text, names: names.map { Array($0.utf8) })
    }

    /// `text` with the second and later mentions of an edition name (`needles`, UTF-8) within one sentence
    /// removed. A sentence ends at a line break, or at ". " (or "? ", "! ") before a capital letter.
    ///
    /// It works on UTF-8 bytes: when no name occurs twice in the whole text, the text is returned as it is.
    static func namingEachEditionOnce(_ text: String, names needles: [[UInt8]]) -> String {
        let bytes = Array(text.utf8)
        guard
            needles.contains(where: { needle in
                guard let first = Self.firstIndex(of: needle, in: bytes, from: 0, to: bytes.count) else {
                    return false
                }
                return Self.firstIndex(of: needle, in: bytes, from: first + needle.count, to: bytes.count)
                    != nil
            })
        else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            let end = Self.sentenceEnd(in: bytes, from: start)
            // Within bytes[start..<end]: keep each name's first mention, drop every later one.
            var sentence = Array(bytes[start..<end])
            for needle in needles {
                guard let first = Self.firstIndex(of: needle, in: sentence, from: 0, to: sentence.count),
                    Self.firstIndex(of: needle, in: sentence, from: first + needle.count, to: sentence.count)
                        != nil
                else { continue }
                var kept = Array(sentence[..<(first + needle.count)])
                var position = first + needle.count
                while let next = Self.firstIndex(of: needle, in: sentence, from: position, to: sentence.count)
                {
                    kept += sentence[position..<next]
                    position = next + needle.count
                }
                kept += sentence[position...]
                sentence = kept
            }
            result += sentence
            start = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The end (exclusive) of the sentence that starts at `start`: just after a line break, or after the
    /// space of ". ", "? " or "! " when a capital letter follows; the end of the text otherwise.
    private static func sentenceEnd(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { return index + 1 }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
                index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: " "),
                Self.startsWithCapital(bytes, at: index + 2)
            {
                return index + 2
            }
            index += 1
        }
        return bytes.count
    }

    /// Whether the character starting at `index` is a capital letter ("N", "É").
    private static func startsWithCapital(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        // A multi-byte character: decode it (at most 4 bytes) and ask the character.
        let text = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self)
        return text.first?.isUppercase ?? false
    }

    /// The first position in `start..<end` where `needle` occurs whole in `haystack`.
    private static func firstIndex(
        of needle: [UInt8], in haystack: [UInt8], from start: Int, to end: Int
    ) -> Int? {
        guard let head = needle.first, needle.count <= end - start else { return nil }
        var index = start
        let last = end - needle.count
        while index <= last {
            if haystack[index] == head {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// `text` in `language` with the second and later mentions of an edition name within one sentence
    /// removed.
    static func namingEachEditionOnce(_ text: String, in language: Language) -> String {
        namingEachEditionOnce(text, names: language == .nl ? editionNames.nl : editionNames.en)
    }
}
