/// cmark-gfm writes a table column's alignment as `<td align="right">`, an attribute
/// HTML5 made obsolete (the Nu Html Checker rejects it); the same alignment as an inline
/// style is valid and renders the same.
enum TableAlignment {
    private static let attribute = Array(" align=\"".utf8)
    private static let style = Array(" style=\"text-align: ".utf8)

    /// One pass over the bytes: Foundation's `replacingOccurrences` was, on Linux, a
    /// seventh of a whole build's time.
    static func modernize(_ html: String) -> String {
        var bytes = Array(html.utf8)
        guard let first = find(in: bytes, from: 0) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var start = 0
        var next: Int? = first
        while let at = next {
            out.append(contentsOf: bytes[start..<at])
            out.append(contentsOf: style)
            start = at + attribute.count
            next = find(in: bytes, from: start)
        }
        out.append(contentsOf: bytes[start...])
        bytes.removeAll()
        return String(decoding: out, as: UTF8.self)
    }

    /// The next ` align="` directly inside a `<th` or `<td` tag.
    private static func find(in bytes: [UInt8], from: Int) -> Int? {
        var i = from
        let n = attribute.count
        while i + n <= bytes.count {
            if bytes[i] == 0x20, bytes[i + 1] == 0x61, i >= 3, bytes[i - 3] == 0x3C, bytes[i - 2] == 0x74,
               bytes[i - 1] == 0x68 || bytes[i - 1] == 0x64, Array(bytes[i..<(i + n)]) == attribute {
                return i
            }
            i += 1
        }
        return nil
    }
}
