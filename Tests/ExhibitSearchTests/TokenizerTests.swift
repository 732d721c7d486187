@testable import ExhibitSearch
import ExhibitText
import Foundation
import XCTest

final class TokenizerTests: XCTestCase {
    func testHanTextGivesCharactersAndOverlappingBigrams() {
        XCTAssertEqual(SearchTokenizer.indexTokens("乡村振兴"), ["乡", "村", "乡村", "振", "村振", "兴", "振兴"])
    }

    func testPunctuationAndSpacesEndAHanRun() {
        XCTAssertEqual(SearchTokenizer.indexTokens("果园，土壤"), ["果", "园", "果园", "土", "壤", "土壤"])
        XCTAssertEqual(SearchTokenizer.indexTokens("果园 土"), ["果", "园", "果园", "土"])
    }

    func testLatinWordsAreLowerCasedAndDigitsKept() {
        XCTAssertEqual(SearchTokenizer.indexTokens("IoT 传感器 5G-Network v2.0"),
                       ["iot", "传", "感", "传感", "器", "感器", "5g", "network", "v2", "0"])
    }

    func testFullWidthBecomesASCII() {
        XCTAssertEqual(SearchTokenizer.indexTokens("ＩｏＴ２０２４"), ["iot2024"])
        XCTAssertEqual(SearchTokenizer.queryTokens("ＡＢＣ　苹果"), ["abc", "苹果"])
        XCTAssertEqual(SearchTokenizer.indexTokens("Ａb，c"), ["ab", "c"])
    }

    func testWordsNextToHanAreSeparate() {
        XCTAssertEqual(SearchTokenizer.indexTokens("5G基站"), ["5g", "基", "站", "基站"])
    }

    func testNonASCIILettersFormLowerCasedWords() {
        XCTAssertEqual(SearchTokenizer.indexTokens("Café ÉCOLE"), ["café", "école"])
    }

    func testCompatibilityCharactersAreNormalised() {
        // ① is NFKC "1"; the compatibility ideograph U+F900 is 豈 (U+8C48).
        XCTAssertEqual(SearchTokenizer.indexTokens("①"), ["1"])
        XCTAssertEqual(SearchTokenizer.indexTokens("\u{F900}"), ["\u{8C48}"])
    }

    func testQueriesUseBigramsOrTheSingleCharacter() {
        XCTAssertEqual(SearchTokenizer.queryTokens("苹果产业"), ["苹果", "果产", "产业"])
        XCTAssertEqual(SearchTokenizer.queryTokens("果"), ["果"])
        XCTAssertEqual(SearchTokenizer.queryTokens("果 电商"), ["果", "电商"])
        XCTAssertEqual(SearchTokenizer.queryTokens("Apple 苹果"), ["apple", "苹果"])
        XCTAssertEqual(SearchTokenizer.queryTokens("  ，。 "), [])
    }

    func testInlinedClassesAgreeWithUnicode() {
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(SearchTokenizer.isHan(v), ReadingTime.isHan(scalar), "U+\(String(v, radix: 16))")
            if !ReadingTime.isHan(scalar) {
                let word = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
                XCTAssertEqual(SearchTokenizer.isWordScalar(v), word, "U+\(String(v, radix: 16))")
            }
        }
    }

    /// The scanner's fast path skips NFKC for these scalars: check that doing so cannot
    /// change the tokens (each maps to itself, or is a separator whose NFKC is separators,
    /// or is full-width ASCII, which the scanner maps itself).
    func testFastPathScalarsAreStableUnderNFKC() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x4E00...0x9FFF, 0x3400...0x4DBF,
                                              0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301F,
                                              0x2010...0x2027, 0xA0...0xA0, 0xB7...0xB7, 0xD7...0xD7,
                                              0xFF01...0xFF5E]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let s = String(scalar)
                let nfkc = s.precomposedStringWithCompatibilityMapping
                if nfkc == s { continue }
                if v >= 0xFF01 && v <= 0xFF5E {
                    XCTAssertEqual(nfkc, String(Unicode.Scalar(v - 0xFEE0)!), "U+\(String(v, radix: 16))")
                    continue
                }
                XCTAssertEqual(SearchTokenizer.indexTokens("a\(s)b"), ["a", "b"], "U+\(String(v, radix: 16)) is not a separator")
                XCTAssertEqual(SearchTokenizer.indexTokens("a\(nfkc)b"), ["a", "b"], "NFKC of U+\(String(v, radix: 16)) is not separators")
            }
        }
    }

    /// Only the stretch between ASCII white space around a scalar NFKC could change is
    /// normalised: the tokens, in their order, are those of the whole text's NFKC, for
    /// index and query alike, on texts mixing Han, Latin words, digits, white space,
    /// compatibility characters (①, ㎡, ³, ﬁ, ﹔, 豈), combining marks that compose with
    /// letters and with "=", decomposed and precomposed letters, and other planes.
    func testNormalisingAStretchGivesTheTokensOfTheWholeTextsNFKC() {
        let pieces = ["乡村", "振兴", "服务团", "苹果", "𠀀", "𪜀", "\u{F900}", "\u{FA0E}", "①", "㎡", "³", "ﬁ", "﹔", "︰", "IoT", "café",
                      "cafe\u{301}", "e", "\u{301}", "\u{327}\u{301}", "=", "\u{338}", "Å", "\u{212B}", "Ⅻ", "ＩｏＴ", "５Ｇ", "2023",
                      " ", "  ", "\n", "\t", "，", "。", "、", "—", "·", "©", "®", "→", "α", "Ω", "\u{3000}", "\u{A0}", "ﾊﾟ", "ᄀ", "\u{1161}"]
        var rng = Corpus.Random(state: 17)
        for _ in 0..<3_000 {
            let text = (0..<1 + rng.next(14)).map { _ in pieces[rng.next(pieces.count)] }.joined()
            let whole = text.precomposedStringWithCompatibilityMapping
            var index = SearchTokenizer.StringSink(unigrams: true)
            whole.withBytes { _ = SearchTokenizer.scanUTF8($0, into: &index) }
            XCTAssertEqual(SearchTokenizer.indexTokens(text), index.tokens, text.debugDescription)
            var query = SearchTokenizer.StringSink(unigrams: false)
            whole.withBytes { _ = SearchTokenizer.scanUTF8($0, into: &query) }
            query.flushSingle()
            XCTAssertEqual(SearchTokenizer.queryTokens(text), query.tokens, text.debugDescription)
        }
    }
}
