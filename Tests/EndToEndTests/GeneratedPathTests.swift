import Foundation
import Testing

/// A file of content/ may not take the path of a file Exhibit generates; a file of the
/// theme's static/ folder replaces one on purpose.
struct GeneratedPathTests {
    @Test func aContentFileAtAGeneratedPathIsAnErrorNamingBoth() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        let before = snapshot(e2e.output)
        try e2e.write("User-agent: *\nDisallow: /drafts/\n", to: "content/robots.txt")
        try e2e.write("<p>mine</p>\n", to: "content/cases/alliance-fund/index.html")
        let run = try e2e.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("content/robots.txt:1:1: error: this file would be published at robots.txt, where Exhibit writes its robots.txt"), "\(run)")
        #expect(run.stderr.contains("fix: to replace the generated robots.txt on purpose, move this file to templates/static/robots.txt"), "\(run)")
        #expect(run.stderr.contains("content/cases/alliance-fund/index.html:1:1: error: this file would be published at cases/alliance-fund/index.html, where Exhibit writes the case page of content/cases/alliance-fund.md"), "\(run)")
        #expect(snapshotDifference(before, snapshot(e2e.output)) == "")
    }

    @Test func aFileOfTheThemesStaticFolderReplacesAGeneratedFile() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        let robots = "User-agent: *\nDisallow: /drafts/\n"
        try e2e.write(robots, to: "templates/static/robots.txt")
        try e2e.write("<!doctype html><title>维护中</title>\n", to: "templates/static/404.html")
        let run = try e2e.build()
        #expect(run.status == 0, "\(run)")
        #expect(read(e2e.output.appendingPathComponent("robots.txt")) == robots)
        #expect(read(e2e.output.appendingPathComponent("404.html")) == "<!doctype html><title>维护中</title>\n")
        #expect(read(e2e.output.appendingPathComponent("index.html")).contains("<html"), "other pages are still generated")
    }

    /// A file named like a generated folder (`content/tags`, no extension) would replace
    /// every tag page; a content folder named like a generated file (`content/feed.xml/`)
    /// cannot be written either. Both are errors naming the two, and nothing is written.
    @Test func aContentFileAtAGeneratedFolderOrInsideAGeneratedFileIsAnError() throws {
        let e2e = try E2ESite()
        defer { e2e.remove() }
        #expect(try e2e.build().status == 0)
        let before = snapshot(e2e.output)
        try e2e.write("not a folder\n", to: "content/tags")
        try e2e.write("a\n", to: "content/feed.xml/a.txt")
        let run = try e2e.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("content/tags:1:1: error: this file would be published at tags, but Exhibit writes the terms page at tags/index.html, so tags must be a folder"), "\(run)")
        #expect(run.stderr.contains("    fix: rename or remove this file (a name with an extension, such as tags.txt, is free)"), "\(run)")
        #expect(run.stderr.contains("content/feed.xml/a.txt:1:1: error: this file would be published at feed.xml/a.txt, inside feed.xml, where Exhibit writes the Atom feed"), "\(run)")
        #expect(run.stderr.contains("    fix: rename the folder content/feed.xml or move this file out of it"), "\(run)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"), "\(run)")
        #expect(snapshotDifference(before, snapshot(e2e.output)) == "")
    }
}
