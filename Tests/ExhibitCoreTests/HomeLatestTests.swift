@testable import ExhibitCore
import Foundation
import Testing

/// The home page's "latest" row shows cases the featured row does not already show.
@Suite struct HomeLatestTests {
    @Test func latestLeavesOutTheFeaturedCases() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for i in 1...5 {
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(
                title: "Case \(i)", date: "2024-06-1\(i)", extra: i >= 4 ? "featured: true\n" : "")
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        #expect(session.update().succeeded)
        let snapshot = try #require(session.current.withLock { $0 })
        let home = try #require(snapshot.jobs["index.html"])
        let values = try #require(snapshot.renderer.values(home).values.home)
        #expect(values.featured.map { $0.values().title } == ["Case 5", "Case 4"])
        #expect(values.latest.map { $0.values().title } == ["Case 3", "Case 2", "Case 1"])
    }

}
