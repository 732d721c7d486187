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
        XCTAssertEqual(report.diagnostics.map(\.path), ["content/cases/loop"])
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

    /// A long list links the first and last page and two either side of the current one,
    /// with "…" for the pages left out, rather than every page.
    func testPagerOfALongListIsAWindowWithGaps() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML + "\nper_page: 1\n"]
        for i in 1...30 {
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(title: "Case \(i)", date: String(format: "2020-01-%02d", i))
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let (report, sink) = build(site)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        let page = try XCTUnwrap(sink.text("cases/page/10/index.html"))
        let pager = try XCTUnwrap(page.range(of: "<nav class=\"pagination\"")).lowerBound
        let nav = String(page[pager...].split(separator: "</nav>")[0])
        let numbers = nav.matches(of: /<a href="[^"]*"(?: aria-current="page")?>(\d+)<\/a>/).map { Int($0.output.1)! }
        XCTAssertEqual(numbers, [1, 8, 9, 10, 11, 12, 30])
        XCTAssertEqual(nav.components(separatedBy: "class=\"pagination-gap\" aria-hidden=\"true\">…</li>").count - 1, 2)
        XCTAssertTrue(nav.contains("<a href=\"../../../cases/page/10/\" aria-current=\"page\">10</a>"))
        XCTAssertTrue(nav.contains("href=\"../../../cases/\">1</a>"), "page 1 is the list itself, not /page/1/")
        // Near the start a gap of one page shows that page instead of "…".
        let fifth = try XCTUnwrap(sink.text("cases/page/5/index.html"))
        let fifthNav = String(fifth[try XCTUnwrap(fifth.range(of: "<nav class=\"pagination\"")).lowerBound...].split(separator: "</nav>")[0])
        XCTAssertEqual(fifthNav.matches(of: /<a href="[^"]*"(?: aria-current="page")?>(\d+)<\/a>/).map { Int($0.output.1)! },
                       [1, 2, 3, 4, 5, 6, 7, 30])
    }

    /// A tag typed as one character or as a letter and a combining accent (as some
    /// keyboards and copied text give it) is one tag, with one page.
    func testTagsEqualUnderUnicodeNormalisationAreOneTag() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "tags: [caf\u{E9}]\norganization: \"Caf\u{E9} team\"\n"),
            "content/cases/b.md": TemporarySite.caseFile(title: "B", date: "2024-06-17",
                                                         extra: "tags: [cafe\u{301}]\norganization: \"Cafe\u{301} team\"\n"),
        ])
        defer { site.remove() }
        let (report, sink) = build(site)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        let tagPages = sink.files.keys.filter { $0.hasPrefix("tags/") && $0.hasSuffix("/index.html") && $0 != "tags/index.html" }
        XCTAssertEqual(tagPages, ["tags/cafe/index.html"])
        let page = try XCTUnwrap(sink.text("tags/cafe/index.html"))
        XCTAssertTrue(page.contains("href=\"../../cases/a/\"") && page.contains("href=\"../../cases/b/\""), "both cases are on the page")
        XCTAssertEqual(sink.files.keys.filter { $0.hasPrefix("organizations/") && $0 != "organizations/index.html" }.count, 1)
    }

    /// A date without a time and the same date at 00:00 are one moment: such cases are
    /// ordered by title, whatever order their files are read in.
    func testMidnightAndNoTimeAreTheSameDateAndTitlesBreakTheTie() throws {
        for names in [["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"]] {
            let dates = ["2024-06-18", "2024-06-18 00:00", "2024-06-18"]
            var files = ["content/site.yaml": TemporarySite.siteYAML,
                         "content/cases/x.md": TemporarySite.caseFile(title: "X", date: "2025-01-01")]
            for (name, (title, date)) in zip(names, zip(["A", "B", "C"], dates)) {
                files["content/cases/\(name).md"] = TemporarySite.caseFile(title: title, date: date)
            }
            let site = try TemporarySite(files)
            defer { site.remove() }
            let (report, sink) = build(site)
            XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
            let list = try XCTUnwrap(sink.text("cases/index.html"))
            let titles = list.matches(of: /<h3 class="card-title"><a href="[^"]*">([A-Z])<\/a>/).map { String($0.output.1) }
            XCTAssertEqual(titles, ["X", "A", "B", "C"], "files \(names)")
        }
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

    /// The 404 page is served at any depth, so its links start at the path of base_url:
    /// that path as written, with `%20`, never decoded into a raw space.
    func testThe404PageLinksFromBaseURLsPathAsWritten() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML.replacingOccurrences(of: "https://example.org/", with: "https://example.org/my%20expo/"),
            "content/cases/a.md": TemporarySite.caseFile(title: "A"),
        ])
        defer { site.remove() }
        let (report, sink) = build(site)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        let page = try XCTUnwrap(sink.text("404.html"))
        XCTAssertTrue(page.contains("href=\"/my%20expo/"), page)
        XCTAssertFalse(page.contains("/my expo/"), "a raw space in a link")
    }
}
