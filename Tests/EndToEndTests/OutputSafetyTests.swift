import Foundation
import XCTest

/// A build writes only inside its output folder, and refuses folders it must not replace.
final class OutputSafetyTests: EndToEndCase {
    /// Builds into `output` and checks the build was refused, exit 1, with nothing written
    /// anywhere in the scratch folder.
    private func assertRefused(_ output: String, scratch: URL, site: URL, expect words: [String],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let before = snapshot(scratch)
        let run = try build(site, ["--output", output])
        XCTAssertEqual(run.status, 1, "--output \(output) should be refused\n\(run)", file: file, line: line)
        XCTAssertTrue(run.stderr.contains("error:"), "the refusal should be an error message\n\(run)", file: file, line: line)
        for word in words {
            XCTAssertTrue(run.stderr.contains(word), "the refusal should mention `\(word)`\n\(run)", file: file, line: line)
        }
        XCTAssertEqual(snapshotDifference(before, snapshot(scratch)), "",
                       "a refused build wrote something (--output \(output))", file: file, line: line)
    }

    func testOutputThatIsOrContainsTheSourcesIsRefused() throws {
        let (scratch, site) = try makeExampleSite()
        let cases: [(String, [String])] = [
            (site.path, ["the site folder"]),
            (site.path + "/", ["the site folder"]),
            (site.appendingPathComponent("content").path, ["content/"]),
            (site.appendingPathComponent("templates").path, ["templates/"]),
            (site.appendingPathComponent("content/out").path, ["content/"]),
            (site.appendingPathComponent("content/cases").path, ["content/"]),
            (site.appendingPathComponent("templates/static/out").path, ["templates/"]),
            (scratch.path, []),  // the folder that holds the whole site
            ("/", ["it is, contains or lies inside the site folder"]),  // not for "has no index.html"
            (site.appendingPathComponent("public/../content").path, ["content/"]),
        ]
        for (output, words) in cases {
            try assertRefused(output, scratch: scratch, site: site, expect: words)
        }
    }

    func testRelativeOutputInsideContentIsRefused() throws {
        let (scratch, site) = try makeExampleSite()
        let before = snapshot(scratch)
        // Run from the site folder, as an editor would: `exhibit build --output content/public`.
        let run = try exhibit(["build", "--output", "content/public"], in: site)
        XCTAssertEqual(run.status, 1, "\(run)")
        XCTAssertEqual(snapshotDifference(before, snapshot(scratch)), "", "a refused build wrote something")
    }

    func testSymlinkToContentIsRefused() throws {
        let (scratch, site) = try makeExampleSite()
        let link = scratch.appendingPathComponent("public-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.appendingPathComponent("content"))
        try assertRefused(link.path, scratch: scratch, site: site, expect: ["content/"])
    }

    func testNonEmptyFolderThatIsNotASiteIsRefused() throws {
        let (scratch, site) = try makeExampleSite()
        let documents = scratch.appendingPathComponent("documents")
        try write("my thesis, not a website\n", to: documents.appendingPathComponent("thesis.txt"))
        try write("notes\n", to: documents.appendingPathComponent("notes/1.md"))
        try assertRefused(documents.path, scratch: scratch, site: site, expect: ["index.html"])
        XCTAssertEqual(read(documents.appendingPathComponent("thesis.txt")), "my thesis, not a website\n")
    }

    func testOutputThatIsAFileIsRefused() throws {
        let (scratch, site) = try makeExampleSite()
        let file = scratch.appendingPathComponent("out.html")
        try write("<p>keep me</p>\n", to: file)
        try assertRefused(file.path, scratch: scratch, site: site, expect: [])
    }

    func testEmptyAndNewFoldersAndPreviousBuildsAreAccepted() throws {
        let (scratch, site) = try makeExampleSite()
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try buildOK(site, ["--output", empty.path])
        XCTAssertTrue(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))

        let nested = scratch.appendingPathComponent("deploy/www/achievements")
        try buildOK(site, ["--output", nested.path])
        XCTAssertTrue(FileManager.default.fileExists(atPath: nested.appendingPathComponent("index.html").path))

        // A rebuild replaces the previous output, and removes files the site no longer has.
        try write("stale\n", to: nested.appendingPathComponent("stale.txt"))
        try buildOK(site, ["--output", nested.path])
        XCTAssertFalse(FileManager.default.fileExists(atPath: nested.appendingPathComponent("stale.txt").path),
                       "a rebuild should replace the whole output folder")
        // Nothing was written into the site's own folder.
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
        let strays = (try FileManager.default.contentsOfDirectory(atPath: nested.deletingLastPathComponent().path))
            .filter { $0.hasPrefix(".") }
        XCTAssertEqual(strays, [], "staging folders left beside the output")
    }
}
