@testable import ExhibitCore
import Foundation
import Testing

/// The list of generated files that content files are checked against must be the files
/// a build really writes, or a clash would slip through again.
struct GeneratedFilesTests {
    @Test func everyFileABuildWritesIsAGeneratedFileOrAContentFile() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML + "\nper_page: 1\n",
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "tags: [x, y]\norganization: Lab\n"),
            "content/cases/b/index.md": TemporarySite.caseFile(title: "B", date: "2023-01-02"),
            "content/cases/b/photo.txt": "a file of the case\n",
            "content/pages/about.md": "---\ntitle: About\n---\nText.\n",
            "content/docs/plan.txt": "a plan\n",
        ])
        defer { site.remove() }
        let options = BuildOptions(siteRoot: site.root)
        let sink = MemorySink()
        let report = Builder(options: options).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics)")
        let session = SiteSession(options: options)
        _ = session.update()
        let renderer = try #require(session.current.withLock { $0 }?.renderer)
        let generated = GeneratedFiles(model: renderer.model, theme: renderer.theme.files, jobs: renderer.plan())
        let assets = Set(renderer.model.assets.map(\.output))
        #expect(assets == ["cases/b/photo.txt", "docs/plan.txt"])
        let unknown = sink.files.keys.filter { generated.maker(of: $0) == nil && !assets.contains($0) }.sorted()
        #expect(unknown == [])
        #expect(generated.maker(of: "cases/b/index.html") == "the case page of content/cases/b/index.md")
        #expect(generated.maker(of: "sitemap.xml") == "the sitemap")
    }
}

/// A site that brought its own `content/favicon.svg` before the theme had one still
/// builds, and publishes its own icon; without one, the theme's is published.
struct SiteIconTests {
    @Test func aSitesOwnIconReplacesTheThemes() throws {
        let icon = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>"
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A"),
            "content/favicon.svg": icon,
        ])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(sink.files["favicon.svg"].map { String(decoding: $0, as: UTF8.self) } == icon)
    }

    @Test func withoutOneTheThemesIconIsPublished() throws {
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML, "content/cases/a.md": TemporarySite.caseFile(title: "A")])
        defer { site.remove() }
        let sink = MemorySink()
        #expect(Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink).succeeded)
        #expect(sink.files["favicon.svg"].map { String(decoding: $0, as: UTF8.self) }?.contains("#9b1c1c") == true)
    }
}
