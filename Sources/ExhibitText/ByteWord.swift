/// Tests on the eight bytes of a `UInt64` at once, with the bit tricks of "Bit Twiddling
/// Hacks" (determine if a word has a byte less than n, or equal to n): scans that look
/// for a few rare bytes in long text (forbidden characters, the digits of a phone number)
/// skip eight bytes with a handful of instructions. Swift's `SIMD16<UInt8>` comparisons,
/// tried first, were compiled lane by lane here (the scan took a third of a build's CPU).
/// A word's bytes are its lanes from the lowest address up (a little-endian load, as on
/// every platform Swift runs on).
public enum ByteWord {
    public static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The first eight bytes of `bytes` from `offset` as one number, the first byte
    /// highest and zeros past the end: two such numbers are in the order of their bytes
    /// where they differ (of some bytes and longer ones that begin with them, the shorter
    /// first), so a sort compares the numbers side by side and reads the bytes themselves
    /// only where they tie (the search shards' tokens, the cases' titles, many strings in
    /// `ByteOrderSort`).
    @inlinable
    public static func sortPrefix<C: RandomAccessCollection>(_ bytes: C, from offset: Int = 0) -> UInt64
        where C.Element == UInt8, C.Index == Int {
        var word: UInt64 = 0
        let start = bytes.startIndex + offset
        for i in start..<(start + 8) { word = word << 8 | (i < bytes.endIndex ? UInt64(bytes[i]) : 0) }
        return word
    }

    /// The eight bytes at `offset`, which may be unaligned.
    @inline(__always)
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// The high bit of each byte of `word` that is below `n` (at most 0x80), and of no
    /// other: exact byte by byte, as the carries of `(byte & 0x7F) + (0x80 - n)` stay in
    /// their byte.
    @inline(__always)
    public static func below(_ n: UInt64, _ word: UInt64) -> UInt64 {
        ~(((word & lows) &+ (0x80 &- n) &* ones) | word) & highs
    }

    /// The high bit of each byte of `word` that is `n` (at least 0x80) or more, and of no
    /// other: such a byte has its high bit, and its low seven bits plus `0x100 - n` (at
    /// most 0xFF, no carry) reach 0x80.
    @inline(__always)
    public static func atLeast(_ n: UInt64, _ word: UInt64) -> UInt64 {
        ((word & lows) &+ (0x100 &- n) &* ones) & word & highs
    }

    /// The high bit of each byte of `word` that is `byte`, and of no other.
    @inline(__always)
    public static func equal(_ byte: UInt64, _ word: UInt64) -> UInt64 {
        below(1, word ^ (byte &* ones))
    }

    /// The high bit of each byte of `word` that is an ASCII digit, and of no other.
    @inline(__always)
    public static func digits(_ word: UInt64) -> UInt64 {
        below(0x3A, word) & ~below(0x30, word)
    }

    /// How many bytes of `word` begin a UTF-8 character: all but the continuation bytes
    /// (`10xxxxxx`), so the characters of valid UTF-8 that start in it.
    @inline(__always)
    public static func leadBytes(_ word: UInt64) -> Int {
        8 - (word & ~(word << 1) & highs).nonzeroBitCount
    }
}
