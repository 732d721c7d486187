import ExhibitText
import Testing

/// The forms each caller of `MarkupEscape` has always published (the feed and charts,
/// the QR codes' labels, task-list labels): a change here changes published bytes.
struct MarkupEscapeTests {
    @Test func escapesMarkupAndDropsWhatXMLForbids() {
        #expect(MarkupEscape.escape("R&D <\"校企\"> 'x'") == "R&amp;D &lt;&quot;校企&quot;&gt; &apos;x&apos;")
        // Noncharacters cannot be written as literals: Swift refuses them.
        let nonCharacters = [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }
        #expect(MarkupEscape.escape("a\u{1B}b\u{7F}c" + nonCharacters.joined() + "d\re") == "abcde")
        #expect(MarkupEscape.escape("tab\tand\nline") == "tab\tand\nline")
    }

    @Test func apostropheTakesTheCallersForm() {
        #expect(MarkupEscape.escape("it's", apostrophe: .numeric) == "it&#39;s")
        #expect(MarkupEscape.escape("it's", apostrophe: .literal) == "it's")
    }

    @Test func breaksBecomeSpacesInOneLineLabels() {
        #expect(MarkupEscape.escape("a\tb\nc\rd\u{1}e", spacesForBreaks: true) == "a b c de")
    }

    /// A combining mark makes `"` and the mark one Character; the escape works on
    /// scalars, so the quote is still escaped and cannot end an attribute.
    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        #expect(MarkupEscape.escape("\"\u{301}") == "&quot;\u{301}")
    }

    /// Text with nothing to escape is returned as it is, found eight bytes at a time:
    /// wherever a character to escape or drop sits, the escape is the one written a
    /// scalar at a time (below, the oracle).
    @Test func theEscapeIsTheScalarByScalarOneWhereverTheSpecialCharacterSits() {
        let pieces = ["a", "abcdefg", "校企", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "é",
                      "https://example.edu.cn/cases/", "%E6%A0%A1", "😀", " "]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 {
            let text = (0..<next(10)).map { _ in pieces[next(pieces.count)] }.joined()
            for apostrophe in [MarkupEscape.Apostrophe.named, .numeric, .literal] {
                for breaks in [false, true] {
                    #expect(MarkupEscape.escape(text, apostrophe: apostrophe, spacesForBreaks: breaks)
                            == Self.plain(text, apostrophe: apostrophe, spacesForBreaks: breaks), "\(text.debugDescription)")
                }
            }
        }
    }

    static func plain(_ text: String, apostrophe: MarkupEscape.Apostrophe, spacesForBreaks: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe == .named ? "&apos;" : apostrophe == .numeric ? "&#39;" : "'"
            default:
                if spacesForBreaks && (scalar == "\t" || scalar == "\n" || scalar == "\r") {
                    out += " "
                } else if !InvisibleCharacters.isForbidden(scalar) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
