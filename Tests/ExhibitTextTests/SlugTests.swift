@testable import ExhibitText
import XCTest

final class SlugTests: XCTestCase {
    /// Pinyin learnt for many characters in one ICU call is what one call per character
    /// gives, and slugs do not change. Only characters outside `PinyinTable` (extension B
    /// and later) are learnt from ICU now; the table's own are checked one by one against
    /// ICU in `PinyinTableTests`.
    func testPinyinLearntTogetherIsEachCharactersOwn() {
        let sample = stride(from: 0x4E00, through: 0x9FFF, by: 11).map { $0 }
            + stride(from: 0x3400, through: 0x4DBF, by: 97).map { $0 } + [0xF900, 0xFA0E, 0x20000, 0x2A700]
            + Array("行长重乐还的地得了着觉朝传".unicodeScalars.map(\.value))
        let han = Set(sample.compactMap(Unicode.Scalar.init))
        let together = LatinCache(), alone = LatinCache()
        together.learn(together.unknown(han))
        for scalar in han {
            XCTAssertEqual(together.latin(for: scalar), alone.latin(for: scalar), "U+\(String(scalar.value, radix: 16))")
        }
        Slug.prepare(["校企党建共建", "苹果产业“三段式”创新服务"])
        XCTAssertEqual(Slug.make("校企党建共建"), "xiao-qi-dang-jian-gong-jian")
        XCTAssertEqual(Slug.make("苹果产业“三段式”创新服务"), "ping-guo-chan-ye-san-duan-shi-chuang-xin-fu-wu")
    }

    /// The one-pass slug is the slug of the text spelled out first, as it was made before
    /// (kept here as the oracle), on generated mixes of Han, ASCII, full-width forms,
    /// punctuation, apostrophes, accents and emoji.
    func testOnePassGivesTheSlugOfTheTextSpelledOut() {
        func spelledOut(_ text: String) -> String {
            var folded = text
            if text.unicodeScalars.contains(where: { !$0.isASCII && !ReadingTime.isHan($0) }) {
                folded = text.precomposedStringWithCompatibilityMapping
            }
            var latin = ""
            for scalar in folded.unicodeScalars {
                if scalar.isASCII { latin.unicodeScalars.append(scalar) }
                else if ReadingTime.isHan(scalar) { latin += " " + Slug.latinCache.latin(for: scalar) + " " }
                else { latin += Slug.latinCache.latin(for: scalar) }
            }
            var slug = "", pendingHyphen = false
            for scalar in latin.unicodeScalars {
                let v = scalar.value
                if (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) {
                    if pendingHyphen && !slug.isEmpty { slug.append("-") }
                    pendingHyphen = false
                    slug.unicodeScalars.append(v <= 0x5A && v >= 0x41 ? Unicode.Scalar(v + 32)! : scalar)
                } else if v == 0x27 || v == 0x2019 {
                    continue
                } else {
                    pendingHyphen = true
                }
            }
            return slug
        }
        let pieces = ["校企", "党建", "a", "B2", " ", "-", "'", "\u{2019}", "ｆｕｌｌ２０２４", "，", "《", "》", "——", "é", "Ä",
                      "👍", "💯", "2024", "don't", "行长", "𠀀", "_", ".", "Ⅻ", "①", "ﬁ", "x"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> Int { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return Int(state >> 33) }
        for _ in 0..<3_000 {
            let text = (0..<(next() % 8)).map { _ in pieces[next() % pieces.count] }.joined()
            XCTAssertEqual(Slug.make(text), spelledOut(text), text.debugDescription)
        }
    }

    func testChineseBecomesPinyin() {
        XCTAssertEqual(Slug.make("校企党建共建"), "xiao-qi-dang-jian-gong-jian")
        XCTAssertEqual(Slug.make("苹果产业“三段式”创新服务"), "ping-guo-chan-ye-san-duan-shi-chuang-xin-fu-wu")
    }

    func testMixedTextFullWidthAndCase() {
        XCTAssertEqual(Slug.make("AI 赋能 Rural 振兴 2024"), "ai-fu-neng-rural-zhen-xing-2024")
        XCTAssertEqual(Slug.make("ＡＢＣ２０２４"), "abc2024")
        XCTAssertEqual(Slug.make("Café don't  stop!"), "cafe-dont-stop")
    }

    func testNothingUsableGivesEmpty() {
        XCTAssertEqual(Slug.make("🎉🎉"), "")
        XCTAssertEqual(Slug.make("——"), "")
    }

    func testPathSafety() {
        XCTAssertFalse(Slug.isSafePathSegment(".."))
        XCTAssertFalse(Slug.isSafePathSegment("a/b"))
        XCTAssertFalse(Slug.isSafePathSegment(".hidden"))
        XCTAssertTrue(Slug.isSafePathSegment("apple-service"))
        XCTAssertTrue(Slug.isURLSafe("apple-service"))
        XCTAssertFalse(Slug.isURLSafe("Apple Service"))
    }
}
