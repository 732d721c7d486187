import ExhibitText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A table wider than a phone scrolls sideways in its own box (the theme's CSS); it takes
/// the keyboard focus so that it can be scrolled without a mouse: every `<table>` that
/// cmark-gfm writes gets `tabindex="0"`.
///
/// By hand over the UTF-8 bytes instead of Foundation's `replacingOccurrences`, which
/// compared the whole page a character cluster at a time: a twentieth of a build's CPU
/// for a tag that most bodies do not have. The tag's first byte is found with the C
/// library's `memchr` (vectorised; `memmem` is a GNU extension that Swift's Glibc module
/// leaves out), and the result is made of slices of the page appended to a `String`,
/// which copies their bytes as they are: a loop over the bytes and a new string made
/// from an array of bytes (which checks all of its UTF-8 again) were 1.2 % of a
/// 10,000-case build's CPU.
enum TableFocus {
    private static let tag = "<table>\n"
    private static let focused = "<table tabindex=\"0\">\n"
    private static let needle = Array(tag.utf8)

    static func apply(to html: String) -> String {
        let offsets = html.withBytes { bytes in
            var offsets: [Int] = []
            var start = 0
            while let at = find(in: bytes, from: start) {
                offsets.append(at)
                start = at + tag.utf8.count
            }
            return offsets
        }
        guard !offsets.isEmpty else { return html }
        // The tag is ASCII: every offset of it, and the offset after it, is a character
        // boundary, so the slices are whole.
        var out = ""
        out.reserveCapacity(html.utf8.count + offsets.count * (focused.utf8.count - tag.utf8.count))
        let utf8 = html.utf8
        var start = utf8.startIndex
        for offset in offsets {
            let at = utf8.index(utf8.startIndex, offsetBy: offset)
            out += html[start..<at]
            out += focused
            start = utf8.index(at, offsetBy: tag.utf8.count)
        }
        out += html[start...]
        return out
    }

    private static func find(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let end = bytes.count - needle.count
        var at = start
        while at <= end, let found = memchr(base + at, Int32(needle[0]), end + 1 - at) {
            at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if needle.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, needle.count) }) == 0 { return at }
            at += 1
        }
        return nil
    }
}
