/// The opening a summary is cut from: its first lines, flattened, counted only as far as
/// the summary can reach, and whether each of its scalars is a character of its own.
extension Summary {
    /// The part of `text` a summary reads: its non-blank lines, trimmed and joined by
    /// single spaces, up to the line that takes the count past `budget` characters.
    /// Only the opening is looked at: Foundation's trimming of every line of every case
    /// was a twentieth of a build. A line is counted only as far as the budget: counting
    /// whole first paragraphs was most of the time summaries took.
    static func opening(of text: String, budget: Int, scalarsAreCharacters: Bool = false) -> String {
        var flat = ""
        var characters = 0
        var rest = text[...]
        while !rest.isEmpty {
            let (end, next) = lineBreak(in: rest)
            let trimmed = trimmed(rest[..<end])
            rest = rest[next...]
            guard !trimmed.isEmpty else { continue }
            if !flat.isEmpty { flat += " "; characters += 1 }
            flat += trimmed
            // Counted apart from the line before, as `trimmed.count` would count it.
            characters += scalarsAreCharacters
                ? scalarCount(trimmed, upTo: budget + 1 - characters)
                : count(trimmed, upTo: budget + 1 - characters)
            if characters > budget { break }
        }
        return flat
    }

    /// How many scalars `text` has, counted no further than `limit`: its UTF-8 bytes but
    /// continuation bytes, counted in place (through the scalar view, each scalar was
    /// decoded to be counted).
    private static func scalarCount(_ text: Substring, upTo limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                n += 1
                if n == limit { break }
            }
            return n
        } ?? count(text.unicodeScalars, upTo: limit)
    }

    /// How many elements `items` has, counted no further than `limit`.
    private static func count(_ items: some Collection, upTo limit: Int) -> Int {
        var n = 0
        var i = items.startIndex
        while i < items.endIndex && n < limit {
            items.formIndex(after: &i)
            n += 1
        }
        return n
    }

    /// Whether every scalar of `text`, an opening (no line breaks), is a character of its
    /// own, whatever its neighbours: true when all are tabs, printable ASCII, CJK
    /// ideographs, CJK and full-width punctuation or the general punctuation of Chinese
    /// prose (dashes, quotes, `…`). Each of these has the grapheme break property Other or
    /// Control (UAX #29), and between two such scalars there is always a boundary (GB4,
    /// GB5, GB999). A text with anything else (an accent, an emoji, Hangul, a line break,
    /// whose CR LF is one character) is read by `Character`.
    static func scalarsAreCharacters(_ text: String) -> Bool {
        text.withBytes { bytes in
            var i = 0
            while i < bytes.count {
                guard let width = ownCharacterWidth(bytes, at: i) else { return false }
                i += width
            }
            return true
        }
    }

    /// The width in bytes of the scalar at `i` of `bytes` (valid UTF-8) when
    /// `scalarsAreCharacters` lets it through (one byte or three), nil otherwise.
    @inline(__always)
    static func ownCharacterWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let lead = bytes[i]
        if lead < 0x80 { return lead == 0x09 || (0x20...0x7E).contains(lead) ? 1 : nil }
        guard lead & 0xF0 == 0xE0, i + 2 < bytes.count else { return nil }
        // Most of an opening: Han of U+5000…U+9FFF, known by the lead byte.
        if ReadingTime.isHanLead(lead) { return 3 }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        switch value {
        case 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return 3
        default: return nil
        }
    }

    /// Where the first line of `text` ends, and where the next one starts: the first
    /// character for which `Character.isNewline` holds, found in the UTF-8 bytes. A line
    /// break (LF, VT, FF, CR, NEL, LS, PS) is a control character, which no grapheme
    /// cluster joins to another (CR LF, one `Character`, is passed over whole), so the
    /// first such scalar starts the first such character. Read through a pointer: through
    /// the substring's indices, a summary's line breaks were a quarter of its time.
    static func lineBreak(in text: Substring) -> (end: Substring.Index, next: Substring.Index) {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable(lineBreak) ?? Array(utf8).withUnsafeBufferPointer(lineBreak)
        guard let found else { return (text.endIndex, text.endIndex) }
        let end = utf8.index(utf8.startIndex, offsetBy: found.offset)
        return (end, utf8.index(end, offsetBy: found.length))
    }

    /// The offset and length in bytes of the first line break in `bytes`.
    private static func lineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, length: Int)? {
        let n = bytes.count
        var i = 0
        while i < n {
            let byte = bytes[i]
            // Most bytes are none of the four a line break starts with.
            if byte > 0x0D && byte != 0xC2 && byte != 0xE2 { i += 1; continue }
            switch byte {
            case 0x0A, 0x0B, 0x0C: return (i, 1)
            case 0x0D: return (i, i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1)
            case 0xC2: if i + 1 < n, bytes[i + 1] == 0x85 { return (i, 2) }
            case 0xE2: if i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return (i, 3) }
            default: break
            }
            i += 1
        }
        return nil
    }
}
