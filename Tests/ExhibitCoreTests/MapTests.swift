@testable import ExhibitCore
import Foundation
import XCTest

/// /map/, /places/<province>/ and a case's place. Fixtures/indicator-site's cases are in
/// 陕西 (a1 延安市 宝塔区, a2 written `陕西省`), 江西 (b1, with coordinates) and 广西 (b2,
/// written `广西壮族自治区`); c1 says nowhere.
final class MapTests: XCTestCase {
    func build(_ root: URL = IndicatorSiteTests.site) -> (BuildReport, MemorySink) {
        let sink = MemorySink()
        return (Builder(options: BuildOptions(siteRoot: root)).run(into: sink), sink)
    }

    func testTheTableHas34ProvincesEachOnItsOwnTileAndSlug() {
        XCTAssertEqual(Province.all.count, 34)
        XCTAssertEqual(Set(Province.all.map(\.slug)).count, 34)
        XCTAssertEqual(Set(Province.all.map { [$0.column, $0.row] }).count, 34, "two provinces on one tile")
        XCTAssertTrue(Province.all.allSatisfy { (0..<Province.gridColumns).contains($0.column) && (0..<Province.gridRows).contains($0.row) })
        XCTAssertEqual(Province.named("陕西")?.slug, "shaanxi")
        XCTAssertEqual(Province.named("陕西省")?.slug, "shaanxi")
        XCTAssertEqual(Province.named("山西")?.slug, "shanxi")
        XCTAssertEqual(Province.named("广西壮族自治区")?.name, "广西")
        XCTAssertEqual(Province.named("内蒙古自治区")?.slug, "neimenggu")
        XCTAssertEqual(Province.named("北京市")?.slug, "beijing")
        XCTAssertNil(Province.named("延安"))
        XCTAssertEqual(Province.suggestion(for: "陝西")?.name, "陕西", "traditional characters")
        XCTAssertEqual(Province.suggestion(for: "内蒙")?.name, "内蒙古")
        // Neighbours on the grid are neighbours on the ground.
        let at = Dictionary(uniqueKeysWithValues: Province.all.map { ($0.name, ($0.column, $0.row)) })
        XCTAssertEqual(at["湖南"]!.1, at["湖北"]!.1 + 1, "湖南 is south of 湖北")
        XCTAssertLessThan(at["新疆"]!.0, at["甘肃"]!.0, "新疆 is west of 甘肃")
        XCTAssertLessThan(at["广东"]!.1 - at["黑龙江"]!.1, Province.gridRows)
    }

    func testTheMapHasATilePerProvinceColouredByCasesAndLinkedToItsPage() throws {
        let (_, sink) = build()
        let html = try XCTUnwrap(sink.text("map/index.html"))
        XCTAssertEqual(html.components(separatedBy: "<rect class=\"map-tile").count - 1, 34)
        // 陕西 has the most cases (2): the darkest level; 江西 and 广西 one each: level 2 of 4.
        XCTAssertTrue(html.contains("<a class=\"map-link\" href=\"../places/shaanxi/\" aria-label=\"陕西：2 个案例\"><rect class=\"map-tile map-level-4\""), html)
        XCTAssertTrue(html.contains("<a class=\"map-link\" href=\"../places/jiangxi/\" aria-label=\"江西：1 个案例\"><rect class=\"map-tile map-level-2\""))
        XCTAssertTrue(html.contains("<a class=\"map-link\" href=\"../places/guangxi/\" aria-label=\"广西：1 个案例\"><rect class=\"map-tile map-level-2\""))
        XCTAssertEqual(html.components(separatedBy: "<a class=\"map-link\"").count - 1, 3, "only provinces with cases are links")
        XCTAssertTrue(html.contains("<g class=\"map-empty\"><rect class=\"map-tile map-level-0\" x=\"384\" y=\"64\""), "北京, without cases, at column 6, row 1")
        XCTAssertTrue(html.contains("写明地点的案例： 4 个案例；未写地点的案例 1 个案例"))
        // The table gives the same numbers, most first.
        let rows = html.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { $0.prefix { $0 != "\n" } }
        XCTAssertEqual(rows.map(String.init), ["<a href=\"../places/shaanxi/\">陕西</a></th><td>2</td></tr>",
                                               "<a href=\"../places/jiangxi/\">江西</a></th><td>1</td></tr>",
                                               "<a href=\"../places/guangxi/\">广西</a></th><td>1</td></tr>"])
    }

