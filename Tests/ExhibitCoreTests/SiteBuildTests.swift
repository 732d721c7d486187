import ExhibitCore
import Foundation
import XCTest

/// Whole builds of small inline sites, asserting what a reader of the pages sees.
final class SiteBuildTests: XCTestCase {
    func build(_ site: TemporarySite) -> (BuildReport, MemorySink) {
        let sink = MemorySink()
        return (Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink), sink)
    }

    func testEnglishSiteUsesEnglishStringsAndDates() throws {
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/a.md": TemporarySite.caseFile(title: "Greenhouses")])
        defer { site.remove() }
        let (report, sink) = build(site)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        let page = try XCTUnwrap(sink.text("cases/a/index.html"))
        XCTAssertTrue(page.contains("<html lang=\"en\">"))
        XCTAssertTrue(page.contains("June 18, 2024"))
        XCTAssertFalse(page.contains("2024年"))
    }

    func testSymlinkLoopInContentDoesNotHang() throws {
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/a.md": TemporarySite.caseFile(title: "A")])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/cases/loop").path,
                                                   withDestinationPath: "..")
        let (report, sink) = build(site)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        XCTAssertNotNil(sink.text("cases/a/index.html"))
    }

    func testAllProblemsOfABuildAreReportedTogether() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", date: "2024-13-01"),
            "content/cases/b.md": "---\ntitle: B\ndate: 2024-01-01\ncategory: nope\n---\n",
            "content/cases/c.md": TemporarySite.caseFile(title: "C", body: "[x](missing.md)"),
        ])
        defer { site.remove() }
        let (report, sink) = build(site)
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.diagnostics.map { "\($0.path):\($0.line) \($0.severity)" },
                       ["content/cases/a.md:3 error", "content/cases/b.md:4 error", "content/cases/c.md:6 warning"])
        XCTAssertTrue(sink.files.isEmpty, "nothing is written when the content has errors")
    }

    func testRelatedCasesShareTagsAndPreviousNextFollowDates() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/old.md": TemporarySite.caseFile(title: "Old", date: "2022-01-01", extra: "tags: [soil]\n"),
            "content/cases/mid.md": TemporarySite.caseFile(title: "Mid", date: "2023-01-01", extra: "tags: [other]\n"),
            "content/cases/new.md": TemporarySite.caseFile(title: "New", date: "2024-01-01", extra: "tags: [soil]\n"),
        ])
        defer { site.remove() }
        let (_, sink) = build(site)
        let mid = try XCTUnwrap(sink.text("cases/mid/index.html"))
        XCTAssertTrue(mid.contains("href=\"../../cases/old/\""), "previous (older) case is linked")
        XCTAssertTrue(mid.contains("href=\"../../cases/new/\""), "next (newer) case is linked")
        let newest = try XCTUnwrap(sink.text("cases/new/index.html"))
        let related = try XCTUnwrap(newest.range(of: "related"))
        XCTAssertTrue(newest[related.lowerBound...].contains("href=\"../../cases/old/\""), "old shares the tag soil")
    }

    func testTemplateOverrideReplacesOnlyThatFile() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A"),
            "templates/404.mustache": "{{<base}}{{$main}}<p>Custom 404 for {{site.title}}</p>{{/main}}{{/base}}",
        ])
        defer { site.remove() }
        let (report, sink) = build(site)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        XCTAssertTrue(sink.text("404.html")?.contains("<p>Custom 404 for Test Expo</p>") == true)
        XCTAssertTrue(sink.text("cases/a/index.html")?.contains("<!doctype html>") == true, "built-in case template still used")
    }
}
