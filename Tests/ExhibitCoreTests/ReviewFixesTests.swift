@testable import ExhibitCore
import Foundation
import Testing

/// Cases a review of the speed work found.
@Suite struct ReviewFixesTests {
    /// The 404 page's folder is `404/` but its file `404.html`: a theme's
    /// `static/404/index.html` is a file of its own and must not remove the 404 page.
    @Test func aStatic404FolderPageKeepsThe404Page() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": "---\ntitle: A\ndate: 2024-06-18\ncategory: research\n---\nText.\n",
            "templates/static/404/index.html": "<!doctype html><title>own</title>",
        ])
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
        #expect(sink.text("404.html")?.contains("<!doctype html>") == true)
        #expect(sink.text("404/index.html") == "<!doctype html><title>own</title>")
    }

    /// `directory(ofOutput:)` is `outputPath`'s inverse for every page of a site, and
    /// names no page for `404/index.html` (the 404 page's file is `404.html`).
    @Test func thePlanFindsAPageByItsOutputPath() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden-site")
        let session = SiteSession(options: BuildOptions(siteRoot: root))
        #expect(session.update().succeeded)
        let snapshot = try #require(session.current.withLock { $0 })
        #expect(snapshot.planned.count > 20)
        for job in snapshot.planned {
            #expect(PageRenderer.directory(ofOutput: PageRenderer.outputPath(job)) == job.directory, "\(job.directory)")
        }
        #expect(PageRenderer.directory(ofOutput: "404/index.html") == nil)
        #expect(PageRenderer.directory(ofOutput: "css/exhibit.css") == nil)
    }

    /// A path above the site folder is said to lead outside it, not to be missing (there
    /// is an /etc/passwd), and nothing of it is published.
    @Test func aPathOutsideTheSiteIsSaidToBeOutside() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": "---\ntitle: A\ndate: 2024-06-18\ncategory: research\n---\n![x](../../../../../../etc/passwd)\n",
        ])
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        let messages = report.diagnostics.map(\.message)
        #expect(messages.contains("the image `../../../../../../etc/passwd` leads outside the site folder"), "\(messages)")
        #expect(!sink.files.keys.contains { $0.hasSuffix("passwd") })
    }

    /// A quote left open in a script must not hide the links after it: the original a link
    /// names is published.
    @Test func anUnbalancedQuoteDoesNotHideLaterLinks() {
        let html = "<script>var s='x=\"';</script><p><a href=\"../../images/orchard.jpg\">原图</a> <img src=\"a.png\"></p>"
        let values = ResponsiveImages.attributeValues(in: html)
        #expect(values.contains("../../images/orchard.jpg"))
        #expect(values.contains("a.png"))
        #expect(ResponsiveImages.linkedOutputs(in: [(html, "cases/x/")], wanted: ["images/orchard.jpg"]) == ["images/orchard.jpg"])
    }
}