    func testAPlacePageListsItsCasesWithCityAndCounty() throws {
        let (_, sink) = build()
        let page = try XCTUnwrap(sink.text("places/shaanxi/index.html"))
        XCTAssertTrue(page.contains("<h1 class=\"page-title\">陕西省</h1>"))
        XCTAssertTrue(page.contains("<a href=\"../../cases/a1/\">甲一</a>"))
        XCTAssertTrue(page.contains(" · 延安市 宝塔区</p>"))
        XCTAssertTrue(page.contains("<a href=\"../../cases/a2/\">甲二</a>"))
        XCTAssertFalse(page.contains("乙一"))
        XCTAssertNil(sink.text("places/beijing/index.html"), "no page for a province without cases")
        let a1 = try XCTUnwrap(sink.text("cases/a1/index.html"))
        XCTAssertTrue(a1.contains("<dt>地点</dt>\n          <dd><a href=\"../../places/shaanxi/\">陕西 延安市 宝塔区</a></dd>"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: try XCTUnwrap(sink.files["data/cases.json"])) as? [String: Any])
        let b1 = try XCTUnwrap((json["cases"] as? [[String: Any]])?.first { $0["slug"] as? String == "b1" })
        let location = try XCTUnwrap(b1["location"] as? [String: Any])
        XCTAssertEqual(location["province"] as? String, "江西")
        XCTAssertEqual(location["province_slug"] as? String, "jiangxi")
        XCTAssertEqual(location["county"] as? String, "井冈山市")
        XCTAssertEqual(location["lat"] as? Double, 26.75)
    }

    func testASiteWithoutPlacesHasNoMap() throws {
        let (_, sink) = build(GoldenSiteTests.site.deletingLastPathComponent().appendingPathComponent("invalid/misspelt-key"))
        XCTAssertNil(sink.text("map/index.html"))
        XCTAssertFalse(try XCTUnwrap(sink.text("dashboard/index.html")).contains("dash-map-link"))
    }

    /// content/map.geojson: two counties, 1° × 1° at 36–37° N. The projection shrinks
    /// longitude by cos(36.5°) = 0.8039, so the 640-wide map (8 px padding) is
    /// 624 / (2 × 0.8039) = 388.13 px per degree and 8 + 388.1 + 8 = 405 px high.
    func testASitesOwnOutlineIsProjectedAndDrawn() throws {
        func square(_ name: String, _ lon: Double) -> String {
            "{\"type\": \"Feature\", \"properties\": {\"name\": \"\(name)\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[\(lon), 36], [\(lon + 1), 36], [\(lon + 1), 37], [\(lon), 37], [\(lon), 36]]]}}"
        }
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/map.geojson": "{\"type\": \"FeatureCollection\", \"features\": [\(square("宝塔区", 109)), \(square("安塞区", 110))]}",
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "location: {province: 陕西, county: 宝塔区, lat: 36.5, lon: 109.5}\n"),
            "content/cases/b.md": TemporarySite.caseFile(title: "B", extra: "location: {province: 陕西, county: 安塞}\n"),
        ])
        defer { site.remove() }
        let (report, sink) = build(site.root)
        XCTAssertEqual(report.diagnostics.map(\.description), [
            "content/cases/b.md:5:34: warning: the place `陕西 安塞` is not on content/map.geojson: the case is not drawn on /map/\n"
                + "    fix: did you mean `安塞区`? write the county or city as the map names it (宝塔区、安塞区)",
        ])
        let html = try XCTUnwrap(sink.text("map/index.html"))
        XCTAssertTrue(html.contains("viewBox=\"0 0 640 405\""), html)
        XCTAssertTrue(html.contains("<a class=\"map-link\" href=\"../places/shaanxi/\" aria-label=\"宝塔区：1 cases\">"
            + "<path class=\"map-area map-level-4\" d=\"M8 396.1L320 396.1L320 8L8 8L8 396.1Z\"><title>宝塔区</title></path></a>"), html)
        XCTAssertTrue(html.contains("<path class=\"map-area map-level-0\" d=\"M320 396.1L632 396.1L632 8L320 8L320 396.1Z\"><title>安塞区</title></path>"))
        XCTAssertTrue(html.contains("<circle class=\"map-point\" cx=\"164\" cy=\"202.1\" r=\"5\"><title>A</title></circle>"), "109.5° E, 36.5° N: the middle of 宝塔区")
        XCTAssertFalse(html.contains("map-tile"), "the outline replaces the tile grid")
        XCTAssertNil(sink.files["map.geojson"], "the outline is read, not published")
    }
}
