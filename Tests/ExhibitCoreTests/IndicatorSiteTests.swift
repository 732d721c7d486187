@testable import ExhibitCore
import Foundation
import XCTest

/// Fixtures/indicator-site: the five-dimension framework (content/indicators.yaml) and five
/// cases of three organizations. Every figure below is computed by hand from the cases:
///
/// | case | org | 党员参与率 % | 联合党建活动频次 次 | 新增产值 万元 | 满意度 | others |
/// |---|---|---|---|---|---|---|
/// | a1 甲一 | 甲支部 | 80 | 4 | 120.5 | 90 | |
/// | a2 甲二 | 甲支部 | 95 | 6 | | | 转化率 30 |
/// | b1 乙一 | 乙支部 | 70 | 2 | 79.5 | 96 | 整改 100 |
/// | b2 =乙二 | 乙支部 | 88 | | | | 完善度 91, 教学 85 |
/// | c1 丙一 | 丙单位 | (none: a free metric only) | | | | |
final class IndicatorSiteTests: XCTestCase {
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/indicator-site")

    func build() -> (BuildReport, MemorySink) {
        let sink = MemorySink()
        return (Builder(options: BuildOptions(siteRoot: Self.site)).run(into: sink), sink)
    }

    /// The text of an element with `id` (up to its closing `</li>`), tags removed and spaces collapsed.
    func text(of id: String, in html: String, until end: String = "</li>\n") throws -> String {
        let start = try XCTUnwrap(html.range(of: "id=\"\(id)\""), "no element \(id)")
        let tagEnd = try XCTUnwrap(html[start.upperBound...].firstIndex(of: ">"))
        let rest = html[html.index(after: tagEnd)...]
        let stop = rest.range(of: end)?.lowerBound ?? rest.endIndex
        let stripped = String(rest[..<stop]).replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return stripped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testFiguresAreTheHandComputedOnes() throws {
        let (report, _) = build()
        XCTAssertTrue(report.succeeded)
        let loaded = ContentLoader(options: BuildOptions(siteRoot: Self.site), log: DiagnosticLog()).load()
        let (model, _) = SiteResolver.resolve(config: loaded.config, cases: loaded.cases, pages: loaded.pages, tree: loaded.tree, includeDrafts: false)
        let figures = IndicatorFigures(cases: model.cases, framework: model.config.indicators)
        let participation = try XCTUnwrap(figures.stat("member-participation"))
        XCTAssertEqual(participation.values.map(\.value), [80, 95, 70, 88])
        XCTAssertEqual(participation.minimum, 70)
        XCTAssertEqual(participation.maximum, 95)
        XCTAssertEqual(participation.median, 84, "(80 + 88) / 2")
        XCTAssertNil(participation.total, "a rate never sums")
        XCTAssertEqual(participation.leading.map { model.cases[$0.caseIndex].slug }, ["a2", "b2", "a1"])
        XCTAssertEqual(participation.reaching, 1, "only 95 reaches the target 90")
        XCTAssertEqual(participation.progress, 25)
        let activities = try XCTUnwrap(figures.stat("joint-activities"))
        XCTAssertEqual(activities.total, 12, "4 + 6 + 2")
        XCTAssertEqual(activities.progress, 60, "12 of the target 20")
        XCTAssertEqual(figures.stat("added-output")?.total, 200, "120.5 + 79.5")
        let satisfaction = try XCTUnwrap(figures.stat("satisfaction"))
        XCTAssertEqual(satisfaction.median, 93)
        XCTAssertEqual(satisfaction.progress, 100, "90 and 96 both reach 90")
        XCTAssertNil(figures.stat("jobs-created"), "no case reports it")
        XCTAssertEqual(figures.dimensions.map(\.dimension.id), ["organisation", "resource-sharing", "social-benefit", "innovation", "feedback"])
        XCTAssertEqual(figures.dimensions[1].stats.count, 0, "no case reports resource sharing")
    }

    func testDashboardShowsEachDimensionWithTotalsMediansAndProgress() throws {
        let (_, sink) = build()
        let html = try XCTUnwrap(sink.text("dashboard/index.html"))
        XCTAssertEqual(try text(of: "indicator-member-participation", in: html),
                       "党员参与率 84 % 中位数 · 数值范围 70–95 % 报告案例 4 / 5 个案例 目标 90 %：1 / 4 个案例达到目标 25% "
                       + "分布：党员参与率 每个圆点为一个案例：甲一 80%；甲二 95%；乙一 70%；=乙二 88%。中位数 84%，目标 90% "
                       + "0% 100% 圆点：各案例数值；实线：中位数；虚线：目标。 领先案例 甲二 95 % =乙二 88 % 甲一 80 %")
        XCTAssertEqual(try text(of: "indicator-joint-activities", in: html),
                       "联合党建活动频次 12 次 合计 报告案例 3 / 5 个案例 目标 20 次：已完成 60% 60% 领先案例 甲二 6 次 甲一 4 次 乙一 2 次")
        XCTAssertTrue(try text(of: "indicator-added-output", in: html).hasPrefix("新增产值 200 万元 合计 报告案例 2 / 5 个案例"))
        XCTAssertTrue(try text(of: "indicator-satisfaction", in: html).hasPrefix("评价满意度指数 93 中位数 · 数值范围 90–96 报告案例 2 / 5 个案例 目标 90 ：2 / 2 个案例达到目标"))
        // A dimension no case reports has no section; one case's rate has no dot strip.
        XCTAssertFalse(html.contains("dim-resource-sharing-title"))
        XCTAssertTrue(html.contains("id=\"dim-feedback-title\""))
        XCTAssertFalse(html.contains("strip-rectification"))
        XCTAssertEqual(html.components(separatedBy: "<circle class=\"strip-dot\"").count - 1, 4 + 2, "a dot per case: 4 participation, 2 satisfaction")
        XCTAssertTrue(html.contains("<a href=\"../scorecards/jia-zhi-bu/\">甲支部</a>"))
        XCTAssertTrue(html.contains("<a href=\"../scorecards/yi-zhi-bu/\">乙支部</a>"))
        XCTAssertTrue(html.contains("href=\"../data/indicators.csv\""))
    }

    func testScorecardComparesTheOrganizationWithTheSite() throws {
        let (_, sink) = build()
        XCTAssertNil(sink.text("scorecards/bing-dan-wei/index.html"), "丙单位 reports no indicator: no scorecard")
        XCTAssertTrue(try XCTUnwrap(sink.text("organizations/jia-zhi-bu/index.html")).contains("<a href=\"../../scorecards/jia-zhi-bu/\">评价对照</a>"),
                      "an organization's list links its scorecard")
        XCTAssertFalse(try XCTUnwrap(sink.text("organizations/bing-dan-wei/index.html")).contains("scorecards/"))
        let html = try XCTUnwrap(sink.text("scorecards/jia-zhi-bu/index.html"))
        XCTAssertTrue(html.contains("<h1 class=\"page-title\">评价对照：甲支部</h1>"))
        let rows = try text(of: "score-organisation-title", in: html, until: "</table>")
        XCTAssertTrue(rows.contains("党员参与率 中位数 87.5 % (2 个案例) 84 % (4 个案例) 90 %"), rows)
        XCTAssertTrue(rows.contains("联合党建活动频次 合计 10 次 (2 个案例, 占全部 83.33%) 12 次 (3 个案例) 20 次"), rows)
        XCTAssertTrue(rows.contains("党组织建设完善度评分 中位数 未报告 91 分 (1 个案例) 85 分"), rows)
        let benefit = try text(of: "score-social-benefit-title", in: html, until: "</table>")
        XCTAssertTrue(benefit.contains("新增产值 合计 120.5 万元 (1 个案例, 占全部 60.25%) 200 万元 (2 个案例)"), benefit)
        let feedback = try text(of: "score-feedback-title", in: html, until: "</table>")
        XCTAssertTrue(feedback.contains("评价满意度指数 中位数 90 (1 个案例) 达标 93 (2 个案例) 90"), feedback)
        // The chart: the five indicators 甲支部 reports, each beside the site's figure, with a text alternative.
        let svg = try XCTUnwrap(html.range(of: "<svg").map { String(html[$0.lowerBound...].prefix { $0 != "}" }) })
        XCTAssertEqual(svg.components(separatedBy: "<g class=\"chart-row\">").count - 1, 5)
        XCTAssertTrue(svg.contains("role=\"img\" aria-labelledby=\"chart-scorecard-title chart-scorecard-desc\""))
        XCTAssertTrue(svg.contains("党员参与率：87.5% / 84%；联合党建活动频次：10次 / 12次"), svg)
    }

    func testIndicatorsCSVHasARowPerCaseAndIndicator() throws {
        let (_, sink) = build()
        let data = try XCTUnwrap(sink.files["data/indicators.csv"])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "a BOM, so that Excel reads UTF-8")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 1 + 15 + 1, "a header, 15 figures, and the empty string after the last CRLF")
        XCTAssertEqual(lines[0], "slug,title,date,category,organization,dimension,dimension_name,indicator,name,kind,value,unit,target")
        XCTAssertEqual(lines[3], "a1,甲一,2024-06-01,research,甲支部,social-benefit,社会效益,added-output,新增产值,count,120.5,万元,")
        XCTAssertEqual(lines[13], "b2,\"'=乙二\",2024-03-01,research,乙支部,organisation,组织建设,member-participation,党员参与率,rate,88,%,90",
                       "a title that starts like a formula is text")
        XCTAssertFalse(text.contains("走访农户"), "free metrics are in metrics.csv only")
    }

    func testCasesJSONNamesTheIndicators() throws {
        let (_, sink) = build()
        let json = try XCTUnwrap(sink.files["data/cases.json"])
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: json) as? [String: Any])
        let dimensions = try XCTUnwrap(root["indicators"] as? [[String: Any]])
        XCTAssertEqual(dimensions.count, 5)
        let first = try XCTUnwrap((dimensions[0]["indicators"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["id"] as? String, "member-participation")
        XCTAssertEqual(first["required"] as? Bool, true)
        XCTAssertEqual(first["target"] as? Double, 90)
        let cases = try XCTUnwrap(root["cases"] as? [[String: Any]])
        let metrics = try XCTUnwrap(cases[0]["metrics"] as? [[String: Any]])
        XCTAssertEqual(metrics[0]["indicator"] as? String, "member-participation")
        XCTAssertEqual(metrics[0]["label"] as? String, "党员参与率", "the label is the indicator's name")
        XCTAssertEqual(metrics[0]["unit"] as? String, "%")
        let free = try XCTUnwrap((cases[4]["metrics"] as? [[String: Any]])?.first)
        XCTAssertNil(free["indicator"])
    }

    func testTheRequiredIndicatorNamesTheCaseThatDoesNotReportIt() {
        let (report, _) = build()
        XCTAssertEqual(report.diagnostics.map(\.description), [
            "content/indicators.yaml:9:9: warning: the required indicator `member-participation` (党员参与率) is not reported by 1 of 5 cases: content/cases/c1.md\n"
                + "    fix: add `- {indicator: member-participation, value: …}` (in %) to their `metrics:`, or drop `required: true` if it does not apply to every case",
        ])
    }

    /// Names from site.yaml and cases reach inline SVG (the dot strip, the scorecard's
    /// chart, the map) through `MarkupEscape`: no markup of theirs gets into a page.
    func testNamesInChartsAreEscaped() throws {
        let hostile = "<script>alert(1)</script>"
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML + """

            indicators:
              - id: d
                name: "\(hostile)"
                indicators:
                  - {id: r, name: "\(hostile)", unit: "%", kind: rate, target: 50}
            """,
            "content/cases/a.md": TemporarySite.caseFile(title: "<img src=x onerror=alert(2)>", extra: "organization: \"\(hostile)\"\nlocation: {province: 陕西, city: \"\(hostile)\"}\nmetrics:\n  - {indicator: r, value: 40}\n"),
            "content/cases/b.md": TemporarySite.caseFile(title: "B", date: "2024-06-17", extra: "organization: \"\(hostile)\"\nmetrics:\n  - {indicator: r, value: 60}\n"),
        ])
        defer { site.remove() }
        let sink = MemorySink()
        XCTAssertTrue(Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink).succeeded)
        let pages = ["dashboard/index.html", "map/index.html", "places/shaanxi/index.html", "cases/a/index.html"]
            + sink.files.keys.filter { $0.hasPrefix("scorecards/") }
        XCTAssertEqual(pages.count, 5, "a scorecard for the one organization")
        for page in pages {
            let html = try XCTUnwrap(sink.text(page), page)
            XCTAssertFalse(html.contains("<script>alert"), page)
            XCTAssertFalse(html.contains("<img src=x"), page)
        }
        XCTAssertTrue(try XCTUnwrap(sink.text("dashboard/index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
