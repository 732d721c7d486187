/// The one escape for text written into HTML or XML by hand (the feed, the sitemap, the
/// charts' SVG, the QR codes' labels, task-list labels): content and attribute values
/// alike, since every caller writes attributes in double quotes.
///
/// `&`, `<`, `>` and `"` are always escaped. Characters XML 1.0 forbids (see
/// `InvisibleCharacters.isForbidden`) are dropped: one makes a whole feed unreadable, and
/// in HTML they are parse errors. Text is walked by Unicode scalar, not by `Character`,
/// so that a combining mark after `"` cannot carry the quote past the escape.
public enum MarkupEscape {
    /// How `'` is written. Each caller keeps the form its output has always had, so that
    /// no published byte changes: `&apos;` in XML, `&#39;` in the QR codes' SVG (HTML 4
    /// had no `&apos;`), and `'` as it is inside a double-quoted HTML attribute.
    public enum Apostrophe: Sendable {
        case named, numeric, literal
    }

    /// `text` escaped; with `spacesForBreaks`, tab, line feed and carriage return become
    /// spaces (for a one-line label such as `aria-label`), otherwise tab and line feed
    /// are kept and carriage return, forbidden in XML, is dropped.
    public static func escape(_ text: String, apostrophe: Apostrophe = .named, spacesForBreaks: Bool = false) -> String {
        // Most text (every URL of the sitemap, most labels) has nothing to escape or drop:
        // it is returned as it is. Built a scalar at a time, it was 1 % of a build.
        guard needsEscaping(text, breaks: spacesForBreaks) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'":
                switch apostrophe {
                case .named: out += "&apos;"
                case .numeric: out += "&#39;"
                case .literal: out += "'"
                }
            default:
                if spacesForBreaks && (scalar == "\t" || scalar == "\n" || scalar == "\r") {
                    out += " "
                } else if !InvisibleCharacters.isForbidden(scalar) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `text` holds `&`, `<`, `>`, `"`, `'`, a forbidden character, or (with
    /// `breaks`) a tab or line feed: looked for eight bytes at a time (`ByteWord`).
    private static func needsEscaping(_ text: String, breaks: Bool) -> Bool {
        let special = text.withBytes { bytes -> Bool in
            @inline(__always) func test(_ word: UInt64) -> UInt64 {
                var found = ByteWord.equal(0x26, word) | ByteWord.equal(0x3C, word) | ByteWord.equal(0x3E, word)
                    | ByteWord.equal(0x22, word) | ByteWord.equal(0x27, word)
                if breaks { found |= ByteWord.equal(0x09, word) | ByteWord.equal(0x0A, word) }
                return found
            }
            var i = 0
            while i + 8 <= bytes.count {
                if test(ByteWord.load(bytes, at: i)) != 0 { return true }
                i += 8
            }
            // The last bytes, in a word of their own (the rest of it zeros, which no test finds).
            var last: UInt64 = 0
            for k in 0..<(bytes.count - i) { last |= UInt64(bytes[i + k]) << UInt64(8 * k) }
            return test(last) != 0
        }
        return special || InvisibleCharacters.contains(in: text)
    }
}
