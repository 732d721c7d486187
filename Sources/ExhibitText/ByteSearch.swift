#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, found with the C library's
    /// `memchr` (vectorised): a loop over the bytes or `firstIndex(of:)` on a string's
    /// UTF-8 view steps through them one at a time, which showed in builds where the byte
    /// is rare (a CR in a file, a `&` in Markdown, the end of a front-matter line).
    public func offset(of byte: UInt8, from start: Int = 0) -> Int? {
        guard let base = baseAddress, start < count, let hit = memchr(base + start, Int32(byte), count - start) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}

extension String {
    /// The parts between slashes, split at the slash bytes: a slash is ASCII, so each part
    /// is whole characters. `split(separator: "/")` compared each `Character` with the
    /// slash, thousands of instructions for every link and every file of a site; the UTF-8
    /// view's `split` still stepped through its indices a byte at a time (4,900
    /// instructions a path of three parts), so the slashes are found with `memchr`.
    public func slashParts(omittingEmpty: Bool = true) -> [String] {
        withBytes { bytes in
            var parts: [String] = []
            var start = 0
            while true {
                let end = bytes.offset(of: UInt8(ascii: "/"), from: start) ?? bytes.count
                if end > start || !omittingEmpty {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
                guard end < bytes.count else { return parts }
                start = end + 1
            }
        }
    }
}
