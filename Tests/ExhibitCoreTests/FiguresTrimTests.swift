@testable import ExhibitCore
import ExhibitText
import Foundation
import Testing

/// `Figures.trimmedEnds` skips Foundation when a name's ends cannot be trimmed. That is
/// exact only if `.whitespacesAndNewlines` is Unicode's White_Space and at most U+200B
/// (which Foundation on Linux has in it): checked over every scalar, and the two
/// trimmings compared on names with every kind of end.
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
                    #expect(Figures.trimmedEnds(text) == text.trimmed(.whitespacesAndNewlines), "\(text.debugDescription)")
                }
            }
        }
    }
}
