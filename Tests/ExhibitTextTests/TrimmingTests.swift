import ExhibitText
import Foundation
import Testing

/// `trimmed` is Foundation's `trimmingCharacters(in:)`, answered early when there is
/// nothing to trim: for every string, either way gives the same text.
struct TrimmingTests {
    static let pieces = ["", " ", "\t", "\n", "\r\n", "\u{3000}", "\u{A0}", "\u{200B}", "a", "万元", "😀", "e\u{301}", " 亿 ", "x y"]

    @Test func sameAsFoundationForEveryMixOfEnds() {
        var checked = 0
        for a in Self.pieces {
            for b in Self.pieces {
                for c in Self.pieces {
                    let text = a + b + c
                    for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                        #expect(text.trimmed(set) == text.trimmingCharacters(in: set), "\(text.debugDescription)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 2 * 14 * 14 * 14)
        #expect("  万元 ".trimmed() == "万元")
        #expect("\u{3000}亿元\n".trimmed() == "亿元\n")
    }
}
