import ExhibitCore
import Foundation
import Testing

/// A case with many tags: its card (on every one of its tag pages) shows a few of them,
/// so the output grows with the number of tags, not with its square.
struct CardTagsTests {
    func build(tags count: Int) throws -> (BuildReport, MemorySink) {
        let tags = (1...count).map { "tag\($0)" }.joined(separator: ", ")
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/many.md": TemporarySite.caseFile(title: "Many", extra: "tags: [\(tags)]\n")])
        defer { site.remove() }
        let sink = MemorySink()
        return (Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink), sink)
    }

    @Test func cardsShowEightTagsAndHowManyMore() throws {
        let (report, sink) = try build(tags: 40)
        #expect(report.succeeded)
        let tagPage = try #require(sink.text("tags/tag3/index.html"))
        let card = try #require(tagPage.range(of: "<ul class=\"tag-list\">")).upperBound
        let list = tagPage[card...].prefix { $0 != "\n" }
        #expect(list.components(separatedBy: "<li><a href=").count - 1 == 8)
        #expect(list.contains("tag8</a>") && !list.contains("tag9</a>"))
        #expect(list.contains("<li class=\"tag-more\">+32</li>"))
        // The case page itself lists every tag.
        let casePage = try #require(sink.text("cases/many/index.html"))
        #expect(casePage.contains("tag40</a>"))
    }

    @Test func outputGrowsWithTheTagsNotTheirSquare() throws {
        func bytes(_ count: Int) throws -> Int {
            try build(tags: count).1.files.values.reduce(0) { $0 + $1.count }
        }
        let small = try bytes(100), large = try bytes(400)
        // Four times the tags: about four times the pages; all tags on every card gave 16x.
        #expect(Double(large) / Double(small) < 5, "100 tags: \(small) bytes, 400 tags: \(large) bytes")
    }

    @Test func moreThanThirtyTagsIsAWarningAtTheTagsLine() throws {
        let (report, _) = try build(tags: 31)
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            "content/cases/many.md:5:7: warning: the case has 31 tags; more than 30 make every tag page and the tag index hard to use\n"
                + "    fix: keep the 30 or fewer that describe the case best (most cases have 3 to 8); cards show only the first 8",
        ])
        #expect(try build(tags: 30).0.diagnostics.isEmpty)
    }
}
