import Synchronization

/// A stylesheet without its comments, indentation and blank lines, as it is published.
///
/// The theme's CSS is written to be read, with a comment saying why for each rule; a
/// visitor's phone needs none of that (a fifth of the theme's bytes). Only comments
/// (outside strings) and whitespace at the start and end of lines go, so every rule means
/// exactly what it did: no minifier's rewriting of selectors or values, whose mistakes
/// would break a page silently.
public enum StylesheetText {
    /// `compact`, remembered: `serve` lists the site's files on every update, and
    /// compacting the theme's stylesheets each time was a few milliseconds of each. Kept
    /// by a hash of the bytes and compared byte for byte: a dictionary keyed by the text
    /// hashed it through Unicode normalisation, 2 ms of each build for the theme's CSS.
    public static func compacted(_ css: String) -> String {
        let key = FNV1a.hash64(css.utf8)
        if let known = memo.withLock({ $0[key] }), known.css.utf8.elementsEqual(css.utf8) { return known.compact }
        let result = compact(css)
        memo.withLock { $0 = $0.count > 32 ? [key: (css, result)] : $0.merging([key: (css, result)]) { a, _ in a } }
        return result
    }

    private static let memo = Mutex<[UInt64: (css: String, compact: String)]>([:])

    public static func compact(_ css: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(css.utf8)
        out.reserveCapacity(bytes.count)
        var i = 0
        var quote: UInt8?
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote {
                out.append(b)
                if b == UInt8(ascii: "\\"), i + 1 < bytes.count { out.append(bytes[i + 1]); i += 2; continue }
                if b == q { quote = nil }
                i += 1
            } else if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                var j = i + 2
                while j + 1 < bytes.count, !(bytes[j] == UInt8(ascii: "*") && bytes[j + 1] == UInt8(ascii: "/")) { j += 1 }
                i = min(j + 2, bytes.count)
                // `a/**/b` is two words: keep them apart.
                if let last = out.last, i < bytes.count, isWord(last), isWord(bytes[i]) { out.append(UInt8(ascii: " ")) }
            } else {
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
                out.append(b)
                i += 1
            }
        }
        return trimmedLines(out) ?? trimmedLines(byCharacter: String(decoding: out, as: UTF8.self))
    }

    /// `text` split at its line ends, each line trimmed of spaces, tabs and carriage
    /// returns, empty lines left out, joined by "\n" and ended by one. "\r\n" is one
    /// `Character`, not "\n": a stylesheet saved with Windows line ends was published
    /// with its indentation, as one line, when only "\n" split it.
    static func trimmedLines(byCharacter text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n") + "\n"
    }

    /// What `trimmedLines(byCharacter:)` makes of `bytes`, made over the bytes: 3 ms of
    /// every build for the theme's CSS by `Character`. Exact by the rules of grapheme
    /// clusters: a line feed always ends a character (with the carriage return before it,
    /// which the line's end then trims), a tab or carriage return is always one of its own,
    /// and a space too but before a combining mark or after a prepended one, both
    /// non-ASCII: nil when a space to trim stands next to a non-ASCII byte.
    static func trimmedLines(_ bytes: [UInt8]) -> String? {
        let n = bytes.count
        var result: [UInt8] = []
        result.reserveCapacity(n)
        @inline(__always) func trims(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var start = 0
        while start <= n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            var a = start, b = end
            while a < b, trims(bytes[a]) {
                if bytes[a] == 0x20, a + 1 < b, bytes[a + 1] >= 0x80 { return nil }
                a += 1
            }
            while b > a, trims(bytes[b - 1]) {
                if bytes[b - 1] == 0x20, b - 2 >= a, bytes[b - 2] >= 0x80 { return nil }
                b -= 1
            }
            if a < b {
                result.append(contentsOf: bytes[a..<b])
                result.append(0x0A)
            }
            start = end + 1
        }
        return result.isEmpty ? "\n" : String(decoding: result, as: UTF8.self)
    }
}

private func isWord(_ b: UInt8) -> Bool {
    b >= 0x80 || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
        || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
}

private extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let first = s.first, first == " " || first == "\t" || first == "\r" { s.removeFirst() }
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return s
    }
}
