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

    @Test func cleanTextOfEveryLengthIsClean() {
        for length in 0...70 {
            #expect(!InvisibleCharacters.contains(in: String(repeating: "a\n汉\t，", count: length)))
        }
    }
}
