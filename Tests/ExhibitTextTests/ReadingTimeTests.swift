@testable import ExhibitText
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
}
