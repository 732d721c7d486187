import Synchronization

/// Unicode's `isAlphabetic` of U+0000…U+FFFF, a bit each, made one block of 64 scalars at a
/// time, the first time any thread asks about a scalar of the block.
///
/// Made whole at the first count of a build, the table took 10 million instructions (the
/// property looked up for 31,000 scalars), 0.3 % of a 1,000-case build, while Chinese text
/// asks about a few blocks: general punctuation, CJK punctuation, full-width forms. Two
/// threads may make one block at once; both store the same bits, and a block is read only
/// after its bit in `made` is seen set (released after its bits are stored).
final class AlphabeticBlocks: Sendable {
    /// Bit n of word w: whether U+(64 w + n) is alphabetic, once bit w of `made` is set.
    private let words: InlineArray<1024, Atomic<UInt64>>
    private let made: InlineArray<16, Atomic<UInt64>>

    init() {
        words = InlineArray { _ in Atomic(0) }
        made = InlineArray { _ in Atomic(0) }
    }

    /// Whether the scalar `value` (below 0x10000) is alphabetic.
    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        let block = Int(value >> 6)
        if made[block >> 6].load(ordering: .acquiring) & (1 << UInt64(block & 63)) == 0 { make(block) }
        return words[block].load(ordering: .relaxed) & (1 << UInt64(value & 63)) != 0
    }

    private func make(_ block: Int) {
        let first = UInt32(block << 6)
        var bits: UInt64 = 0
        for bit in 0..<64 {
            if let scalar = Unicode.Scalar(first | UInt32(bit)), scalar.properties.isAlphabetic { bits |= 1 << UInt64(bit) }
        }
        words[block].store(bits, ordering: .relaxed)
        made[block >> 6].bitwiseOr(1 << UInt64(block & 63), ordering: .releasing)
    }
}
