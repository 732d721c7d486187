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
}
