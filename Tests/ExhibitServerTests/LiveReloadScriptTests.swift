@testable import ExhibitServer
import XCTest

final class LiveReloadScriptTests: XCTestCase {
    private func inject(_ html: String) -> String {
        String(decoding: LiveReloadScript.inject(into: Data(html.utf8)), as: UTF8.self)
    }
    private var tag: String { String(decoding: LiveReloadScript.tag, as: UTF8.self) }

    func testScriptGoesJustBeforeTheLastBodyClose() {
        let html = "<html><body><p>a</p><pre>&lt;/body&gt; </body></pre></body>\n</html>\n"
        let expected = "<html><body><p>a</p><pre>&lt;/body&gt; </body></pre>" + tag + "</body>\n</html>\n"
        XCTAssertEqual(inject(html), expected)
    }

    func testBodyCloseIsFoundInAnyCase() {
        XCTAssertEqual(inject("<P>a</P></BODY></HTML>"), "<P>a</P>" + tag + "</BODY></HTML>")
    }

    func testPageWithoutBodyCloseGetsItAtTheEnd() {
        XCTAssertEqual(inject("<p>a"), "<p>a" + tag)
        XCTAssertEqual(inject(""), tag)
    }

    func testScriptListensOnTheLiveSocketAndEscapesThroughTextContent() {
        XCTAssertTrue(tag.hasPrefix(LiveReloadScript.openingTag))
        XCTAssertTrue(tag.contains("/__exhibit/live"))
        XCTAssertTrue(tag.contains("textContent"))
        XCTAssertFalse(tag.contains("innerHTML"))
        XCTAssertTrue(tag.hasSuffix("</script>\n"))
        XCTAssertEqual(tag.components(separatedBy: "</script>").count, 2, "one closing tag only")
    }
}
