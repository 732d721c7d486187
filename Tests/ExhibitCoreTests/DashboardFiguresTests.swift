@testable import ExhibitCore
import Foundation
import Testing

/// What the dashboard leads with, what it files as one case's figures, and the warning
/// for a unit Exhibit does not know.
@Suite struct DashboardFiguresTests {
    func site(rateLabels: String = "") throws -> TemporarySite {
        try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML + rateLabels,
            "content/cases/a.md": TemporarySite.caseFile(title: "Alpha", date: "2024-06-18", extra: """
                metrics:
                  - {label: 受益农户, value: 200, unit: 户}
                  - {label: 绿道, value: 3, unit: 米}
                  - {label: 获奖, value: 1, unit: 项, headline: true}

                """),
            "content/cases/b.md": TemporarySite.caseFile(title: "Beta", date: "2024-05-01", extra: """
                metrics:
                  - {label: 受益农户, value: 1000, unit: 户}
                  - {label: 绿道, value: 2, unit: 米}
                  - {label: 专利, value: 4, unit: 项}

                """),
        ])
    }

    func build(_ site: TemporarySite) -> (BuildReport, MemorySink) {
        let sink = MemorySink()
        return (Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink), sink)
    }

    @Test func leadsWithFiguresOfSeveralCasesAndListsOneCasesOwnWithIt() throws {
        let site = try site()
        defer { site.remove() }
        let (report, sink) = build(site)
        #expect(report.succeeded)
        let html = try #require(sink.text("dashboard/index.html"))
        let sums = try #require(html.range(of: "dash-sums-title")).lowerBound
        let singles = try #require(html.range(of: "dash-singles-title")).lowerBound
        let households = try #require(html.range(of: "1,200<small>户</small>"), "two cases' households are summed")
        #expect(households.lowerBound > sums && households.lowerBound < singles)
        let award = try #require(html.range(of: "1<small>项</small></span> <span class=\"dash-metric-label\">获奖"))
        #expect(award.lowerBound < singles, "a figure marked headline leads though one case reports it")
        let patents = try #require(html.range(of: "<th scope=\"row\">专利</th>"))
        #expect(patents.lowerBound > singles, "one case's figure is in the singles table")
        #expect(html[patents.upperBound...].hasPrefix("<td class=\"figure-cell\">4 项</td><td><a href=\"../cases/b/\">Beta</a></td>"))
    }

    @Test func anUnknownUnitIsSummedWithOneWarningAtItsFirstCase() throws {
        let site = try site()
        defer { site.remove() }
        let (report, sink) = build(site)
        let warnings = report.diagnostics.filter { $0.message.contains("is not one Exhibit knows") }
        #expect(warnings.map(\.description).map { $0.components(separatedBy: ": warning:")[0] } == ["content/cases/a.md:7:33"])
        #expect(warnings.first?.message.contains("`米` of `绿道`") == true)
        #expect(try #require(sink.text("dashboard/index.html")).contains("5<small>米</small>"), "summed as a count")
    }

    /// serve's fast path (an edit that keeps the case on its lists) reports the warning
    /// where a fresh build does, though the edit moved its line.
    @Test func serveReportsTheWarningWhereABuildDoes() throws {
        let site = try site()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        #expect(session.update().succeeded)
        let file = site.root.appendingPathComponent("content/cases/a.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "metrics:", with: "summary: 新的摘要\nmetrics:").write(to: file, atomically: false, encoding: .utf8)
        let report = session.update(changed: [file.path])
        #expect(report.onlyEditedCases)
        let (cold, _) = build(site)
        #expect(report.diagnostics.map(\.description) == cold.diagnostics.map(\.description))
        #expect(report.diagnostics.contains { $0.description.hasPrefix("content/cases/a.md:8:33: warning: the unit `米`") })
    }

    @Test func aDeclaredRateIsNeitherSummedNorWarnedAbout() throws {
        let site = try site(rateLabels: "\nrate_labels: [绿道]\n")
        defer { site.remove() }
        let (report, sink) = build(site)
        #expect(!report.diagnostics.contains { $0.message.contains("is not one Exhibit knows") })
        #expect(try #require(sink.text("dashboard/index.html")).contains("<td>2–3 米</td>"))
    }
}
