import Foundation
import XCTest

/// `exhibit build` keeps the QR symbols it drew in `.exhibit-cache/qr-codes`: the next
/// build reads them, and its pages are byte for byte the first build's, also when the
/// file was damaged; `check` leaves no file.
final class QRCacheTests: EndToEndCase {
    func testASecondBuildReadsTheCodesAndWritesTheSamePages() throws {
        let (_, site) = try makeExampleSite()
        let cache = site.appendingPathComponent(".exhibit-cache/qr-codes")
        let output = site.appendingPathComponent("public")

        let checked = try exhibit(["check", "--site", site.path], in: site.deletingLastPathComponent())
        XCTAssertEqual(checked.status, 0, "\(checked)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.path), "check writes no cache")

        try buildOK(site)
        let first = snapshot(output)
        let kept = try XCTUnwrap(FileManager.default.contents(atPath: cache.path), "the first build keeps its codes")
        // A case's page, `cases/<slug>/index.html`: not a list's (`cases/index.html`, `cases/page/2/`).
        let pages = first.filter { $0.key.hasPrefix("cases/") && $0.key.split(separator: "/").count == 3
            && !$0.key.hasPrefix("cases/page/") && $0.key.hasSuffix("/index.html") }
        XCTAssertFalse(pages.isEmpty)
        for (path, page) in pages {
            XCTAssertTrue(String(decoding: page, as: UTF8.self).contains("class=\"qr-code\""), "\(path) has its QR code")
        }

        let inode = try FileManager.default.attributesOfItem(atPath: cache.path)[.systemFileNumber] as? Int
        try buildOK(site)
        XCTAssertEqual(snapshotDifference(first, snapshot(output)), "", "pages from kept codes are the first build's")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: cache.path)[.systemFileNumber] as? Int, inode,
                       "an unchanged set of codes is not written again (a new file is renamed into place)")

        // Damaged on disk: read as nothing, drawn again, the same pages, a good file again.
        var damaged = [UInt8](kept)
        damaged[damaged.count / 2] ^= 0x01
        try Data(damaged).write(to: cache)
        try buildOK(site)
        XCTAssertEqual(snapshotDifference(first, snapshot(output)), "", "pages after a damaged cache are the first build's")
        XCTAssertEqual(FileManager.default.contents(atPath: cache.path), kept)
    }
}
