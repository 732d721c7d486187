@testable import ExhibitText
import Testing

/// JSON strings escape as the plain rule says a byte at a time, however the bytes fall
/// into the words the scan tests (`ByteWord`), its last bytes included.
@Suite struct JSONStringTests {
    /// The rule, a byte at a time.
    static func plain(_ text: String, escapingLessThan: Bool) -> [UInt8] {
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0x3C where escapingLessThan: out += Array("\\u003c".utf8)
            case ..<0x20: out += Array("\\u00".utf8) + Array(String(byte, radix: 16).leftPadded(to: 2).utf8)
            default: out.append(byte)
            }
        }
        return out
    }

    @Test func everyPlaceInAWordAndEveryLength() {
        let pieces = ["\"", "\\", "<", "\n", "\t", "\u{1}", "\u{1F}", "乡", "a", " ", "A", "=", "é", "🧑‍🌾", "\u{7F}"]
        var random = SplitMix(state: 3)
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 24)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            for lessThan in [false, true] {
                var out: [UInt8] = []
                text.withBytes { JSONString.append($0, to: &out, escapingLessThan: lessThan) }
                #expect(out == Self.plain(text, escapingLessThan: lessThan), "\(text.debugDescription)")
            }
        }
    }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
