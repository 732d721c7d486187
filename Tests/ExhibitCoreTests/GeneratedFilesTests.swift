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
