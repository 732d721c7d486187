import ExhibitCore
import Foundation
import Testing

/// A cover or image written from the site root (`/images/c.svg`) is the file
/// `content/images/c.svg`, published with every page that shows it.
struct CoverPathTests {
    @Test func aCoverFromTheSiteRootIsShownAndShared() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/images/c.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/cases/a.md": TemporarySite.caseFile(title: "Orchard", extra: "cover: /images/c.svg\ncover_alt: The orchard\n",
                                                         body: "![The orchard](/images/c.svg)"),
        ])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(sink.files["images/c.svg"] != nil)
        let page = try #require(sink.text("cases/a/index.html"))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/images/c.svg\">"))
        #expect(page.contains("<img src=\"../../images/c.svg\" alt=\"The orchard\""), "the body image")
        #expect(page.components(separatedBy: "src=\"../../images/c.svg\"").count - 1 == 2, "the cover and the body image")
        let home = try #require(sink.text("index.html"))
        #expect(home.contains("<img class=\"card-cover\" src=\"images/c.svg\" alt=\"The orchard\""))
    }
}
