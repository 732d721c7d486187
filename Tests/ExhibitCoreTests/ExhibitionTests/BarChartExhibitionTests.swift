@testable import ExhibitCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Charts are compared byte for byte with Snapshots/charts/*.svg. Re-record with
/// EXHIBIT_RECORD=1 after a deliberate change, and look at the diff (and the pictures).
final class BarChartExhibitionTests: XCTestCase {
    typealias F = ExhibitionFixtures
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots/charts")

    /// Three categories (one empty, one with a name too long for the label column) and
    /// four years.
    static var figures: Figures {
        let categories = F.categories + [Category(id: "long", name: "研究生党支部“双带头人”教师党支部书记工作室建设", description: "")]
        let cases = [
            F.makeCase("a", year: 2021, category: "rural"), F.makeCase("b", year: 2022, category: "rural"),
            F.makeCase("c", year: 2024, category: "rural"), F.makeCase("d", year: 2024, category: "research"),
            F.makeCase("e", year: 2024, category: "long"), F.makeCase("f", year: 2023, category: "rural"),
            F.makeCase("g", year: 2024, category: "research"),
        ]
        return Figures(cases: cases, categories: categories)
    }

    static var categoryChart: BarChart {
        figures.categoryChart(id: "chart-category", title: "各类别案例数", description: "乡村振兴 4 个，红色文化 0 个，科研攻关 2 个 <及其他>")
    }

    static var yearChart: BarChart {
        figures.yearChart(id: "chart-year", title: "各年度案例数", description: "2024 年 4 个，2023 年 1 个，2022 年 1 个，2021 年 1 个")
    }

    func testCategoryChartMatchesSnapshot() throws {
        try assertSnapshot(Self.categoryChart.svg(), named: "by-category.svg")
    }

    func testYearChartMatchesSnapshot() throws {
        try assertSnapshot(Self.yearChart.svg(), named: "by-year.svg")
    }

    func testChartsAreWellFormedXMLAndAccessible() throws {
        for chart in [Self.categoryChart, Self.yearChart, BarChart(id: "empty", title: "无", description: "", bars: [])] {
            let svg = chart.svg()
            let parser = XMLParser(data: Data(svg.utf8))
            let collector = ElementCollector()
            parser.delegate = collector
            XCTAssertTrue(parser.parse(), "\(chart.id): \(parser.parserError.map { "\($0)" } ?? "")\n\(svg)")
            let root = try XCTUnwrap(collector.elements.first)
            XCTAssertEqual(root.name, "svg")
            XCTAssertEqual(root.attributes["role"], "img")
            XCTAssertEqual(root.attributes["aria-labelledby"], "\(chart.id)-title \(chart.id)-desc")
            XCTAssertEqual(root.attributes["viewBox"], "0 0 640 \(NumberFormat.coordinate(chart.height))")
            XCTAssertEqual(collector.elements[1].name, "title")
            XCTAssertEqual(collector.elements[1].attributes["id"], "\(chart.id)-title")
            XCTAssertEqual(collector.elements[2].name, "desc")
            XCTAssertEqual(collector.elements[2].attributes["id"], "\(chart.id)-desc")
            XCTAssertEqual(collector.elements.filter { $0.attributes["class"]?.hasPrefix("chart-bar") == true }.count, chart.bars.count)
            XCTAssertEqual(collector.elements.filter { $0.attributes["class"] == "chart-value" }.count, chart.bars.count)
        }
    }

    func testSameInputGivesSameBytes() {
        XCTAssertEqual(Self.categoryChart.svg(), Self.categoryChart.svg())
        XCTAssertEqual(Self.yearChart.svg(), Self.yearChart.svg())
    }

    func testHeightGrowsWithBarsAndBarsScaleToTheLargest() {
        XCTAssertEqual(Self.categoryChart.height, 8 + 4 * 32)
        XCTAssertEqual(Self.yearChart.height, 8 + 4 * 32)
        let svg = BarChart(id: "x", title: "t", description: "d",
                           bars: [("甲", 10, "10"), ("乙", 5, "5"), ("丙", 0, "0")]).svg()
        // Label column 14 px + 12 gap = 26; room 640 - 26 - 8 - 16 = 590.
        XCTAssertTrue(svg.contains("x=\"26\" y=\"10\" width=\"590\""), svg)
        XCTAssertTrue(svg.contains("x=\"26\" y=\"42\" width=\"295\""), svg)
        XCTAssertTrue(svg.contains("x=\"26\" y=\"74\" width=\"0\""), svg)
    }

    func testLongChineseLabelsAreCutWithAnEllipsisAndKeepTheirFullText() {
        let chart = Self.categoryChart
        let svg = chart.svg()
        XCTAssertTrue(svg.contains(">研究生党支部“双带头人”教…</text>"), svg)
        XCTAssertTrue(svg.contains("<title>研究生党支部“双带头人”教师党支部书记工作室建设</title>"))
        XCTAssertEqual(chart.bars.last?.label, "研究生党支部“双带头人”教师党支部书记工作室建设", "the table rows keep the whole name")
        XCTAssertEqual(TextWidth.of("乡村振兴"), 56)
        XCTAssertEqual(TextWidth.of("2024"), 32)
        XCTAssertLessThanOrEqual(TextWidth.of(TextWidth.truncate(String(repeating: "长", count: 40), to: 196).text), 196)
    }

    func testTextIsEscaped() {
        let svg = BarChart(id: "a\"b", title: "A & B", description: "<x>", bars: [("<g>", 1, "1 & 2")]).svg()
        XCTAssertTrue(svg.contains("<title id=\"a&quot;b-title\">A &amp; B</title>"))
        XCTAssertTrue(svg.contains("&lt;x&gt;"))
        XCTAssertTrue(svg.contains(">&lt;g&gt;</text>"))
        XCTAssertTrue(svg.contains(">1 &amp; 2</text>"))
    }

    private func assertSnapshot(_ svg: String, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.snapshots.appendingPathComponent(name)
        if SnapshotRecording.isOn {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try Data(svg.utf8).write(to: url)
            SnapshotRecording.fail(recorded: "\(name)", file: file, line: line)
            return
        }
        let expected = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        XCTAssertEqual(svg, expected, "\(name) changed; re-record with EXHIBIT_RECORD=1 if that is meant", file: file, line: line)
    }
}

/// Records every element the parser meets, in document order.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append((elementName, attributeDict))
    }
}
