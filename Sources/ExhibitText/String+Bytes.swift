#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a string's UTF-8 in place.
extension String {
    /// `body` of the string's UTF-8, read where it is. `withUTF8` needs a `var`, and making
    /// one retained and released the string's storage: two atomic operations for every
    /// value written into a page, every name hashed, every text scanned, on both cores at
    /// once. Native strings (small ones too) are always contiguous; a bridged one is copied.
    @inlinable @inline(__always)
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Whether the two strings are the same UTF-8, compared by `memcmp`. Not `==`, which
    /// compares text beyond ASCII after Unicode normalisation (`cafe` + U+0301 equals
    /// `café` there); `elementsEqual` on the two buffers went through the generic sequence
    /// path, 530 instructions a comparison of two names.
    public func hasSameBytes(as other: String) -> Bool {
        withBytes { p in
            other.withBytes { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    /// The order of the two strings' UTF-8, compared by `memcmp` (a prefix first): below
    /// zero when this string's comes first, zero when they are the same. For two strings
    /// in NFC that is the order of `<`, which compares text beyond ASCII through Unicode
    /// normalisation, every time.
    public func byteOrder(_ other: String) -> Int {
        withBytes { p in
            other.withBytes { q in
                let common = min(p.count, q.count)
                let order = common == 0 ? 0 : Int(memcmp(p.baseAddress!, q.baseAddress!, common))
                return order != 0 ? order : p.count - q.count
            }
        }
    }
}
