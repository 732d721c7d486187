@testable import ExhibitServer
import XCTest

final class ContentTypesTests: XCTestCase {
    func testTypesByExtension() {
        let expected = [
            "index.html": "text/html; charset=utf-8",
            "css/exhibit.css": "text/css; charset=utf-8",
            "js/search.js": "text/javascript; charset=utf-8",
            "cover.svg": "image/svg+xml",
            "a.png": "image/png",
            "a.jpg": "image/jpeg",
            "a.JPEG": "image/jpeg",
            "a.webp": "image/webp",
            "data/cases.json": "application/json; charset=utf-8",
            "feed.xml": "application/xml; charset=utf-8",
            "sitemap.xml": "application/xml; charset=utf-8",
            "data/metrics.csv": "text/csv; charset=utf-8",
            "robots.txt": "text/plain; charset=utf-8",
            "report.pdf": "application/pdf",
            "fonts/a.woff2": "font/woff2",
            "blob": "application/octet-stream",
            "dir.d/blob": "application/octet-stream",
            ".hidden": "application/octet-stream",
        ]
        for (path, type) in expected {
            XCTAssertEqual(ContentTypes.forPath(path), type, path)
        }
    }
}
