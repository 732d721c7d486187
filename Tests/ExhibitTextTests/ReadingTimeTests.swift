import ExhibitText
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
}
