import Foundation
import XCTest

/// `exhibit check` and `exhibit new` run as a user runs them: exit codes, messages, and
/// that check writes nothing and new overwrites nothing. Also the progress lines of
/// `build` when its standard error is a pipe, and `--quiet`.
final class CheckAndNewTests: EndToEndCase {
    func testTheExampleSiteChecksCleanAndNothingIsWritten() throws {
        let (_, site) = try makeExampleSite()
        let before = snapshot(site)
        let run = try exhibit(["check", "--site", site.path, "--strict", "--verbose"], in: site.deletingLastPathComponent())
        XCTAssertEqual(run.status, 0, "\(run)")
        XCTAssertTrue(run.stdout.contains("0 error(s), 0 warning(s)"), "\(run)")
        XCTAssertTrue(run.stdout.contains("mailto:"), "--verbose lists the external links\n\(run)")
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "", "check must write nothing")
    }

    func testABrokenTemplateLinkIsAWarningThatFailsOnlyWithStrict() throws {
        let (_, site) = try makeExampleSite()
        let page = site.appendingPathComponent("templates/page.mustache")
        try write(read(page).replacingOccurrences(of: "<div class=\"prose\">",
                                                  with: "<p><a href=\"../nowhere/\">x</a> <a href=\"#no-such-id\">y</a></p><div class=\"prose\">"), to: page)
        let before = snapshot(site)
        let lenient = try exhibit(["check"], in: site)
        XCTAssertEqual(lenient.status, 0, "warnings alone pass without --strict\n\(lenient)")
        XCTAssertNotNil(lenient.stderr.range(of: #"public/about/index\.html:\d+:\d+: warning: the link `\.\./nowhere/` leads to no file"#,
                                             options: .regularExpression), "\(lenient)")
        XCTAssertTrue(lenient.stderr.contains("leads to no element with id=\"no-such-id\" on this page"), "\(lenient)")
        XCTAssertTrue(lenient.stderr.contains("    fix: ") && lenient.stderr.contains("content/pages/about.md or in the template `page`"),
                      "the fix names the Markdown file and the template\n\(lenient)")
        let strict = try exhibit(["check", "--strict"], in: site)
        XCTAssertEqual(strict.status, 1, "\(strict)")
        XCTAssertTrue(strict.stderr.contains("check failed"), "\(strict)")
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "", "check must write nothing")
    }

    /// The example site's cases report indicators of content/indicators.yaml: a misspelt
    /// id and a rate over 100 % are warnings of `exhibit check` at the metric's line, and
    /// `--strict` fails on them.
    func testIndicatorMistakesAreWarningsAtTheMetric() throws {
        let (_, site) = try makeExampleSite()
        let file = site.appendingPathComponent("content/cases/apple-service.md")
        try write(read(file).replacingOccurrences(of: "{indicator: member-participation, value: 92}", with: "{indicator: member-participaton, value: 92}")
            .replacingOccurrences(of: "{indicator: talent-exchanges, value: 36}", with: "{indicator: research-conversion, value: 136}"), to: file)
        let run = try exhibit(["check"], in: site)
        XCTAssertEqual(run.status, 0, "warnings alone pass\n\(run)")
        XCTAssertNotNil(run.stderr.range(of: #"content/cases/apple-service\.md:\d+:17: warning: unknown indicator `member-participaton`"#,
                                         options: .regularExpression), "\(run)")
        XCTAssertTrue(run.stderr.contains("did you mean `member-participation`?"), "\(run)")
        XCTAssertTrue(run.stderr.contains("warning: the rate `research-conversion` (科研成果转化率) is 136 %, over 100 %"), "\(run)")
        XCTAssertEqual(try exhibit(["check", "--strict"], in: site).status, 1)
    }

    func testContentErrorsExitOne() throws {
        let (_, site) = try makeExampleSite()
        let file = site.appendingPathComponent("content/cases/apple-service.md")
        try write(read(file).replacingOccurrences(of: "category: rural-revitalization", with: "category: rural"), to: file)
        let run = try exhibit(["check", "--site", site.path], in: site.deletingLastPathComponent())
        XCTAssertEqual(run.status, 1, "\(run)")
        XCTAssertTrue(run.stderr.contains("content/cases/apple-service.md:"), "\(run)")
    }

    func testANewSiteBuildsAtOnceAndIsNeverOverwritten() throws {
        let scratch = try makeScratch()
        let created = try exhibit(["new", "site", "expo"], in: scratch)
        XCTAssertEqual(created.status, 0, "\(created)")
        let site = scratch.appendingPathComponent("expo")
        let built = try exhibit(["build"], in: site)
        XCTAssertEqual(built.status, 0, "\(built)")
        XCTAssertTrue(built.stdout.contains("with 0 warning(s)"), "\(built)")
        XCTAssertEqual(built.stderr, "", "a new site builds without a message\n\(built)")
        let checked = try exhibit(["check", "--strict"], in: site)
        XCTAssertEqual(checked.status, 0, "\(checked)")

        let before = snapshot(site)
        let again = try exhibit(["new", "site", "expo"], in: scratch)
        XCTAssertEqual(again.status, 1, "\(again)")
        XCTAssertTrue(again.stderr.contains("already exists"), "\(again)")
        XCTAssertEqual(snapshotDifference(before, snapshot(site)), "")
    }

    func testANewCaseIsWrittenOnceAndAnUnknownCategoryIsRefused() throws {
        let scratch = try makeScratch()
        XCTAssertEqual(try exhibit(["new", "site", "expo"], in: scratch).status, 0)
        let site = scratch.appendingPathComponent("expo")
        let created = try exhibit(["new", "case", "校企党建共建", "--category", "research"], in: site)
        XCTAssertEqual(created.status, 0, "\(created)")
        XCTAssertEqual(created.stdout, "content/cases/xiao-qi-dang-jian-gong-jian.md\n")
        let file = site.appendingPathComponent("content/cases/xiao-qi-dang-jian-gong-jian.md")
        XCTAssertTrue(read(file).contains("\ncategory: research\n"))
        XCTAssertEqual(try exhibit(["build", "--strict"], in: site).status, 0, "a new case builds at once")

        try write("mine", to: file)
        let again = try exhibit(["new", "case", "校企党建共建", "--site", site.path], in: scratch)
        XCTAssertEqual(again.status, 1, "\(again)")
        XCTAssertTrue(again.stderr.contains("never overwrites"), "\(again)")
        XCTAssertEqual(read(file), "mine")

        let unknown = try exhibit(["new", "case", "新案例", "--category", "reserch"], in: site)
        XCTAssertEqual(unknown.status, 1, "\(unknown)")
        XCTAssertTrue(unknown.stderr.contains("unknown category `reserch`"), "\(unknown)")
        XCTAssertTrue(unknown.stderr.contains("rural-revitalization, red-culture, innovation-entrepreneurship, research, social-service"),
                      "the message lists the valid ids\n\(unknown)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/cases/xin-an-li.md").path))

        XCTAssertEqual(try exhibit(["new", "case"], in: site).status, 2, "a missing title is a usage error")
    }

    func testProgressLinesWhenPipedAndNoneWithQuiet() throws {
        let (_, site) = try makeExampleSite()
        let binary = try XCTUnwrap(Locations.exhibitBinary(near: Bundle(for: Self.self)))
        // EXHIBIT_PROGRESS_DELAY=0 shows progress at once instead of after a second.
        let piped = try runWithEnvironment(binary, ["build", "--output", site.appendingPathComponent("out").path],
                                           in: site, environment: ["EXHIBIT_PROGRESS_DELAY": "0"])
        XCTAssertEqual(piped.status, 0, "\(piped)")
        for (number, stage) in ["load+parse", "resolve", "theme", "markdown", "images", "plan", "render+write"].enumerated() {
            XCTAssertTrue(piped.stderr.contains("[\(number + 1)/7] \(stage)"), "a plain line per stage\n\(piped)")
        }
        XCTAssertFalse(piped.stderr.contains("\u{1B}["), "no terminal codes when piped\n\(piped)")
        let quiet = try runWithEnvironment(binary, ["build", "--quiet", "--output", site.appendingPathComponent("out").path],
                                           in: site, environment: ["EXHIBIT_PROGRESS_DELAY": "0"])
        XCTAssertEqual(quiet.status, 0, "\(quiet)")
        XCTAssertEqual(quiet.stderr, "", "\(quiet)")
        XCTAssertEqual(quiet.stdout, "", "\(quiet)")
    }

    /// `runProgram` with extra environment variables.
    private func runWithEnvironment(_ binary: URL, _ arguments: [String], in directory: URL,
                                    environment: [String: String]) throws -> ExhibitRun {
        let env = URL(fileURLWithPath: "/usr/bin/env")
        return try runProgram(env, environment.map { "\($0.key)=\($0.value)" } + [binary.path] + arguments, in: directory)
    }
}
