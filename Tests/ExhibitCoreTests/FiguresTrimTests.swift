@testable import ExhibitCore
import ExhibitText
import Foundation
import Testing

/// The figures trim labels, units and organizations with `String.trimmed`, which returns
/// the text itself when neither end is in the set: it must trim as Foundation does, on
/// names with every kind of end. Foundation's `.whitespacesAndNewlines` is Unicode's
/// White_Space (which `cleanedName` trims from names where they are read) and, on
/// Linux, U+200B (which `cleanedName` removes): checked over every scalar.
struct FiguresTrimTests {
    @Test func whiteSpaceIsTheSetFoundationTrims() {
        let set = CharacterSet.whitespacesAndNewlines
        var differ: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if set.contains(scalar) != scalar.properties.isWhitespace { differ.append(value) }
        }
        #expect(differ.allSatisfy { $0 == 0x200B }, "\(differ.prefix(10).map { String($0, radix: 16) })")
    }

    @Test func namesAreTrimmedAsFoundationTrimsThem() {
        let ends = ["", " ", "　", "\u{A0}", "\t", "\n", "\r\n", "\u{2028}", "\u{85}", "\u{200B}", "\u{FEFF}", "x", "直播"]
        for head in ends {
            for tail in ends {
                for middle in ["", "销售额", "a b", "　"] {
                    let text = head + middle + tail
                    #expect(text.trimmed(.whitespacesAndNewlines) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                            "\(text.debugDescription)")
                }
            }
        }
    }
}
