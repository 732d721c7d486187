import ExhibitCore
import Foundation
import XCTest

/// Builds Fixtures/golden-site and compares every file it writes with Snapshots/golden-site.
/// Re-record with EXHIBIT_RECORD=1 after a deliberate change (the run then fails: see
/// SnapshotRecording), and read the diff.
final class GoldenSiteTests: XCTestCase {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let site = here.appendingPathComponent("Fixtures/golden-site")
    static let snapshots = here.appendingPathComponent("Snapshots/golden-site")

    func build(threads: Int = 2) -> (BuildReport, MemorySink) {
        var options = BuildOptions(siteRoot: Self.site)
        options.threads = threads
        let sink = MemorySink()
        return (Builder(options: options).run(into: sink), sink)
    }

    func testOutputMatchesSnapshots() throws {
        let (report, sink) = build()
        XCTAssertTrue(report.succeeded, report.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(report.diagnostics, [])
        // The theme's static files are the templates/ folder's own (scripts/embed-theme
        // --check keeps them equal); snapshots hold what the build makes.
        let files = sink.files.filter { !$0.key.hasPrefix("css/") && !$0.key.hasPrefix("js/") }
        if SnapshotRecording.isOn {
            try? FileManager.default.removeItem(at: Self.snapshots)
            for (path, data) in files {
                let url = Self.snapshots.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            SnapshotRecording.fail(recorded: "\(files.count) files in Snapshots/golden-site")
            return
        }
        let recorded = Set(FileManager.default.enumerator(atPath: Self.snapshots.path)!.compactMap { item -> String? in
            let path = item as! String
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: Self.snapshots.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return isDirectory.boolValue ? nil : path
        })
        XCTAssertEqual(Set(files.keys), recorded, "the set of files written changed")
        for (path, data) in files where recorded.contains(path) {
            let expected = try Data(contentsOf: Self.snapshots.appendingPathComponent(path))
            XCTAssertEqual(String(decoding: data, as: UTF8.self), String(decoding: expected, as: UTF8.self), path)
        }
    }

    func testDraftsAreLeftOutAndChineseFileNamesGetPinyinSlugs() {
        let (_, sink) = build()
        XCTAssertNotNil(sink.text("cases/xiao-qi-dang-jian-gong-jian/index.html"))
        XCTAssertNil(sink.text("cases/draft/index.html"))
        XCTAssertNotNil(sink.text("cases/orchard/cover.svg"), "a case folder's image is copied beside its page")
    }

    func testLinksBetweenCasesAndAnchorsAreRewritten() throws {
        let (_, sink) = build()
        let orchard = try XCTUnwrap(sink.text("cases/orchard/index.html"))
        XCTAssertTrue(orchard.contains("href=\"../../cases/xiao-qi-dang-jian-gong-jian/#cheng-xiao\""), orchard)
        XCTAssertTrue(orchard.contains("<h2 id=\"yuan-qi\""))
        let english = try XCTUnwrap(sink.text("cases/english-case/index.html"))
        XCTAssertTrue(english.contains("href=\"../../cases/orchard/\""))
        XCTAssertTrue(english.contains("Low-cost sensors for &lt;greenhouses&gt; &amp; farms."))
    }

    func testPaginationSplitsListsByPerPage() throws {
        let (_, sink) = build()
        XCTAssertNotNil(sink.text("cases/index.html"))
        let second = try XCTUnwrap(sink.text("cases/page/2/index.html"))
        XCTAssertTrue(second.contains("Smart Greenhouse Sensors"))
        XCTAssertNil(sink.text("cases/page/3/index.html"))
    }

    func testOneThreadAndTwoThreadsWriteTheSameBytes() {
        let (_, serial) = build(threads: 1)
        let (_, parallel) = build(threads: 2)
        XCTAssertEqual(serial.files, parallel.files)
    }
}
