import ExhibitText
import XCTest

final class SummaryTests: XCTestCase {
    func testEndsAtTheLastSentenceEndWithinTheLimit() {
        let text = "服务团扎根西岭县两年。带动 200 户果农增收！下一步将推广到全省的十个县区并建立长效机制"
        XCTAssertEqual(Summary.make(from: text, limit: 30), "服务团扎根西岭县两年。带动 200 户果农增收！")
    }

    func testKeepsClosingQuotesAfterTheSentenceEnd() {
        XCTAssertEqual(Summary.make(from: "他说：“一起干。”然后呢还有很多很多话要说", limit: 12), "他说：“一起干。”")
    }

    func testShortTextLeavesOutTrailingHeadingsAndListItems() {
        XCTAssertEqual(Summary.make(from: "校企共建党建联盟。\n成效\n签订协议"), "校企共建党建联盟。")
    }

    func testDecimalPointIsNotASentenceEnd() {
        XCTAssertEqual(Summary.make(from: "Yield rose 3.5 times. Then more text follows here", limit: 30), "Yield rose 3.5 times.")
    }

    func testEnglishWithoutASentenceEndIsCutBetweenWordsNotInsideOne() {
        let text = "Innovation Training Base and Joint Education Model for Postgraduates Xiunu County Practice"
        XCTAssertEqual(Summary.make(from: text, limit: 71), "Innovation Training Base and Joint Education Model for Postgraduates…")
        // A pause before the cut is dropped with the space.
        XCTAssertEqual(Summary.make(from: "Apples, pears, plums and cherries", limit: 16), "Apples, pears…")
        // Cut just after a whole word: nothing is dropped.
        XCTAssertEqual(Summary.make(from: "Apples and pears everywhere", limit: 16), "Apples and pears…")
    }

    func testMixedTextCutsBetweenAChineseCharacterAndALatinWord() {
        XCTAssertEqual(Summary.make(from: "服务团扎根西岭县Xiunu County两年", limit: 10), "服务团扎根西岭县…")
    }

    func testOneLatinWordLongerThanTheLimitIsCutWhereItIs() {
        XCTAssertEqual(Summary.make(from: String(repeating: "a", count: 30), limit: 10), String(repeating: "a", count: 10) + "…")
    }

    func testOneLongSentenceIsCutWithAnEllipsisOnACharacterBoundary() {
        let text = String(repeating: "苹果", count: 100)
        let summary = Summary.make(from: text, limit: 15)
        XCTAssertEqual(summary, String(repeating: "苹果", count: 7) + "苹…")
    }
}
