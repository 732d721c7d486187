import ExhibitText
import Foundation
import PropertyBased
import Testing

/// `precomposed` is Foundation's NFC, also where it answers without Foundation.
struct PrecomposedTests {
    @Test func precomposedIsFoundationsComposedForm() {
        // Composed and decomposed Latin, marks alone, ideographs unified and compatible
        // (U+F900 becomes U+8C48), Hangul jamo, full-width forms, a kana with its mark.
        let pieces = ["a", "e", "é", "e\u{301}", "\u{301}", "\u{308}", "Å", "A\u{30A}", "土壤", "\u{F900}", "\u{2F800}",
                      "\u{1100}\u{1161}", "가", "ＡＢ", "か\u{3099}", "が", "\u{212B}", "\u{0344}", " ", "-", "\u{2FF}", "\u{300}"]
        var generator = Xoshiro(seed: (5, 1, 2, 3))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var unchanged = 0
        for _ in 0..<20_000 {
            let text = (0..<(next() % 6)).map { _ in pieces[next() % pieces.count] }.joined()
            let expected = text.precomposedStringWithCanonicalMapping
            #expect(Array(text.precomposed.unicodeScalars) == Array(expected.unicodeScalars), "\(text.debugDescription)")
            if Array(expected.unicodeScalars) == Array(text.unicodeScalars) { unchanged += 1 }
        }
        #expect(unchanged > 1_000 && unchanged < 19_000, "\(unchanged) texts already composed")
    }

    /// Pieces of Chinese titles and names, and scalars next to the ranges
    /// `isKnownComposed` trusts: U+2000 and U+2001 (which NFC maps to U+2002 and U+2003),
    /// a tone mark U+302A, a compatibility ideograph, a kana and its combining mark.
    static let titlePieces = ["a", "Z", "é", "e\u{301}", "\u{301}", "土壤", "改良", "“", "”", "—", "…", "《", "》", "、", "。",
                              "：", "，", "（", "）", "ＡＢ", "１２", "㐀", "\u{2000}", "\u{2001}", "\u{2002}", "\u{302A}",
                              "\u{3029}", "\u{F900}", "か\u{3099}", "が", "\u{1F600}", " ", "-", "·", "\u{2FF}", "\u{300}"]

    @Test func aTextKnownComposedIsItsOwnComposedForm() {
        var generator = Xoshiro(seed: (5, 1, 2, 4))
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        var known = 0
        for _ in 0..<20_000 {
            let text = (0..<(next() % 6)).map { _ in Self.titlePieces[next() % Self.titlePieces.count] }.joined()
            guard text.isKnownComposed else { continue }
            known += 1
            let composed = text.precomposedStringWithCanonicalMapping
            #expect(Array(text.unicodeScalars) == Array(composed.unicodeScalars), "\(text.debugDescription)")
        }
        #expect(known > 2_000 && known < 19_000, "\(known) texts known composed")
        #expect("土壤改良：“三步走”——《报告》、１２，（ＡＢ）".isKnownComposed)
        #expect(!"\u{2000}".isKnownComposed && !"e\u{301}".isKnownComposed && !"\u{F900}".isKnownComposed)
    }

    /// Two texts known composed are in `String`'s order when their bytes are (`byteOrder`).
    @Test func bytesOrderTextsKnownComposedAsStringDoes() {
        var generator = Xoshiro(seed: (7, 1, 2, 4))
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        func text() -> String { (0..<(next() % 5)).map { _ in Self.titlePieces[next() % Self.titlePieces.count] }.joined() }
        var compared = 0
        for _ in 0..<20_000 {
            let a = text(), b = next() % 4 == 0 ? a : text()
            guard a.isKnownComposed && b.isKnownComposed else { continue }
            compared += 1
            let order = a.byteOrder(b)
            #expect((order < 0) == (a < b) && (order == 0) == (a == b), "\(a.debugDescription) \(b.debugDescription)")
        }
        #expect(compared > 1_000, "\(compared) pairs compared")
    }
}
