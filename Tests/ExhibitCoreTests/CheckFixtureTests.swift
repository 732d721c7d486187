import ExhibitCore
import Foundation
import XCTest

/// `exhibit check` on the fixture sites under Fixtures/check, each with the exact messages
/// a user must see in `expected.txt` (first line: the counts). Re-record with
/// EXHIBIT_RECORD=1 after a deliberate change, and read the diff.
final class CheckFixtureTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/check")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testEveryCheckFixturePrintsItsExpectedMessages() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.path).sorted()
        XCTAssertEqual(names, ["broken-anchor", "broken-link", "clean", "image-without-alt", "markdown-problems"])
        let record = SnapshotRecording.isOn
        for name in names {
            let site = Self.root.appendingPathComponent(name)
            let report = SiteChecker(options: BuildOptions(siteRoot: site)).run()
            XCTAssertTrue(report.rendered, "fixture \(name) should render")
            let actual = "# errors: \(report.errors), warnings: \(report.warnings)\n"
                + report.diagnostics.map(\.description).joined(separator: "\n") + "\n"
            let expectedURL = site.appendingPathComponent("expected.txt")
            if record {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, "fixture \(name)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path),
                           "check must write nothing (fixture \(name))")
        }
        if record { SnapshotRecording.fail(recorded: "expected.txt of \(names.count) fixture sites in Fixtures/check") }
    }

    func testTheCleanFixtureHasNoProblemsAndCountsWhatItChecked() {
        let report = SiteChecker(options: BuildOptions(siteRoot: Self.root.appendingPathComponent("clean"))).run()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertTrue(report.passed(strict: true))
        XCTAssertGreaterThan(report.pages, 5)
        XCTAssertGreaterThan(report.internalLinks, 50)
        XCTAssertEqual(report.images, 1)
    }

    func testAWarningFailsOnlyWithStrict() {
        let report = SiteChecker(options: BuildOptions(siteRoot: Self.root.appendingPathComponent("broken-link"))).run()
        XCTAssertEqual(report.errors, 0)
        XCTAssertGreaterThan(report.warnings, 0)
        XCTAssertTrue(report.passed(strict: false))
        XCTAssertFalse(report.passed(strict: true))
    }

    func testTheExampleSiteChecksClean() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: Self.repository.path).sorted()
        let report = SiteChecker(options: BuildOptions(siteRoot: Self.repository)).run()
        XCTAssertTrue(report.rendered)
        XCTAssertEqual(report.diagnostics.map(\.description), [], "the example site should check with 0 warnings")
        XCTAssertGreaterThan(report.pages, 40)
        XCTAssertGreaterThan(report.images, 10)
        // Canonical and Open Graph links under base_url are checked as the site's own pages.
        XCTAssertFalse(report.externalLinks.contains { $0.url.hasPrefix("https://example.edu.cn/achievements/cases/") })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: Self.repository.path).sorted(), before)
    }

    func testErrorsStopBeforeThePagesAreChecked() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": "---\ntitle: A\ndate: 2024-06-18\ncategory: reserch\n---\nText.\n",
        ])
        defer { site.remove() }
        let report = SiteChecker(options: BuildOptions(siteRoot: site.root)).run()
        XCTAssertFalse(report.rendered)
        XCTAssertEqual(report.errors, 1)
        XCTAssertFalse(report.passed(strict: false))
    }

    func testExternalLinksAreListedWithTheirPlace() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", body: "See <https://swift.org/> and [mail](mailto:a@example.org)."),
        ])
        defer { site.remove() }
        let report = SiteChecker(options: BuildOptions(siteRoot: site.root)).run()
        XCTAssertEqual(report.diagnostics, [])
        let onCase = report.externalLinks.filter { $0.path == "public/cases/a/index.html" }.map(\.url)
        XCTAssertTrue(onCase.contains("https://swift.org/"), "\(onCase)")
        XCTAssertTrue(onCase.contains("mailto:a@example.org"), "\(onCase)")
    }
}
