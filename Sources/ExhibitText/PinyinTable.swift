/// ICU's Latin spelling of each Han character of the basic blocks, as it was when the
/// table was made (`PinyinTableTests`, which checks every entry against ICU and writes
/// `PinyinTable+Data.swift` again with EXHIBIT_RECORD=1).
///
/// Written down because ICU's Han→Latin rules took 0.13 s of CPU to load in every process
/// that made a Chinese slug (perf, a 1,000-case build: 7 % of its CPU, on the core that the
/// reading of the cases needed; 64 ms of wall time on a thread of its own), for a mapping of one
/// character to one syllable that never changes between builds: ICU stays the source of
/// every spelling, only its answers are kept. Characters of the other Han blocks
/// (extensions B and later, rare in titles and names) are still asked of ICU.
enum PinyinTable {
    /// The blocks kept, each with the index of its first character in `spellings`:
    /// extension A, the unified ideographs, the compatibility ideographs.
    static let blocks: [(range: ClosedRange<UInt32>, start: Int)] = [
        (0x3400...0x4DBF, 0),
        (0x4E00...0x9FFF, 0x4DBF - 0x3400 + 1),
        (0xF900...0xFAFF, 0x4DBF - 0x3400 + 1 + 0x9FFF - 0x4E00 + 1),
    ]
    static let count = 0x4DBF - 0x3400 + 1 + 0x9FFF - 0x4E00 + 1 + 0xFAFF - 0xF900 + 1

    /// The spelling of `scalar`, or nil when the table does not have its block.
    static func latin(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        for block in blocks where block.range.contains(value) {
            let index = block.start + Int(value - block.range.lowerBound)
            return index < spellings.count ? spellings[index] : nil
        }
        return nil
    }

    /// The characters of every block, in order: what the table is made for.
    static var characters: [Unicode.Scalar] {
        blocks.flatMap { block in block.range.compactMap(Unicode.Scalar.init) }
    }

    /// Every spelling, in the order of `characters`: the chunks of `data` split at
    /// `separator` once per process (a millisecond; most spellings are small strings,
    /// which need no memory of their own). Split at the separator's byte: splitting by
    /// `Character` took 5 ms of every build that spells Chinese, the other cores waiting.
    /// The spellings are letters in NFC, so no separator begins a character of more than
    /// one scalar (the tests compare every spelling with ICU's).
    static let spellings: [String] = {
        var all: [String] = []
        all.reserveCapacity(count)
        let comma = separator.asciiValue!
        for var chunk in data {
            chunk.withUTF8 { bytes in
                var start = 0
                for i in bytes.indices where bytes[i] == comma {
                    all.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    start = i + 1
                }
                all.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
        }
        // A table that does not have one spelling per character is not used at all.
        return all.count == count ? all : []
    }()

    /// Between two spellings: ICU's spelling of a Han character is letters (or, for a
    /// character it has no reading for, the character), never this.
    static let separator: Character = ","
}
