import ExhibitServer
import Foundation

/// A site held in a dictionary, for the request handler without a `SiteSession`.
struct MemoryFiles: SiteFileSource {
    var files: [String: String]

    func file(at path: String) -> Data? { files[path].map { Data($0.utf8) } }

    static let site = MemoryFiles(files: [
        "index.html": "<!doctype html><html><body><h1>首页</h1></body></html>",
        "cases/apple/index.html": "<!doctype html><html><body><h1>苹果</h1></body></html>",
        "cases/校企/index.html": "<!doctype html><html><body><h1>校企</h1></body></html>",
        "404.html": "<!doctype html><html><body><h1>找不到</h1></body></html>",
        "css/exhibit.css": "body{color:#111}",
        "data/cases.json": "{\"cases\":[]}",
        "data/metrics.csv": "case,label\n",
        "feed.xml": "<feed/>",
        "robots.txt": "User-agent: *\n",
        "cases/apple/cover.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
        "cases/apple/photo.JPG": "jpeg",
        "images/a.webp": "webp",
        "files/report.pdf": "%PDF",
        "fonts/a.woff2": "wOF2",
        "misc/blob": "?",
    ])
}
