/// The fields each character of the Basic Multilingual Plane occurs in, for one document:
/// a byte a code point, with the characters seen in the order first seen. A Han character
/// is half of a document's tokens (the other half are pairs); looked up in `IntTable` by
/// hash, each was a probe into a table twice as full, where here it is one byte.
final class UnigramTable {
    private let masks: UnsafeMutablePointer<UInt8>
    private let seen: UnsafeMutablePointer<UInt16>
    private(set) var count = 0

    init() {
        masks = .allocate(capacity: 0x10000)
        masks.initialize(repeating: 0, count: 0x10000)
        seen = .allocate(capacity: 0x10000)
    }

    deinit {
        masks.deallocate()
        seen.deallocate()
    }

    /// ORs `bits` (not 0, below 256) into the fields of `scalar` (below 0x10000).
    @inline(__always)
    func or(_ scalar: UInt32, _ bits: UInt32) {
        let old = masks[Int(scalar)]
        if old == 0 {
            seen[count] = UInt16(truncatingIfNeeded: scalar)
            count += 1
        }
        masks[Int(scalar)] = old | UInt8(truncatingIfNeeded: bits)
    }

    /// The `i`th character seen and its fields.
    @inline(__always) func key(at i: Int) -> UInt64 { UInt64(seen[i]) }
    @inline(__always) func value(at i: Int) -> UInt32 { UInt32(masks[Int(seen[i])]) }

    /// Empties the table (cost proportional to the characters seen).
    func removeAll() {
        for i in 0..<count { masks[Int(seen[i])] = 0 }
        count = 0
    }
}
