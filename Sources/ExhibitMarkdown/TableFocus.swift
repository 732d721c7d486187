/// A table wider than a phone scrolls sideways in its own box (the theme's CSS); it takes
/// the keyboard focus so that it can be scrolled without a mouse: every `<table>` that
/// cmark-gfm writes gets `tabindex="0"`.
///
/// By hand over the UTF-8 bytes instead of Foundation's `replacingOccurrences`, which
/// compared the whole page a character cluster at a time: a twentieth of a build's CPU
/// for a tag that most bodies do not have.
enum TableFocus {
    private static let tag = Array("<table>\n".utf8)
    private static let focused = Array("<table tabindex=\"0\">\n".utf8)

    static func apply(to html: String) -> String {
        var html = html
        return html.withUTF8 { bytes -> String? in
            guard let first = find(in: bytes, from: 0) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var start = 0, next: Int? = first
            while let at = next {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<at]))
                out.append(contentsOf: focused)
                start = at + tag.count
                next = find(in: bytes, from: start)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return String(decoding: out, as: UTF8.self)
        } ?? html
    }

    private static func find(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes.count >= tag.count else { return nil }
        var i = start
        let last = bytes.count - tag.count
        while i <= last {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x74 {
                var j = 2
                while j < tag.count, bytes[i + j] == tag[j] { j += 1 }
                if j == tag.count { return i }
            }
            i += 1
        }
        return nil
    }
}
