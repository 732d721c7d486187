import Dispatch
import Synchronization
@testable import ExhibitText
import PropertyBased
import XCTest

final class ReadingTimeTests: XCTestCase {
    func testHanCharactersAreCountedOneByOne() {
        let text = String(repeating: "服务团扎根西岭县两年", count: 90)  // 900 Han characters
        let time = ReadingTime(text)
        XCTAssertEqual(time.hanCharacters, 900)
        XCTAssertEqual(time.latinWords, 0)
        XCTAssertEqual(time.minutes, 2)
    }

    func testMixedTextIsMeasuredPerSegment() {
        let time = ReadingTime("我们用 IoT sensors 监测 12 个大棚，温度 25.5 度。")
        XCTAssertEqual(time.hanCharacters, 11)  // 我们用 监测 个大棚 温度 度
        XCTAssertEqual(time.latinWords, 5)  // IoT, sensors, 12, 25, 5
        XCTAssertEqual(time.minutes, 1)
    }

    func testLongEnglishUsesWordsPerMinute() {
        let time = ReadingTime(String(repeating: "farmers sell apples online ", count: 110))  // 440 words
        XCTAssertEqual(time.minutes, 2)
    }

    /// The count, decoded from the UTF-8 bytes, is the count over the text's scalars, on
    /// generated text of every width of UTF-8 (ASCII, Latin, Han, Han beyond the BMP,
    /// full-width forms, emoji, combining marks) and any mix of them.
    func testTheByteCountIsTheScalarCount() {
        let pieces = ["a", "Z9", " ", "é", "ß", "中", "文", "㐀", "䶵", "䷀", "\u{20000}", "，", "。", "Ａ", "１", "👍🏽", "e\u{301}", "-", "\n", "ё", "ㄅ", "カ"]
        var generator = Xoshiro(seed: (2_026, 12, 1, 17))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        for _ in 0..<5_000 {
            let text = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
            var han = 0, words = 0, inWord = false
            for scalar in text.unicodeScalars {
                if ReadingTime.isHan(scalar) {
                    han += 1
                    inWord = false
                } else if ReadingTime.isWordScalar(scalar) {
                    if !inWord { words += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
            }
            let time = ReadingTime(text)
            XCTAssertEqual(time.hanCharacters, han, text.debugDescription)
            XCTAssertEqual(time.latinWords, words, text.debugDescription)
        }
    }

    /// Han told from a character's first two bytes (`startsHan`, the counts' fast path) is
    /// `isHan` for every scalar of U+4000 to U+9FFF, the hexagrams U+4DC0…U+4DFF among them,
    /// and never a scalar outside it (those are decoded and asked of `isHan`).
    func testHanToldByTwoBytesIsHan() {
        var differ: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let told = Array(String(scalar).utf8).withUnsafeBufferPointer { ReadingTime.startsHan($0, at: 0) }
            if told != (ReadingTime.isHan(scalar) && (0x4000...0x9FFF).contains(value)) { differ.append(value) }
        }
        XCTAssertEqual(differ, [])
        XCTAssertEqual(ReadingTime("䷀䷁中们").hanCharacters, 2)
    }

    func testEmptyTextTakesNoTime() {
        XCTAssertEqual(ReadingTime("  ").minutes, 0)
    }

    /// The table of the Basic Multilingual Plane answers as Unicode's own property does,
    /// for every scalar of it (ASCII: letters and digits only).
    func testWordScalarsAreTheAlphabeticOnes() {
        var differ: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value < 0x80 ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) : scalar.properties.isAlphabetic
            if ReadingTime.isWordScalar(scalar) != expected { differ.append(value) }
        }
        XCTAssertEqual(differ, [])
    }

    /// The blocks made as threads ask, eight threads at once, each from another place:
    /// every answer is Unicode's own, whichever thread made the block.
    func testBlocksMadeByThreadsAtOnceAreUnicodes() {
        let blocks = AlphabeticBlocks()
        let wrong = Mutex<[UInt32]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for i in 0..<0x10000 {
                let value = UInt32((i + thread * 0x2000) & 0xFFFF)
                guard let scalar = Unicode.Scalar(value) else { continue }
                if blocks.contains(value) != scalar.properties.isAlphabetic { wrong.withLock { $0.append(value) } }
            }
        }
        XCTAssertEqual(wrong.withLock { $0 }, [])
    }
}
