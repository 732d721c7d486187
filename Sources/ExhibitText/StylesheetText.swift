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
    /// compacting the theme's stylesheets each time was a few milliseconds of each.
    public static func compacted(_ css: String) -> String {
        if let known = memo.withLock({ $0[css] }) { return known }
        let result = compact(css)
        memo.withLock { $0 = $0.count > 32 ? [css: result] : $0.merging([css: result]) { a, _ in a } }
        return result
    }

    private static let memo = Mutex<[String: String]>([:])

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
        let text = String(decoding: out, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n") + "\n"
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
