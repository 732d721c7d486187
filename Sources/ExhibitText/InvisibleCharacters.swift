/// Characters that have no business in published text or in a terminal: C0 and C1
/// control characters (but tab and newline), DEL, and Unicode noncharacters.
///
/// They reach Exhibit through YAML escapes (`"\x1B"`), text pasted from PDFs and Word, or
/// hostile files. In HTML they are parse errors, in XML 1.0 (the feed, the sitemap) they
/// make the whole file not well-formed, and printed raw to a terminal an escape sequence
/// can clear the editor's screen or retitle the window. So text is cleaned where it enters
/// (files and YAML values) and made visible where it is printed.
public enum InvisibleCharacters {
    /// True for a character that must not be published.
    @inline(__always)
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }                         // DEL and C1 controls
        if v >= 0xFDD0 && v <= 0xFDEF { return true }        // noncharacters
        return v & 0xFFFE == 0xFFFE                          // U+FFFE, U+FFFF, U+1FFFE …
    }

    /// True for a character that reorders or hides text on a terminal (bidirectional
    /// overrides and isolates): shown escaped in messages, kept in published text, where
    /// right-to-left scripts need them.
    @inline(__always)
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Whether `text` holds a forbidden character; a scan of the UTF-8 bytes, so clean text
    /// (nearly all of it) costs one pass and no allocation.
    public static func contains(in text: String) -> Bool {
        return text.withBytes { bytes in
            guard bytes.baseAddress != nil else { return false }
            let n = bytes.count
            var i = 0
            // Eight bytes at a time (`ByteWord`), looked at one by one only when one of them
            // could start a forbidden character: every page's HTML and text passes here, and
            // a byte at a time it was 1.4 % of a build's CPU.
            while i + 8 <= n {
                let word = ByteWord.load(bytes, at: i)
                if mayBeSuspicious(word), suspicious(word), forbidden(at: i, count: 8, in: bytes) { return true }
                i += 8
            }
            return forbidden(at: i, count: n - i, in: bytes)
        }
    }

    /// Whether a byte of `word` is a control (tab and newline too), DEL, 0xC2 or 0xEF and
    /// above: what `suspicious` looks at, in a third of its instructions. Most words of
    /// text have none of them (Chinese has a full-width comma or a line break in about a
    /// third), and pass with this test alone.
    @inline(__always)
    private static func mayBeSuspicious(_ word: UInt64) -> Bool {
        ByteWord.below(0x20, word) | ByteWord.atLeast(0xEF, word) | ByteWord.equal(0x7F, word) | ByteWord.equal(0xC2, word) != 0
    }

    /// Whether a byte of `word` may start a forbidden character: a control but tab and
    /// newline, DEL, 0xC2 (U+0080…U+009F), 0xEF followed by 0xB7 or 0xBF (U+FDD0…U+FDEF,
    /// U+FFFE, U+FFFF; the byte after the last is the next word's, so an 0xEF there is
    /// suspicious) or a four-byte lead (U+nFFFE, U+nFFFF). `forbidden(at:)` decides.
    ///
    /// Exact byte by byte, so that the byte loop sees only the words that hold a suspect:
    /// counting newlines and every 0xEF (the lead of full-width punctuation: "，", "：")
    /// as suspects sent most words of Chinese text to it, 1.5 % of a build's CPU.
    @inline(__always)
    private static func suspicious(_ word: UInt64) -> Bool {
        let control = ByteWord.below(0x20, word) & ~ByteWord.equal(0x09, word) & ~ByteWord.equal(0x0A, word)
        // 0xB7 and 0xBF are the bytes that are 0xBF with bit 3 set.
        let followed = (ByteWord.equal(0xBF, word | 0x0808_0808_0808_0808) >> 8) | 0x8000_0000_0000_0000
        let noncharacter = ByteWord.equal(0xEF, word) & followed
        let fourByteLead = ByteWord.equal(0xF0, word & (ByteWord.ones &* 0xF0))
        return control | ByteWord.equal(0x7F, word) | ByteWord.equal(0xC2, word) | noncharacter | fourByteLead != 0
    }

    /// Whether a forbidden character starts at one of the `count` bytes from `start`
    /// (its later bytes may lie beyond them).
    @inline(__always)
    private static func forbidden(at start: Int, count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        for i in start..<(start + count) {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x09 && b != 0x0A { return true }
            } else if b == 0x7F {
                return true
            } else if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F {
                return true                                  // U+0080…U+009F
            } else if b == 0xEF, i + 2 < n, (bytes[i + 1] == 0xB7 && (0x90...0xAF).contains(bytes[i + 2]))
                        || (bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE) {
                return true                                  // U+FDD0…U+FDEF, U+FFFE, U+FFFF
            } else if b >= 0xF0, i + 3 < n, bytes[i + 2] == 0xBF, bytes[i + 3] >= 0xBE,
                      bytes[i + 1] & 0x0F == 0x0F {
                return true                                  // U+nFFFE, U+nFFFF
            }
        }
        return false
    }

    /// `text` without forbidden characters.
    public static func removing(from text: String) -> String {
        guard contains(in: text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isForbidden(scalar) { out.append(scalar) }
        return String(out)
    }

    /// The first forbidden character of `text` with its 1-based line and column, to point
    /// an editor at it.
    public static func first(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        guard contains(in: text) else { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) { return (scalar, line, column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// `text` for a terminal: every control character, noncharacter and bidirectional
    /// control written as a visible `\u{1B}`, so that a file name or a value in a message
    /// cannot act on the terminal. Newlines are kept.
    public static func visible(_ text: String) -> String {
        guard contains(in: text) || text.unicodeScalars.contains(where: isBidiControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) || isBidiControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The name of a character for a message: `U+001B`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
