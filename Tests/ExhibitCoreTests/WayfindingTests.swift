import ExhibitCore
import ExhibitImages
import Foundation
import Testing

/// Issue 14: the logo and key visual of site.yaml, covers made for cases without one,
/// lists that say where they are, and empty categories left out.
struct WayfindingTests {
    static let yaml = """
    title: Test Expo
    language: en
    base_url: https://example.org/
    logo: images/logo.svg
    hero_image: /images/hall.jpg
    categories:
      - {id: research, name: Research}
      - {id: service, name: Service}
      - {id: empty, name: Nothing yet}
    """

    static func build() throws -> (MemorySink, [String]) {
        func org(_ category: String, _ metric: String) -> String {
            "category: \(category)\norganization: Farm School\ntags: [Research]\nmetrics:\n  - {label: Farmers, value: \(metric), unit: 户}\n"
        }
        let site = try TemporarySite([
            "content/site.yaml": yaml,
            "content/images/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "content/cases/a.md": "---\ntitle: Apples\ndate: 2024-06-18\n\(org("research", "200"))---\nText.\n",
            "content/cases/b.md": "---\ntitle: Pears\ndate: 2024-05-18\n\(org("service", "50"))---\nText.\n",
        ])
        defer { site.remove() }
        try SyntheticImage(.photo(seed: 2), width: 1600, height: 900).write(to: site.root.appendingPathComponent("content/images/hall.jpg"))
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded)
        // The logo and the key visual are decoration: `check` must not ask for their alt text.
        let checked = SiteChecker(options: BuildOptions(siteRoot: site.root)).run()
        #expect(!checked.diagnostics.contains { $0.message.contains("alt") }, "\(checked.diagnostics)")
        return (sink, report.diagnostics.map(\.description))
    }

    @Test func theLogoAndTheKeyVisualAreShownFromEveryDepth() throws {
        let (sink, _) = try Self.build()
        let home = try #require(sink.text("index.html"))
        #expect(home.contains("<img class=\"site-logo\" src=\"images/logo.svg\" alt=\"\" role=\"presentation\">"))
        #expect(!home.contains("class=\"site-mark\""), "the logo replaces the drawn mark")
        #expect(home.contains("<section class=\"hero has-image\""))
        #expect(home.contains("<picture><source type=\"image/webp\" srcset=\"images/hall-480.webp 480w, images/hall-960.webp 960w, images/hall-1600.webp 1600w\" sizes=\"100vw\">"
                              + "<img class=\"hero-image\" src=\"images/hall-1600.jpg\" srcset=\"images/hall-480.jpg 480w, images/hall-960.jpg 960w, images/hall-1600.jpg 1600w\" sizes=\"100vw\" width=\"1600\" height=\"900\" alt=\"\" role=\"presentation\"></picture>"),
                "the key visual is a photo: its variants, as wide as the window")
        let page = try #require(sink.text("cases/a/index.html"))
        #expect(page.contains("<img class=\"site-logo\" src=\"../../images/logo.svg\" alt=\"\" role=\"presentation\">"))
    }

    @Test func anEmptyCategoryIsLeftOutWithAWarningAtItsLine() throws {
        let (sink, diagnostics) = try Self.build()
        #expect(diagnostics == ["content/site.yaml:9:1: warning: category `empty` has no cases: it is left out of the site\n"
                                + "    fix: add a case with `category: empty`, or delete it from site.yaml"])
        #expect(sink.text("categories/empty/index.html") == nil)
        for path in ["index.html", "categories/index.html", "dashboard/index.html", "cases/index.html"] {
            #expect(sink.text(path)?.contains("Nothing yet") == false, "\(path) names the empty category")
        }
        #expect(sink.text("categories/service/index.html") != nil)
    }

    @Test func aListSaysWhereItIs() throws {
        let (sink, _) = try Self.build()
        let tag = try #require(sink.text("tags/research/index.html"))
        let category = try #require(sink.text("categories/research/index.html"))
        #expect(tag.contains("<li><a href=\"../../tags/\">Tags</a></li>"), "the trail goes through the tag index")
        #expect(!tag.contains(">All cases</a></li>\n      </ol>"))
        #expect(tag.contains("<span class=\"list-kind\">Tags</span> <span class=\"list-count\">2 cases</span>"))
        #expect(category.contains("<span class=\"list-kind\">Categories</span> <span class=\"list-count\">1 cases</span>"))
        #expect(category.contains("list-category cat-1"))
        #expect(tag != category.replacingOccurrences(of: "Categories", with: "Tags"), "same name, different pages")
        let organization = try #require(sink.text("organizations/farm-school/index.html"))
        #expect(organization.contains("<span class=\"figure-value\">250<small class=\"figure-unit\">户</small></span> <span class=\"figure-label\">Farmers</span>"),
                "an organization's figures are its cases' summed")
        #expect(!tag.contains("list-figures"))
    }

    @Test func aCaseWithoutACoverGetsOneMadeAndNeighboursDiffer() throws {
        let (sink, _) = try Self.build()
        let list = try #require(sink.text("cases/index.html"))
        let patterns = Set(list.components(separatedBy: "made-cover pattern-").dropFirst().map { $0.prefix(1) })
        #expect(patterns.count == 2, "Apples and Pears have different patterns: \(patterns)")
        #expect(list.contains("<span class=\"made-cover-title\">Apples</span>"))
        #expect(!list.contains("card-cover-placeholder"))
        let page = try #require(sink.text("cases/a/index.html"))
        #expect(page.contains("<div class=\"case-cover made-cover pattern-"))
    }

    @Test func theHomePageShowsFeaturedCasesInFullRows() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for n in 1...5 {
            files["content/cases/c\(n).md"] = TemporarySite.caseFile(title: "Case \(n)", date: "2024-06-1\(n)", extra: "featured: true\n")
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let sink = MemorySink()
        _ = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        let home = try #require(sink.text("index.html"))
        let start = try #require(home.range(of: "section-featured"))
        let end = try #require(home.range(of: "section-categories"))
        let featured = home[start.upperBound..<end.lowerBound]
        #expect(featured.components(separatedBy: "<article class=\"card").count - 1 == 4,
                "5 featured: 4, two by two, not 3 and 2 alone")
        #expect(featured.contains("Case 5") && !featured.contains("Case 1<"), "the newest")
    }
}
