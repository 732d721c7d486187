@testable import ExhibitCore
import Foundation
import Testing

/// `content/pages/preface.md` is the exhibition's preface (前言): the home page shows it
/// after the hero, and it stays a page of its own.
@Suite struct PrefaceTests {
    func home(_ files: [String: String]) throws -> (String, MemorySink) {
        let site = try TemporarySite(files.merging(["content/site.yaml": TemporarySite.siteYAML,
                                                    "content/cases/a.md": TemporarySite.caseFile(title: "Alpha")]) { a, _ in a })
        defer { site.remove() }
        let sink = MemorySink()
        #expect(Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink).succeeded)
        return (try #require(sink.text("index.html")), sink)
    }

    @Test func theHomePageShowsThePreface() throws {
        let (html, sink) = try home(["content/pages/preface.md": "---\ntitle: 前言\n---\n百年党建，薪火相传。\n"])
        let section = try #require(html.range(of: "<section class=\"section section-preface\""))
        #expect(html[section.lowerBound...].contains("<h2 id=\"ex-preface-title\" class=\"section-title\">前言</h2>"))
        #expect(html[section.lowerBound...].contains("<p>百年党建，薪火相传。</p>"))
        #expect(html.range(of: "section-featured").map { $0.lowerBound > section.lowerBound } ?? true, "after the hero, before the cases")
        #expect(sink.text("preface/index.html") != nil, "still a page of its own")
    }

    /// The preface's links lead where they lead from /preface/: they are made from the
    /// home page's folder, not copied from the preface's page.
    @Test func itsLinksAndImagesWorkOnTheHomePage() throws {
        let (html, sink) = try home([
            "content/pages/preface.md": "---\ntitle: 前言\n---\n见[关于](about.md)与[案例](../cases/a.md)。\n\n![标志](dot.svg)\n",
            "content/pages/about.md": "---\ntitle: 关于\n---\nText.\n",
            "content/pages/dot.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
        #expect(html.contains("<a href=\"about/\">关于</a>"))
        #expect(html.contains("<a href=\"cases/a/\">案例</a>"))
        #expect(html.contains("<img src=\"pages/dot.svg\" alt=\"标志\""))
        let page = try #require(sink.text("preface/index.html"))
        #expect(page.contains("<a href=\"../about/\">关于</a>"), "its own page keeps its own links")
    }

    @Test func withoutAPrefaceThereIsNoSection() throws {
        let (html, _) = try home(["content/pages/about.md": "---\ntitle: 关于\n---\nText.\n"])
        #expect(!html.contains("section-preface"))
    }
}
