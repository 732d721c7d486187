import Foundation
import XCTest

/// `exhibit build`: exit codes, and a failed build never touches the previous output.
final class BuildCommandTests: EndToEndCase {
    /// Replaces the `category:` line of a case, returning its 1-based line number.
    private func breakCategory(_ file: URL, with value: String) throws -> Int {
        var lines = read(file).components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("category:") }, "no category line in \(file.path)")
        lines[index] = "category: \(value)"
        try write(lines.joined(separator: "\n"), to: file)
        return index + 1
    }

    /// Staging or parked folders a build left beside the output.
    private func leftovers(beside output: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(output.lastPathComponent).") }
    }

    /// `--verbose` names each stage's time and, per template, the pages it rendered.
    func testVerboseShowsStagesAndTimeByTemplate() throws {
        let (_, site) = try makeExampleSite()
        let published = try ExampleSiteTests.exampleCases().filter { !$0.draft }.count
        let run = try buildOK(site, ["--verbose"])
        let stderr = "\n" + run.stderr
        for stage in ["load+parse", "resolve", "theme", "markdown", "plan", "render+write", "swap"] {
            XCTAssertTrue(stderr.contains("\n  \(stage): "), "no time for \(stage)\n\(run)")
        }
        XCTAssertTrue(run.stderr.contains("render+write by template"), "\(run)")
        let casePages = try XCTUnwrap(run.stderr.firstMatch(of: /\n    case: (\d+) page\(s\), [0-9.]+ s \([0-9.]+ \+ [0-9.]+ \+ [0-9.]+\), [0-9.]+ ms a page/),
                                      "no line for the case template\n\(run)")
        XCTAssertEqual(Int(casePages.output.1), published)
        for template in ["home", "list", "booklet", "timeline", "dashboard", "404"] {
            XCTAssertTrue(run.stderr.contains("\n    \(template): "), "no line for \(template)\n\(run)")
        }
        // The site-wide files are made beside the pages, in the same stage.
        for file in ["search index", "feed", "sitemap", "data downloads"] {
            XCTAssertTrue(run.stderr.contains("\n    \(file) (site-wide): "), "no line for \(file)\n\(run)")
        }
        XCTAssertFalse(try buildOK(site).stderr.contains("by template"), "only with --verbose")
    }

    func testFailedBuildLeavesThePreviousOutputByteIdentical() throws {
        let (_, site) = try makeExampleSite()
        try buildOK(site)
        let output = site.appendingPathComponent("public")
        let before = snapshot(output)
        XCTAssertTrue(before.keys.contains("index.html"))

        let file = "content/cases/alliance-fund.md"
        let line = try breakCategory(site.appendingPathComponent(file), with: "nope")
        let run = try build(site)
        XCTAssertEqual(run.status, 1, "a content error must exit 1\n\(run)")
        let pattern = "\(NSRegularExpression.escapedPattern(for: file)):\(line):\\d+: error: unknown category"
        XCTAssertNotNil(run.stderr.range(of: pattern, options: .regularExpression),
                        "stderr should say `\(file):\(line):<col>: error: unknown category …`\n\(run)")
        XCTAssertTrue(run.stderr.contains("    fix: "), "the error should say how to fix it\n\(run)")
        XCTAssertFalse(run.stdout.contains("built "), "no success line on a failed build\n\(run)")

        let after = snapshot(output)
        XCTAssertEqual(snapshotDifference(before, after), "", "the failed build changed public/")
        XCTAssertEqual(leftovers(beside: output), [], "a staging folder was left beside public/")
    }

    func testAllErrorsAreReportedInOneRun() throws {
        let (_, site) = try makeExampleSite()
        let first = try breakCategory(site.appendingPathComponent("content/cases/alliance-fund.md"), with: "nope")
        let second = try breakCategory(site.appendingPathComponent("content/cases/red-oral-history.md"), with: "nada")
        let run = try build(site)
        XCTAssertEqual(run.status, 1, "\(run)")
        XCTAssertTrue(run.stderr.contains("content/cases/alliance-fund.md:\(first):"), "first error missing\n\(run)")
        XCTAssertTrue(run.stderr.contains("content/cases/red-oral-history.md:\(second):"), "second error missing\n\(run)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path),
                       "a failed first build must not create public/")
        XCTAssertEqual(leftovers(beside: site.appendingPathComponent("public")), [])
    }

    func testUnknownOptionIsAUsageErrorWithExitCode2() throws {
        let scratch = try makeScratch()
        for arguments in [["build", "--nope"], ["frobnicate"], ["build", "--output"]] {
            let run = try exhibit(arguments, in: scratch)
            XCTAssertEqual(run.status, 2, "`exhibit \(arguments.joined(separator: " "))` should be a usage error\n\(run)")
            XCTAssertFalse(run.stderr.isEmpty, "a usage error should say what is wrong\n\(run)")
        }
        XCTAssertEqual(snapshot(scratch), [:], "a usage error must write nothing")
    }

    func testStrictTurnsAWarningIntoAFailureAndKeepsTheOutput() throws {
        let (_, site) = try makeExampleSite()
        try buildOK(site, ["--strict"])
        let output = site.appendingPathComponent("public")
        let before = snapshot(output)

        // An existing image, relative to the case file, without alt text.
        let file = "content/cases/incubation-center.md"
        let caseURL = site.appendingPathComponent(file)
        try write(read(caseURL) + "\n![](../images/incubator.svg)\n", to: caseURL)
        let strict = try build(site, ["--strict"])
        XCTAssertEqual(strict.status, 1, "--strict with a warning must exit 1\n\(strict)")
        XCTAssertNotNil(strict.stderr.range(of: #"content/cases/incubation-center\.md:\d+:\d+: (warning|error): .*alt text"#,
                                            options: .regularExpression), "the missing alt text should be named\n\(strict)")
        XCTAssertEqual(snapshotDifference(before, snapshot(output)), "", "the --strict failure changed public/")
        XCTAssertEqual(leftovers(beside: output), [])

        let lenient = try buildOK(site)
        XCTAssertTrue(lenient.stderr.contains("\(file):"), "without --strict the warning is still printed\n\(lenient)")
        XCTAssertNotNil(lenient.stdout.range(of: #"with [1-9]\d* warning\(s\)"#, options: .regularExpression),
                        "the summary should count the warning\n\(lenient)")
    }
}
