import ExhibitText
import XCTest

final class SlugTests: XCTestCase {
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
