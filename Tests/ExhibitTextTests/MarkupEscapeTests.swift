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
}
