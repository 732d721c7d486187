/// The inside of a JSON string, written as UTF-8 bytes: what the search index's files,
/// the data downloads and the JSON-LD all write (each with its own quotes and layout).
/// Quotes, backslashes and control characters are escaped (`\n`, `\r`, `\t`, else
/// `\u00xx`), and `<` too where the text may stand inside a `<script>` element (JSON-LD);
/// every byte escaped is ASCII, which in UTF-8 never stands inside another character's
/// bytes, so the rest is copied as it is.
public enum JSONString {
    public static func append(_ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], escapingLessThan: Bool) {
        // The bytes between two escapes are copied together: appended one at a time, the
        // summaries and titles of cases.json took half of its time. Eight bytes without a
        // byte to escape are passed at once (`ByteWord`): looked at one by one, they were
        // most of the time of writing the data downloads and JSON-LD.
        let lessThan: UInt64 = escapingLessThan ? 0x3C : 0x22
        var start = 0
        var i = 0
        let n = source.count
        while i < n {
            if i + 8 <= n {
                let word = ByteWord.load(source, at: i)
                let special = ByteWord.below(0x20, word) | ByteWord.equal(0x22, word) | ByteWord.equal(0x5C, word)
                    | ByteWord.equal(lessThan, word)
                if special == 0 { i += 8; continue }
            }
            // The word that holds one, or the last bytes, a byte at a time.
            let end = min(i + 8, n)
            while i < end {
                let byte = source[i]
                i += 1
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || (escapingLessThan && byte == 0x3C) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<(i - 1)]))
                appendEscape(byte, to: &out)
                start = i
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
    }

    /// The escaped form of a quote, backslash, `<` or control character.
    public static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(0x5C)
        switch byte {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(0x6E)
        case 0x0D: out.append(0x72)
        case 0x09: out.append(0x74)
        default:
            out.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
