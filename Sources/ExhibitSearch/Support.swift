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

/// Bytes of a JSON document, written in a fixed order (the caller writes keys sorted).
struct JSONBytes {
    var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func raw(_ byte: UInt8) { bytes.append(byte) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key":`
    mutating func key(_ name: StaticString) {
        raw(0x22); raw(name); raw(0x22); raw(0x3A)
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything
    /// else (Chinese included) as UTF-8.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    mutating func string(utf8 source: UnsafeBufferPointer<UInt8>) {
        raw(0x22)
        var runStart = 0
        for i in 0..<source.count {
            let byte = source[i]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i])) }
            runStart = i + 1
            escape(byte)
        }
        if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        raw(0x22)
    }

    /// The escaped form of a quote, backslash or control character.
    mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x22: raw(0x5C); raw(0x22)
        case 0x5C: raw(0x5C); raw(0x5C)
        case 0x0A: raw(0x5C); raw(0x6E)
        case 0x0D: raw(0x5C); raw(0x72)
        case 0x09: raw(0x5C); raw(0x74)
        default:
            raw("\\u00")
            raw(Self.hex[Int(byte >> 4)]); raw(Self.hex[Int(byte & 15)])
        }
    }

    mutating func strings(_ list: [String]) {
        raw(0x5B)
        for (i, item) in list.enumerated() {
            if i > 0 { raw(0x2C) }
            string(item)
        }
        raw(0x5D)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}

/// The shard of a token: FNV-1a over its code points, finished with MurmurHash3's fmix32,
/// modulo the shard count. `search.js` computes the same.
enum TokenHash {
    @inline(__always)
    static func add(_ h: UInt32, _ scalar: UInt32) -> UInt32 {
        (h ^ scalar) &* 16_777_619
    }

    static let seed: UInt32 = 2_166_136_261

    @inline(__always)
    static func finish(_ h: UInt32) -> UInt32 {
        var h = h
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return h
    }

    static func hash(_ token: String) -> UInt32 {
        var h = seed
        for scalar in token.unicodeScalars { h = add(h, scalar.value) }
        return finish(h)
    }
}

/// Postings as a JSON-safe string, one section per field the token occurs in (in bit
/// order: body, summary, organization, tags, title), each the set of documents that have
/// the token in that field:
///
///     section = header [length] data
///     header  = one character: field index * 4 + kind * 2 + more
///               (kind 0: list, 1: bitmap; more 1: a length follows, and another section
///               after this one)
///     length  = varint of the data's length in characters; absent in the last section
///     list    = varints of the gaps between increasing document numbers (the first
///               from -1), minus one
///     bitmap  = six documents a character, document n in bit n % 6 of character n / 6,
///               up to the last document of the set
///
/// A varint is little-endian groups of five bits, one character each, with 32 added while
/// more follow. Characters are the values 0…63 in the alphabet below. Each section takes
/// whichever kind is shorter, so a token in most documents costs a bit per document.
enum PostingCodec {
    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (i, c) in alphabet.enumerated() { table[Int(c)] = Int8(i) }
        return table
    }()

    @inline(__always)
    static func varint(_ value: UInt32, into out: inout [UInt8]) {
        var v = value
        repeat {
            var c = v & 31
            v >>= 5
            if v != 0 { c |= 32 }
            out.append(alphabet[Int(c)])
        } while v != 0
    }

    @inline(__always)
    static func varintLength(_ value: UInt32) -> Int {
        value < 32 ? 1 : value < 1024 ? 2 : value < 32768 ? 3 : value < 1_048_576 ? 4 : value < 33_554_432 ? 5 : 7
    }

    /// Appends the encoding of `postings` (`doc << 5 | mask`, increasing docs).
    static func encode(_ postings: UnsafeBufferPointer<UInt32>, into out: inout [UInt8]) {
        // Per field: the list's length, and the last document (for the bitmap's).
        var listLength = (0, 0, 0, 0, 0)
        var previous: (Int64, Int64, Int64, Int64, Int64) = (-1, -1, -1, -1, -1)
        withUnsafeMutableBytes(of: &listLength) { lengths in
            withUnsafeMutableBytes(of: &previous) { prev in
                let len = lengths.bindMemory(to: Int.self), last = prev.bindMemory(to: Int64.self)
                for p in postings {
                    let doc = Int64(p >> 5)
                    var mask = p & 31
                    while mask != 0 {
                        let f = mask.trailingZeroBitCount
                        mask &= mask - 1
                        len[f] += varintLength(UInt32(doc - last[f] - 1))
                        last[f] = doc
                    }
                }
            }
        }
        let lengths = [listLength.0, listLength.1, listLength.2, listLength.3, listLength.4]
        let lasts = [previous.0, previous.1, previous.2, previous.3, previous.4]
        let fields = (0..<5).filter { lasts[$0] >= 0 }
        for (i, f) in fields.enumerated() {
            let bitmapLength = Int(lasts[f] / 6 + 1)
            let useBitmap = bitmapLength < lengths[f]
            let more = i < fields.count - 1
            out.append(alphabet[f * 4 + (useBitmap ? 2 : 0) + (more ? 1 : 0)])
            if more { varint(UInt32(useBitmap ? bitmapLength : lengths[f]), into: &out) }
            let bit = UInt32(1) << UInt32(f)
            if useBitmap {
                let start = out.count
                out.append(contentsOf: repeatElement(0, count: bitmapLength))
                for p in postings where p & bit != 0 {
                    let doc = Int(p >> 5)
                    out[start + doc / 6] |= UInt8(1 << (doc % 6))
                }
                for j in start..<out.count { out[j] = alphabet[Int(out[j])] }
            } else {
                var prev: Int64 = -1
                for p in postings where p & bit != 0 {
                    let doc = Int64(p >> 5)
                    varint(UInt32(doc - prev - 1), into: &out)
                    prev = doc
                }
            }
        }
    }

    /// Decodes a posting string into (doc, mask) pairs, in document order.
    static func decode(_ text: String) -> [(doc: Int, mask: Int)] {
        let chars = text.utf8.map { Int(values[Int($0 & 127)]) }
        var masks: [Int: Int] = [:]
        var i = 0
        func varint() -> Int {
            var value = 0, shift = 0
            while i < chars.count {
                let v = chars[i]
                i += 1
                value |= (v & 31) << shift
                shift += 5
                if v & 32 == 0 { break }
            }
            return value
        }
        while i < chars.count {
            let header = chars[i]
            i += 1
            let field = header >> 2, bitmap = header & 2 != 0
            var end = chars.count
            if header & 1 != 0 {
                let length = varint()
                end = i + length
            }
            if bitmap {
                for j in i..<end {
                    for b in 0..<6 where chars[j] & (1 << b) != 0 { masks[(j - i) * 6 + b, default: 0] |= 1 << field }
                }
                i = end
            } else {
                var doc = -1
                while i < end {
                    doc += varint() + 1
                    masks[doc, default: 0] |= 1 << field
                }
            }
        }
        return masks.keys.sorted().map { ($0, masks[$0]!) }
    }
}
