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
    static func varintLength(_ value: UInt32) -> Int {
        value < 32 ? 1 : value < 1024 ? 2 : value < 32768 ? 3 : value < 1_048_576 ? 4 : value < 33_554_432 ? 5 : value < 1_073_741_824 ? 6 : 7
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
        // The five fields' figures read in place, and the fields present as a list of up to
        // five in a word (3 bits each): as arrays they were three made and freed for each
        // token, a fifth of this function's instructions on a site of many rare tokens.
        withUnsafeBytes(of: listLength) { lengthBytes in
            withUnsafeBytes(of: previous) { lastBytes in
                encode(postings, lengths: lengthBytes.bindMemory(to: Int.self), lasts: lastBytes.bindMemory(to: Int64.self), into: &out)
            }
        }
    }

    private static func encode(_ postings: UnsafeBufferPointer<UInt32>, lengths: UnsafeBufferPointer<Int>,
                               lasts: UnsafeBufferPointer<Int64>, into out: inout [UInt8]) {
        var fieldList: UInt32 = 0, fieldCount = 0
        for f in 0..<5 where lasts[f] >= 0 {
            fieldList |= UInt32(f) << UInt32(3 * fieldCount)
            fieldCount += 1
        }
        @inline(__always) func field(_ i: Int) -> Int { Int(fieldList >> UInt32(3 * i) & 7) }
        // Each section's size is known from the counts: the whole encoding is made room for
        // at once and written in place. Appended a character at a time, each append
        // checking the array's room and ownership, writing was most of this function.
        var total = 0
        for i in 0..<fieldCount {
            let f = field(i)
            let size = min(Int(lasts[f] / 6 + 1), lengths[f])
            total += 1 + (i < fieldCount - 1 ? varintLength(UInt32(size)) : 0) + size
        }
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: total))
        alphabet.withUnsafeBufferPointer { alphabet in
            out.withUnsafeMutableBufferPointer { out in
                var at = base
                @inline(__always) func put(_ value: UInt32) {
                    var v = value
                    repeat {
                        var c = v & 31
                        v >>= 5
                        if v != 0 { c |= 32 }
                        out[at] = alphabet[Int(c)]
                        at += 1
                    } while v != 0
                }
                for i in 0..<fieldCount {
                    let f = field(i)
                    let bitmapLength = Int(lasts[f] / 6 + 1)
                    let useBitmap = bitmapLength < lengths[f]
                    let more = i < fieldCount - 1
                    out[at] = alphabet[f * 4 + (useBitmap ? 2 : 0) + (more ? 1 : 0)]
                    at += 1
                    if more { put(UInt32(useBitmap ? bitmapLength : lengths[f])) }
                    let bit = UInt32(1) << UInt32(f)
                    if useBitmap {
                        for p in postings where p & bit != 0 {
                            let doc = Int(p >> 5)
                            out[at + doc / 6] |= UInt8(1 << (doc % 6))
                        }
                        for j in at..<at + bitmapLength { out[j] = alphabet[Int(out[j])] }
                        at += bitmapLength
                    } else {
                        var prev: Int64 = -1
                        for p in postings where p & bit != 0 {
                            let doc = Int64(p >> 5)
                            put(UInt32(doc - prev - 1))
                            prev = doc
                        }
                    }
                }
                precondition(at == base + total, "the encoding fills the room counted for it")
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
