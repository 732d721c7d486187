@testable import ExhibitCore
import Foundation
import Testing

/// A one-shot build lets go of the Markdown sources before it writes; a session that
/// did so and is updated again still renders every body, from the files.
@Suite struct ReleaseSourcesTests {
    @Test func anUpdateAfterTheSourcesWereLetGoRendersEveryBodyAgain() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for i in 1...3 {
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(title: "Case \(i)", date: "2024-06-1\(i)",
                                                                     body: "正文第\(i)段：服务团扎根西岭县。")
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let options = BuildOptions(siteRoot: site.root)

        let fresh = MemorySink()
        #expect(Builder(options: options).run(into: fresh).succeeded)
        #expect(String(decoding: fresh.files["cases/c2/index.html"] ?? Data(), as: UTF8.self).contains("正文第2段"))

        // A one-shot session lets go of each case's Markdown as it renders it, and keeps
        // no body for a next update.
        let once = SiteSession(options: options, rendersOnce: true)
        #expect(once.update().succeeded)
        #expect(try #require(once.current.withLock { $0 }).renderer.model.cases.allSatisfy { $0.body.isEmpty })
        #expect(once.caches.markdown.isEmpty)
        let onceOutput = MemorySink()
        _ = once.write(to: onceOutput)
        #expect(onceOutput.files == fresh.files)

        let session = SiteSession(options: options)
        #expect(session.update().succeeded)
        #expect(!session.caches.markdown.isEmpty, "a session that is updated again keeps its bodies")
        session.releaseSources()
        let snapshot = try #require(session.current.withLock { $0 })
        #expect(snapshot.renderer.model.cases.allSatisfy { $0.body.isEmpty })
        // Both a full update and one told which file changed (serve's fast path).
        for changed in [nil, [site.root.appendingPathComponent("content/cases/c1.md").path]] {
            #expect(session.update(changed: changed).succeeded)
            let again = MemorySink()
            _ = session.write(to: again)
            #expect(again.files == fresh.files)
        }
    }
}
