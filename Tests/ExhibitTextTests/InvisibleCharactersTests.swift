import ExhibitText
import Testing

/// `InvisibleCharacters.contains` skips clean blocks of sixteen bytes; it must find what a
/// scan of the scalars finds wherever a forbidden character sits: inside a block, across
/// two, in the tail shorter than a block.
@Suite struct InvisibleCharactersTests {
    /// Every kind the byte scan looks for, at its edges, and neighbours that are allowed.
    /// (As numbers: Swift refuses noncharacters in a literal.)
    static let forbidden: [Unicode.Scalar] = [0x0, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF,
                                              0x1FFFE, 0x10FFFF].map { Unicode.Scalar($0)! }
    static let allowed: [Unicode.Scalar] = [0x09, 0x0A, 0x20, 0x7E, 0xA0, 0xFDCF, 0xFDF0, 0xFFFD, 0xFF0C, 0x1FFFD,
                                            0x20000, 0x10FFFD, 0x6C49].map { Unicode.Scalar($0)! }
    static let fillers = ["", "a", "汉", "ab汉", "，", "😀", "服务团扎根西岭县两年", "abcdefghijklmnop"]

    @Test func findsWhatTheScalarsHoldAtEveryPlace() {
        for filler in Self.fillers {
            for length in 0...40 {
                let head = String(repeating: filler, count: filler.isEmpty ? 0 : length / max(1, filler.utf8.count) + 1)
                let prefix = String(head.prefix(length))
                for scalar in Self.forbidden + Self.allowed {
                    for tail in ["", "x", "汉字汉字汉字汉字汉字"] {
                        let text = prefix + String(Character(scalar)) + tail
                        let expected = text.unicodeScalars.contains(where: InvisibleCharacters.isForbidden)
                        #expect(InvisibleCharacters.contains(in: text) == expected,
                                "\(scalar.value) after \(prefix.utf8.count) bytes")
                    }
                }
            }
        }
    }

    /// Every scalar whose lead byte the word test looks at (controls, DEL, C1, all of
    /// U+F000…U+FFFF, which begin with 0xEF, and the last of two planes) at each place in
    /// a word, between full-width commas (0xEF too, followed by 0xBC).
    @Test func everyScalarOfASuspectLeadByteAtEachPlaceOfAWord() {
        let scalars = (0...0xFF).compactMap(Unicode.Scalar.init) + (0xF000...0xFFFF).compactMap(Unicode.Scalar.init)
            + (0x1FFF0...0x1FFFF).compactMap(Unicode.Scalar.init) + (0x10FFF0...0x10FFFF).compactMap(Unicode.Scalar.init)
        var wrong: [String] = []
        for scalar in scalars {
            for offset in 0..<8 {
                let text = "，" + String(repeating: "a", count: offset) + String(Character(scalar)) + "，" + String(repeating: "b", count: 9)
                if InvisibleCharacters.contains(in: text) != InvisibleCharacters.isForbidden(scalar) {
                    wrong.append("U+\(String(scalar.value, radix: 16)) at \(offset + 3)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func cleanTextOfEveryLengthIsClean() {
        for length in 0...70 {
            #expect(!InvisibleCharacters.contains(in: String(repeating: "a\n汉\t，", count: length)))
        }
    }
}
