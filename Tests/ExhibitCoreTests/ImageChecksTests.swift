@testable import ExhibitCore
import ExhibitImages
import Foundation
import Testing

/// Before anything is published, an editor hears about a photo that gives away where it
/// was taken, or that is damaged, at the line that uses it; drawings are left alone.
@Suite struct ImageChecksTests {
    func site() throws -> TemporarySite {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/orchard/index.md": """
                ---
                title: Orchard
                date: 2024-06-18
                category: research
                cover: farm.jpg
                cover_alt: The orchard
                ---
                Text.

                ![Soil samples](farm.jpg)

                ![A plan](plan.svg)

                ![Broken](broken.jpg)

                """,
            "content/cases/orchard/plan.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/cases/orchard/broken.jpg": "not a picture at all",
        ])
        try SyntheticImage(.photo(seed: 1), width: 64, height: 48, metadata: .phone)
            .write(to: site.root.appendingPathComponent("content/cases/orchard/farm.jpg"))
        return site
    }

    @Test func aGPSPositionAndADamagedFileAreWarnedAboutWhereTheyAreUsed() throws {
        let site = try site()
        defer { site.remove() }
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: MemorySink())
        let images = report.diagnostics.filter { $0.message.hasPrefix("the image `") && !$0.message.contains("does not exist") }
            .map { "\($0.path):\($0.line): \($0.message)" }
        #expect(images.count == 4, "\(images)")
        #expect(images.contains("content/cases/orchard/index.md:5: the image `farm.jpg` is 64 pixels wide but is shown 960 pixels wide, so it will look blurred"),
                "a cover is shown across the page")
        #expect(images.contains("content/cases/orchard/index.md:5: the image `farm.jpg` carries a GPS position (where it was taken)"))
        #expect(images.contains("content/cases/orchard/index.md:10: the image `farm.jpg` carries a GPS position (where it was taken)"))
        #expect(images.contains { $0.hasPrefix("content/cases/orchard/index.md:14: the image `broken.jpg` cannot be read") })
        #expect(!images.contains { $0.contains("plan.svg") }, "a drawing is not probed")
        let gps = try #require(report.diagnostics.first { $0.message.contains("GPS") })
        #expect(gps.fix?.hasPrefix("the published images have no GPS") == true, "pages show the variants, without metadata")
        let small = try #require(report.diagnostics.first { $0.message.contains("shown 960 pixels wide") })
        #expect(small.fix == "use a larger original, at least 960 pixels wide")
        #expect(!report.diagnostics.contains { $0.line == 10 && $0.message.contains("pixels wide") }, "a Markdown image is shown as wide as it is")
    }

    /// serve's fast path (an edit of the text) reports them as a build does.
    @Test func serveReportsThemAsABuildDoes() throws {
        let site = try site()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        _ = session.update()
        let file = site.root.appendingPathComponent("content/cases/orchard/index.md")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Text.", with: "More text.\n\nAnd more.")
            .write(to: file, atomically: false, encoding: .utf8)
        let report = session.update(changed: [file.path])
        #expect(report.onlyEditedCases)
        let cold = Builder(options: BuildOptions(siteRoot: site.root)).run(into: MemorySink())
        #expect(report.diagnostics.map(\.description) == cold.diagnostics.map(\.description))
        #expect(report.diagnostics.contains { $0.line == 12 && $0.message.contains("GPS") }, "the line moved with the edit")
    }
}
