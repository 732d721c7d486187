@testable import ExhibitText
import PropertyBased
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
        var generator = Xoshiro(seed: (3, 1, 4, 1))  // the same texts on every run
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...23, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for lessThan in [false, true] {
                var out: [UInt8] = []
                text.withBytes { JSONString.append($0, to: &out, escapingLessThan: lessThan) }
                #expect(out == Self.plain(text, escapingLessThan: lessThan), "\(text.debugDescription)")
            }
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
