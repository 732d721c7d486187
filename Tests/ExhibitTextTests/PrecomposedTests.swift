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
}
