@testable import ExhibitText
import Testing

/// The word tests answer for each of the eight bytes as a test of that byte alone would,
/// whatever its neighbours (a carry or borrow across bytes would show as a wrong lane).
@Suite struct ByteWordTests {
    /// Words holding `byte` in lane `lane` among neighbours of every kind.
    static func words(with byte: UInt8, in lane: Int) -> [UInt64] {
        [0x00, 0x7F, 0x80, 0xFF, 0x20, 0xEF].map { neighbour in
            var word = UInt64(neighbour) &* ByteWord.ones
            word &= ~(0xFF << UInt64(8 * lane))
            return word | UInt64(byte) << UInt64(8 * lane)
        }
    }

    static func lane(_ result: UInt64, _ lane: Int) -> Bool { result >> UInt64(8 * lane + 7) & 1 == 1 }

    @Test func eachByteIsAnsweredAlone() {
        var wrong: [String] = []
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<8 {
                for word in Self.words(with: byte, in: lane) {
                    for n in [1, 0x20, 0x3A, 0x80] where Self.lane(ByteWord.below(UInt64(n), word), lane) != (Int(byte) < n) {
                        wrong.append("below(\(n)) of \(byte)")
                    }
                    for n in [0x80, 0xC2, 0xEF, 0xF0, 0xFF] where Self.lane(ByteWord.atLeast(UInt64(n), word), lane) != (Int(byte) >= n) {
                        wrong.append("atLeast(\(n)) of \(byte)")
                    }
                    for n in [0x09, 0x7F, 0xC2, 0xEF] where Self.lane(ByteWord.equal(UInt64(n), word), lane) != (Int(byte) == n) {
                        wrong.append("equal(\(n)) of \(byte)")
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }
}
