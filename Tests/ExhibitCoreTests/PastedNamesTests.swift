import ExhibitCore
import Foundation
import Testing

/// Names pasted from Word, WeChat or a web editor carry characters nobody sees (a byte-order
/// mark, a zero-width space, a full-width space at the end): they are one organization,
/// one tag, one partner and one figure with the name typed plainly, on every page.
struct PastedNamesTests {
    @Test func pastedInvisiblesMakeNoSecondOrganizationTagOrFigure() throws {
        // Four cases, each writing 农学院, 电商直播, 西岭县农业局 and a figure in 场 in its own way:
        // (before, after) each name, as YAML escapes.
        let spellings = [("", ""), ("", "\\uFEFF"), (" ", "\\u3000"), ("", "\\u200B")]
        let units = ["场", "场\\uFEFF", "场\\u200B", " 场"]
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for (i, (head, tail)) in spellings.enumerated() {
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(title: "Case \(i)", date: "2024-06-1\(i)", extra: """
                organization: "\(head)农学院\(tail)"
                tags: ["电商直播\(tail)"]
                partners: ["西岭县农业局\(tail)"]
                metrics:
                  - {label: "直播场次\(tail)", value: \(i + 1), unit: "\(units[i])"}

                """)
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded)
        #expect(report.diagnostics.isEmpty, "no unit Exhibit does not know: \(report.diagnostics.map(\.description))")
        let pages = sink.files.keys
        #expect(pages.filter { $0.hasPrefix("organizations/") && $0.hasSuffix("/index.html") }.sorted()
                == ["organizations/index.html", "organizations/nong-xue-yuan/index.html"])
        #expect(pages.filter { $0.hasPrefix("tags/") && $0.hasSuffix("/index.html") }.sorted()
                == ["tags/dian-shang-zhi-bo/index.html", "tags/index.html"])
        let organization = try #require(sink.text("organizations/nong-xue-yuan/index.html"))
        #expect(organization.contains("4 cases") || organization.contains("4 个案例"), "all four cases are the organization's")
        #expect(!organization.contains("\u{FEFF}") && !organization.contains("\u{200B}"))
        // The dashboard sums the four figures as one: 1 + 2 + 3 + 4 场.
        let dashboard = try #require(sink.text("dashboard/index.html"))
        #expect(dashboard.contains("<span class=\"dash-metric-value\">10<small>场</small></span> <span class=\"dash-metric-label\">直播场次</span>"))
        // The home page counts one organization and one partner.
        let home = try #require(sink.text("index.html"))
        #expect(home.contains("<span class=\"figure-value\">1</span> <span class=\"figure-label\">Organizations</span>"))
        #expect(home.contains("<span class=\"figure-value\">1</span> <span class=\"figure-label\">Partners</span>"))
    }

    /// A tag or partner written twice in one case, the second time with an invisible
    /// character or in another Unicode spelling of the same text (`é` as `e` and U+0301),
    /// is one tag of that case: in a short list (compared with those kept) and in a long
    /// one (through a set).
    @Test func aNameRepeatedInOneCaseIsOneName() throws {
        let short = #"["电商直播", "电商直播\u200B", "Café", "Cafe\u0301", " 电商直播", "乡村振兴"]"#
        let long = "[" + (1...20).map { "\"标签\($0)\"" }.joined(separator: ", ") + #", "标签3\u3000", "Cafe\u0301", "Café"]"#
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "tags: \(short)\npartners: \(short)\n"),
                                      "content/cases/b.md": TemporarySite.caseFile(title: "B", extra: "tags: \(long)\n")])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded)
        let data = try #require(sink.text("data/cases.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]]).sorted { "\($0["title"]!)" < "\($1["title"]!)" }
        #expect(cases.map { $0["tags"] as? [String] ?? [] } == [
            ["电商直播", "Café", "乡村振兴"],
            (1...20).map { "标签\($0)" } + ["Cafe\u{301}"],
        ])
        #expect(cases[0]["partners"] as? [String] == ["电商直播", "Café", "乡村振兴"])
        // Kept in NFC: `Cafe` + U+0301, written first in the long list, is kept as `Café`'s
        // bytes, as a name is grouped and looked up by them (TermName).
        #expect((cases[1]["tags"] as? [String])?.last.map { Array($0.utf8) } == Array("Caf\u{E9}".utf8))
    }

    /// `，`, `、` and `；` separate names in Chinese: a list written with them is the names
    /// meant (with a warning that says how to write it), not one name of all of them.
    @Test func namesSeparatedTheChineseWayAreSeveral() throws {
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "tags: [科技助农，电商直播、乡村振兴, 党建引领]\npartners: 西岭县农业局, 西岭县融媒体中心\n"),
                                      "content/cases/b.md": TemporarySite.caseFile(title: "B", extra: "tags: 科技助农、电商直播\npartners:\n  - 西岭县农业局；西岭县苹果合作社\n")])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded)
        #expect(report.diagnostics.count == 4)
        #expect(sink.files.keys.filter { $0.hasPrefix("tags/") && $0.hasSuffix("/index.html") }.sorted() == [
            "tags/dang-jian-yin-ling/index.html", "tags/dian-shang-zhi-bo/index.html", "tags/index.html",
            "tags/ke-ji-zhu-nong/index.html", "tags/xiang-cun-zhen-xing/index.html"])
        let tag = try #require(sink.text("tags/ke-ji-zhu-nong/index.html"))
        #expect(tag.contains("cases/a/") && tag.contains("cases/b/"), "both cases carry 科技助农")
        // Three partners in all: the home page counts 西岭县农业局 once.
        let home = try #require(sink.text("index.html"))
        #expect(home.contains("<span class=\"figure-value\">3</span> <span class=\"figure-label\">Partners</span>"))
    }
}
