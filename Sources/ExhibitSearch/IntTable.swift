/// Open-addressing hash table from non-zero keys below 2^42 to values below 2^22, each
/// entry one 64-bit word (`key << 22 | value`), so a lookup touches one cache line: the
/// token tables of the indexer, without `Dictionary`'s hashing and copy-on-write costs.
final class IntTable {
    static let valueBits: UInt64 = 22
    static let valueMask: UInt64 = (1 << 22) - 1
    static let maxValue = Int(valueMask)

    private var entries: UnsafeMutablePointer<UInt64>
    /// Occupied slots, in insertion order.
    private var used: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private var size: Int
    private var shift: UInt64
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.size = size
        entries = .allocate(capacity: size)
        entries.initialize(repeating: 0, count: size)
        used = .allocate(capacity: size / 2 + 1)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    deinit {
        entries.deallocate()
        used.deallocate()
    }

    var usedSlots: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: used, count: count) }

    /// The slot of `key`, inserting it with `value` if absent; returns whether it was new.
    @inline(__always)
    func findOrInsert(_ key: UInt64, value: UInt32) -> (slot: Int, inserted: Bool) {
        if count * 2 >= size { grow() }
        var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let e = entries[s]
            if e >> Self.valueBits == key { return (s, false) }
            if e == 0 {
                entries[s] = key << Self.valueBits | UInt64(value)
                used[count] = Int32(truncatingIfNeeded: s)
                count += 1
                return (s, true)
            }
            s = (s + 1) & mask
        }
    }

    /// ORs `bits` into the value of `key` (inserting it with `bits`).
    @inline(__always)
    func or(_ key: UInt64, _ bits: UInt32) {
        let (s, inserted) = findOrInsert(key, value: bits)
        if !inserted { entries[s] |= UInt64(bits) }
    }

    /// Empties the table, keeping its storage (cost proportional to the entries).
    func removeAll() {
        for i in 0..<count { entries[Int(used[i])] = 0 }
        count = 0
    }

    private func grow() {
        let oldEntries = entries, oldUsed = used, oldCount = count
        size *= 2
        entries = .allocate(capacity: size)
        entries.initialize(repeating: 0, count: size)
        used = .allocate(capacity: size / 2 + 1)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        count = 0
        for i in 0..<oldCount {
            let e = oldEntries[Int(oldUsed[i])]
            _ = findOrInsert(e >> Self.valueBits, value: UInt32(e & Self.valueMask))
        }
        oldEntries.deallocate()
        oldUsed.deallocate()
    }

    @inline(__always) func value(at slot: Int32) -> UInt32 { UInt32(entries[Int(slot)] & Self.valueMask) }
    @inline(__always) func value(atSlot slot: Int) -> UInt32 { UInt32(entries[slot] & Self.valueMask) }
    @inline(__always) func key(at slot: Int32) -> UInt64 { entries[Int(slot)] >> Self.valueBits }
}
