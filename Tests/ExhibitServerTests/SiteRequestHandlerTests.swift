@testable import ExhibitServer
import FlyingFox
import XCTest

/// The request handling, without a socket: `HTTPRequest` in, `HTTPResponse` out.
final class SiteRequestHandlerTests: XCTestCase {
    let handler = SiteRequestHandler(files: MemoryFiles.site)

    private func get(_ target: String, method: HTTPMethod = .GET, handler: SiteRequestHandler? = nil) async throws
        -> (status: Int, headers: HTTPHeaders, body: String) {
        let question = target.firstIndex(of: "?")
        let request = HTTPRequest(method: method, version: .http11,
                                  target: .init(path: String(target[..<(question ?? target.endIndex)]),
                                                query: question.map { String(target[target.index(after: $0)...]) } ?? ""),
                                  headers: [:], body: HTTPBodySequence(data: Data()))
        let response = try await (handler ?? self.handler).handleRequest(request)
        return (response.statusCode.code, response.headers, String(decoding: try await response.bodyData, as: UTF8.self))
    }

    func testRootServesTheHomePage() async throws {
        let response = try await get("/")
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.body.contains("<h1>首页</h1>"))
        XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
        XCTAssertEqual(response.headers[.cacheControl], "no-store")
    }

    func testFolderWithSlashServesItsIndex() async throws {
        let response = try await get("/cases/apple/")
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.body.contains("<h1>苹果</h1>"))
        let direct = try await get("/cases/apple/index.html")
        XCTAssertEqual(direct.body, response.body)
    }

    func testPercentEncodedPathsAreDecoded() async throws {
        let response = try await get("/cases/%E6%A0%A1%E4%BC%81/")
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.body.contains("<h1>校企</h1>"))
    }

    func testFolderWithoutSlashRedirects() async throws {
        let response = try await get("/cases/apple")
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.headers[.location], "/cases/apple/")
        let withQuery = try await get("/cases/apple?x=1")
        XCTAssertEqual(withQuery.headers[.location], "/cases/apple/?x=1")
        let encoded = try await get("/cases/%E6%A0%A1%E4%BC%81")
        XCTAssertEqual(encoded.headers[.location], "/cases/%E6%A0%A1%E4%BC%81/")
    }

    func testRedirectsStayOnThisOrigin() async throws {
        // `//cases/apple/` as a Location is protocol-relative: the host `cases`.
        let cases = ["//cases/apple": "/cases/apple/", "///cases//apple?x=1": "/cases/apple/?x=1",
                     "/%2Fcases/apple": "/cases/apple/", "/%2F%2Fcases%2Fapple": "/cases/apple/",
                     "//cases/%E6%A0%A1%E4%BC%81": "/cases/%E6%A0%A1%E4%BC%81/",
                     "/cases/apple?q=a b\\c": "/cases/apple/?q=a%20b%5Cc"]
        for (target, location) in cases {
            let response = try await get(target)
            XCTAssertEqual(response.status, 301, target)
            XCTAssertEqual(response.headers[.location], location, target)
        }
        for target in ["/\\cases/apple", "/%5Ccases/apple", "/%5C%5Ccases/apple"] {
            let response = try await get(target)
            XCTAssertEqual(response.status, 400, target)
        }
    }

    func testMissingFileGetsTheSites404PageWithStatus404() async throws {
        for target in ["/nope", "/nope/", "/cases/apple/nope.png", "/cases/missing"] {
            let response = try await get(target)
            XCTAssertEqual(response.status, 404, target)
            XCTAssertTrue(response.body.contains("<h1>找不到</h1>"), target)
            XCTAssertTrue(response.body.contains(LiveReloadScript.openingTag), target)
            XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
        }
    }

    func testWithoutA404PageAPlainNotFound() async throws {
        var files = MemoryFiles.site
        files.files["404.html"] = nil
        let response = try await get("/nope", handler: SiteRequestHandler(files: files))
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.headers[.contentType], "text/plain; charset=utf-8")
    }

    func testRequestsThatLeaveTheSiteAreRefused() async throws {
        for target in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/cases/..%2F..%2Fetc%2Fpasswd",
                       "/a%00b", "/a%5Cb", "/..", "/%2e%2e"] {
            let response = try await get(target)
            XCTAssertEqual(response.status, 400, target)
            XCTAssertFalse(response.body.contains("root:"), target)
        }
    }

    func testContentTypes() async throws {
        let expected = [
            "/css/exhibit.css": "text/css; charset=utf-8",
            "/data/cases.json": "application/json; charset=utf-8",
            "/data/metrics.csv": "text/csv; charset=utf-8",
            "/feed.xml": "application/xml; charset=utf-8",
            "/robots.txt": "text/plain; charset=utf-8",
            "/cases/apple/cover.svg": "image/svg+xml",
            "/cases/apple/photo.JPG": "image/jpeg",
            "/images/a.webp": "image/webp",
            "/files/report.pdf": "application/pdf",
            "/fonts/a.woff2": "font/woff2",
            "/misc/blob": "application/octet-stream",
        ]
        for (target, type) in expected {
            let response = try await get(target)
            XCTAssertEqual(response.status, 200, target)
            XCTAssertEqual(response.headers[.contentType], type, target)
            XCTAssertEqual(response.headers[.cacheControl], "no-store", target)
        }
    }

    func testScriptIsAddedToHTMLOnly() async throws {
        let page = try await get("/cases/apple/")
        XCTAssertTrue(page.body.contains(LiveReloadScript.openingTag))
        XCTAssertTrue(page.body.hasSuffix("</script>\n</body></html>"))
        for target in ["/css/exhibit.css", "/data/cases.json", "/feed.xml", "/cases/apple/cover.svg", "/robots.txt"] {
            let response = try await get(target)
            XCTAssertEqual(response.body, MemoryFiles.site.files[String(target.dropFirst())], target)
        }
    }

    func testWithoutLiveReloadPagesAreServedAsTheyAre() async throws {
        let page = try await get("/cases/apple/", handler: SiteRequestHandler(files: MemoryFiles.site, liveReload: false))
        XCTAssertEqual(page.body, MemoryFiles.site.files["cases/apple/index.html"])
    }

    func testHeadHasNoBodyAndOtherMethodsAreRefused() async throws {
        let head = try await get("/cases/apple/", method: .HEAD)
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.body, "")
        let post = try await get("/cases/apple/", method: .POST)
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.headers[HTTPHeader("Allow")], "GET, HEAD")
    }

    func testBeforeTheFirstGoodBuildPagesWaitForIt() async throws {
        let response = try await get("/cases/apple/", handler: SiteRequestHandler(files: MemoryFiles(files: [:])))
        XCTAssertEqual(response.status, 503)
        XCTAssertTrue(response.body.contains(LiveReloadScript.openingTag))
        let css = try await get("/css/exhibit.css", handler: SiteRequestHandler(files: MemoryFiles(files: [:])))
        XCTAssertEqual(css.status, 404)
    }
}
