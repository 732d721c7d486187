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
