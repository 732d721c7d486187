@testable import ExhibitServer
import XCTest

final class RequestPathTests: XCTestCase {
    func testPrettyURLsNameTheirIndex() {
        XCTAssertEqual(RequestPath(target: "/")?.file, "index.html")
        XCTAssertEqual(RequestPath(target: "/cases/x/")?.file, "cases/x/index.html")
        XCTAssertEqual(RequestPath(target: "/css/exhibit.css")?.file, "css/exhibit.css")
        XCTAssertEqual(RequestPath(target: "/cases/x")?.folderIndex, "cases/x/index.html")
        XCTAssertNil(RequestPath(target: "/cases/x/")?.folderIndex)
        XCTAssertNil(RequestPath(target: "/")?.folderIndex)
    }

    func testQueryAndFragmentAreDropped() {
        XCTAssertEqual(RequestPath(target: "/cases/x/?page=2#top")?.file, "cases/x/index.html")
        XCTAssertEqual(RequestPath(target: "/cases/x?page=2")?.raw, "/cases/x")
    }

    func testPercentEncodingIsDecoded() {
        XCTAssertEqual(RequestPath(target: "/cases/%E6%A0%A1%E4%BC%81/")?.file, "cases/校企/index.html")
        XCTAssertEqual(RequestPath(target: "/a%20b.txt")?.file, "a b.txt")
    }

    func testRepeatedSlashesCollapse() {
        XCTAssertEqual(RequestPath(target: "//cases///x/")?.file, "cases/x/index.html")
    }

    func testPathsThatLeaveTheSiteAreRejected() {
        for target in ["/../etc/passwd", "/cases/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
                       "/cases/..%2f..%2fsecret", "/./index.html", "/a%00.html", "/a%5c..%5cb", "/a\\b", "/a%0ab",
                       "/bad%zz", "/bad%", "cases/x/", "", "*"] {
            XCTAssertNil(RequestPath(target: target), target)
        }
    }

    func testDotsInsideNamesAreFine() {
        XCTAssertEqual(RequestPath(target: "/a..b/c.d.txt")?.file, "a..b/c.d.txt")
        XCTAssertEqual(RequestPath(target: "/.well-known/x")?.file, ".well-known/x")
    }
}
