import ExhibitText
import Foundation
import Testing

/// `trimmed` is Foundation's `trimmingCharacters(in:)`, answered early when there is
/// nothing to trim: for every string, either way gives the same text.
struct TrimmingTests {
    static let pieces = ["", " ", "\t", "\n", "\r\n", "\u{3000}", "\u{A0}", "\u{200B}", "a", "万元", "😀", "e\u{301}", " 亿 ", "x y",
                         "（", "\u{2028}", "\u{85}", "~"]

    @Test func sameAsFoundationForEveryMixOfEnds() {
        var checked = 0
        for a in Self.pieces {
            for b in Self.pieces {
                for c in Self.pieces {
                    let text = a + b + c
                    for (trim, set) in [(String.Trim.whitespaces, CharacterSet.whitespaces), (.whitespacesAndNewlines, .whitespacesAndNewlines)] {
                        #expect(text.trimmed(trim) == text.trimmingCharacters(in: set), "\(text.debugDescription)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 2 * 18 * 18 * 18)
        #expect("  万元 ".trimmed() == "万元")
        #expect("\u{3000}亿元\n".trimmed() == "亿元\n")
    }

    /// The ends `trimmed` passes without asking Foundation (ASCII letters, digits and
    /// punctuation, CJK ideographs, full-width forms) are white space in neither set, as
    /// this Foundation has them: a change there fails here, naming the character.
    @Test func theEndsPassedAtOnceAreNoWhiteSpace() {
        for range in [0x21...0x7E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E] {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                #expect(!CharacterSet.whitespacesAndNewlines.contains(scalar), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
    }
}

/// `cleanedName`: what a name pasted from Word or WeChat is grouped and shown as.
struct CleanedNameTests {
    @Test func pastedInvisiblesAndSpacesGo() {
        #expect("农学院\u{FEFF}".cleanedName() == "农学院")
        #expect("农学院\u{200B}".cleanedName() == "农学院")
        #expect("\u{2060}农学院".cleanedName() == "农学院")
        #expect(" 农学院\u{3000}".cleanedName() == "农学院", "ASCII and full-width spaces at the ends")
        #expect("农学院\u{A0}\n".cleanedName() == "农学院", "a no-break space and a line break")
        #expect("农学院\u{200B} \u{FEFF}".cleanedName() == "农学院", "spaces behind a zero-width space too")
        #expect("电商\u{200B}直播".cleanedName() == "电商直播", "a zero-width space inside")
        #expect("\u{200B}\u{3000}".cleanedName() == "")
    }

    @Test func whatIsSeenStays() {
        #expect("农学院 研究生会".cleanedName() == "农学院 研究生会", "a space inside is seen")
        #expect("（试点）".cleanedName() == "（试点）", "full-width brackets share the lead byte EF")
        #expect("👩\u{200D}🔬 实验室".cleanedName() == "👩\u{200D}🔬 实验室", "a zero-width joiner makes an emoji")
        #expect("km²".cleanedName() == "km²")
        #expect("e\u{301}".cleanedName() == "e\u{301}")
        #expect("".cleanedName() == "")
    }

    /// Clean text comes back as it was, whichever way the check took: every mix of ends.
    @Test func cleanedTwiceIsCleanedOnce() {
        let pieces = ["", " ", "\u{3000}", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{2060}", "a", "万元", "（", "😀", "e\u{301}", "x y"]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let once = (a + b + c).cleanedName()
                    #expect(once.cleanedName() == once, "\((a + b + c).debugDescription)")
                    #expect(!once.unicodeScalars.contains { $0 == "\u{200B}" || $0 == "\u{FEFF}" || $0 == "\u{2060}" })
                    #expect(once.unicodeScalars.first?.properties.isWhitespace != true)
                    #expect(once.unicodeScalars.last?.properties.isWhitespace != true)
                }
            }
        }
    }
}

/// `oneLine` makes each line or paragraph separator a space and leaves everything else.
struct OneLineTests {
    @Test func separatorsBecomeSpacesAndNothingElseChanges() {
        #expect("西岭县\u{2028}苹果".oneLine() == "西岭县 苹果")
        #expect("\u{2029}a\u{2028}\u{2028}b\u{2029}".oneLine() == " a  b ")
        for text in ["", "苹果增产 30%", "“乡村振兴”——直播", "e\u{301}", "a\nb", "\u{2027}\u{202A}x"] {
            #expect(text.oneLine() == text)
        }
    }
}
