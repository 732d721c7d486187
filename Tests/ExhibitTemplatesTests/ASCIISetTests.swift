@testable import ExhibitTemplates
import Testing

/// `ASCIISet` answers as the `Set<Character>` of the same characters did.
@Suite struct ASCIISetTests {
    @Test func answersAsASetOfCharacters() {
        let name = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*"
        let cases: [(ASCIISet, Set<Character>)] = [
            (InstructionParser.spaceOrTab, [" ", "\t"]),
            (InstructionParser.nameChars, Set(name)),
            (InstructionParser.nameCharsWithBrackets, Set(name + "()")),
            (InstructionParser.partialNameChars, Set(name + "()/")),
        ]
        let asked = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
            + ["\r\n", "a\u{301}", "é", "汉", "\u{FF41}", "😀", "/\u{301}"]
        for (set, reference) in cases {
            for character in asked {
                #expect(set.contains(character) == reference.contains(character), "\(character.debugDescription)")
            }
        }
    }
}
