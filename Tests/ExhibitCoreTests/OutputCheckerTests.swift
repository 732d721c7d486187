import ExhibitCore
import Foundation
import XCTest

/// The link scanner and the checker on hand-written pages, without a build.
final class OutputCheckerTests: XCTestCase {
    func testTheScannerFindsTagsAttributesAndTheirPlaces() {
        let html = "<!doctype html>\n<!-- <a href=\"x\"> -->\n<p>中文 <A HREF='a%20b/?q=1#top' data-x=1>x</A>\n<img src=\"p.png\" alt>\n"
            + "<script>if (a < b) { document.write('<a href=\"no\">') }</script><a href=\"&amp;&#39;&#x3D;\">y</a>"
        let scanner = LinkScanner(html)
        let tags = scanner.tags()
        XCTAssertEqual(tags.map(\.name), ["p", "a", "img", "script", "a"])
        let link = tags[1]
        XCTAssertEqual(link.value("href"), "a%20b/?q=1#top")
        XCTAssertEqual(link.value("data-x"), "1")
        let place = scanner.position(of: link.attribute("href")!.offset)
        XCTAssertEqual(place.line, 3)
        XCTAssertEqual(place.column, 10, "columns count characters, not UTF-8 bytes")
        XCTAssertEqual(tags[2].attributes.map(\.name), ["src", "alt"])
        XCTAssertNil(tags[2].value("alt"), "an attribute without `=` has no value")
        XCTAssertEqual(tags[4].value("href"), "&'=")
    }

    func testLinksResolveLikeABrowserFromThePageURL() {
        func resolve(_ link: String, _ page: String = "cases/x/index.html", base: String = "/") -> OutputChecker.Resolution {
            OutputChecker.resolve(link, from: page, basePath: base)
        }
        XCTAssertEqual(resolve("../y/"), .file("cases/y/index.html"))
        XCTAssertEqual(resolve("../../"), .file("index.html"))
        XCTAssertEqual(resolve("cover.svg"), .file("cases/x/cover.svg"))
        XCTAssertEqual(resolve("./"), .file("cases/x/index.html"))
        XCTAssertEqual(resolve(".."), .file("cases/index.html"))
        XCTAssertEqual(resolve("../../../"), .leavesSite)
        XCTAssertEqual(resolve("/expo/cases/", "404.html", base: "/expo/"), .file("cases/index.html"))
        XCTAssertEqual(resolve("/expo", "404.html", base: "/expo/"), .file("index.html"))
        XCTAssertEqual(resolve("/other/", "404.html", base: "/expo/"), .outsideBase)
    }

    func testPagesInMemoryAreChecked() {
        func page(_ body: String) -> Data { Data("<!doctype html><html><body>\(body)</body></html>".utf8) }
        let files: [String: Data] = [
            "index.html": page("<a href=\"cases/x/\">x</a> <a href=\"cases/x/#part%20two\">2</a> <a href=\"#main\">skip</a> <main id=\"main\"></main>"
                + " <a href=\"https://example.org/\">out</a> <a href=\"https://site.test/cases/x/\">self</a> <a href=\"tel:123\">call</a>"),
            "cases/x/index.html": page("<h2 id=\"part two\">2</h2><img src=\"a.png\" srcset=\"a.png 1x, b.png 2x\" alt=\"A\">"
                + "<img src=\"a.png\" alt=\"\" aria-hidden=\"true\"><a href=\"%E4%B8%AD.html\">中</a>"),
            "cases/x/a.png": Data(), "cases/x/中.html": page(""),
        ]
        let map = OutputMap(origins: ["index.html": PageOrigin(template: "home")], basePath: "/", baseURL: "https://site.test/")
        let report = OutputChecker(files: files, map: map, threads: 2).check()
        XCTAssertEqual(report.diagnostics.map(\.description), [
            "public/cases/x/index.html:1:69: warning: the image `b.png` leads to no file of the site (looked for public/cases/x/b.png)\n"
                + "    fix: correct the path relative to this page (/cases/x/); the image is in a template of the theme",
        ])
        XCTAssertEqual(report.pages, 3)
        XCTAssertEqual(report.images, 2)
        XCTAssertEqual(report.externalLinks.map(\.url), ["https://example.org/"])
        XCTAssertEqual(report.externalLinks.first?.path, "public/index.html")
    }
}
