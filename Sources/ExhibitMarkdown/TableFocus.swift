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
/// leaves out), and the result is the bytes between the tags copied as they are, with
/// the longer tag between them: the HTML stays bytes (`UTF8Text`) to the page.
enum TableFocus {
    private static let focused = Array("<table tabindex=\"0\">\n".utf8)
    private static let needle = Array("<table>\n".utf8)

    static func apply(to bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var offsets: [Int] = []
        var start = 0
        while let at = find(in: bytes, from: start) {
            offsets.append(at)
            start = at + needle.count
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + offsets.count * (focused.count - needle.count))
        start = 0
        for offset in offsets {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            out.append(contentsOf: focused)
            start = offset + needle.count
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
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
