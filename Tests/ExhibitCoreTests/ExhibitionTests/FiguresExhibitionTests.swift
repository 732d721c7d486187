@testable import ExhibitCore
import XCTest

final class FiguresExhibitionTests: XCTestCase {
    typealias F = ExhibitionFixtures

    let cases = [
        F.makeCase("a", year: 2023, category: "rural", organization: "农学院党支部", partners: ["县农业局", "合作社"],
                   metrics: [("助农增收农户", 200, "户"), ("苹果增产", 30, "%"), ("论文", 3, "篇"), ("销售额", 120.5, "万元")]),
        F.makeCase("b", year: 2024, category: "rural", organization: "农学院党支部", partners: ["合作社"],
                   metrics: [("助农增收农户", 1000, "户"), ("苹果增产", 12, "%"), ("论文", 2, "项"), ("覆盖", 5, "米")]),
        F.makeCase("c", year: 2024, category: "research", organization: "信息学院",
                   metrics: [("论文", 4, "篇"), ("满意", 98, "分"), ("服务时长", 600, "小时"), ("培训", 90, "人次")]),
        F.makeCase("d", year: 2022, category: "research", organization: " ",
                   metrics: [("销售额", 0.3, "万元"), ("增产", 2, "吨")]),
    ]

    func testCountsByCategoryInSiteOrderWithZeros() {
        let figures = Figures(cases: cases, categories: F.categories)
        XCTAssertEqual(figures.casesByCategory.map(\.category.id), ["rural", "red", "research"])
        XCTAssertEqual(figures.casesByCategory.map(\.count), [2, 0, 2])
        XCTAssertEqual(figures.cases, 4)
    }

    func testCountsByYearNewestFirst() {
        let figures = Figures(cases: cases, categories: F.categories)
        XCTAssertEqual(figures.casesByYear.map(\.year), [2024, 2023, 2022])
        XCTAssertEqual(figures.casesByYear.map(\.count), [2, 1, 1])
    }

    func testCountsByOrganizationMostFirstThenNameAndDistinctPartners() {
        let more = cases + [F.makeCase("e", year: 2024, organization: "艺术学院")]
        let figures = Figures(cases: more, categories: F.categories)
        XCTAssertEqual(figures.casesByOrganization.map(\.name), ["农学院党支部", "信息学院", "艺术学院"])
        XCTAssertEqual(figures.casesByOrganization.map(\.count), [2, 1, 1])
        XCTAssertEqual(figures.organizations, 3, "a blank organization is not one")
        XCTAssertEqual(figures.partners, 2)
    }

    func testMetricsAreGroupedByLabelAndUnit() throws {
        let figures = Figures(cases: cases, categories: F.categories)
        let papers = figures.metrics.filter { $0.label == "论文" }
        XCTAssertEqual(papers.map(\.unit).sorted(), ["篇", "项"], "one label with two units stays two metrics")
        let pian = try XCTUnwrap(papers.first { $0.unit == "篇" })
        XCTAssertEqual(pian.total, 7)
        XCTAssertEqual(pian.cases, 2)
        let households = try XCTUnwrap(figures.metrics.first { $0.label == "助农增收农户" })
        XCTAssertEqual(households, MetricTotal(label: "助农增收农户", unit: "户", kind: .additive, total: 1200,
                                               minimum: 200, maximum: 1000, cases: 2))
        XCTAssertEqual(households.displayValue, "1,200")
        let sales = try XCTUnwrap(figures.metrics.first { $0.label == "销售额" })
        XCTAssertEqual(sales.displayValue, "120.8")
    }

    func testRatesAreRangesNeverSums() throws {
        let figures = Figures(cases: cases, categories: F.categories, rateLabels: ["培训"])
        let increase = try XCTUnwrap(figures.metrics.first { $0.label == "苹果增产" })
        XCTAssertEqual(increase.kind, .rate)
        XCTAssertNil(increase.total)
        XCTAssertEqual(increase.minimum, 12)
        XCTAssertEqual(increase.maximum, 30)
        XCTAssertEqual(increase.cases, 2)
        XCTAssertEqual(increase.displayValue, "12–30")
        XCTAssertTrue(increase.isRange)
        let declared = try XCTUnwrap(figures.metrics.first { $0.label == "培训" })
        XCTAssertNil(declared.total, "a label site.yaml declares a rate is not summed")
        XCTAssertEqual(declared.displayValue, "90")
        XCTAssertEqual(figures.metrics.first { $0.unit == "米" }?.total, 5, "an unknown unit is summed as a count (and warned about)")
    }

    func testAdditiveFirstByTotalThenRatesByLabel() {
        let figures = Figures(cases: cases, categories: F.categories)
        XCTAssertEqual(figures.metrics.map { "\($0.label)/\($0.unit)" }, [
            "助农增收农户/户", "服务时长/小时", "销售额/万元", "培训/人次", "论文/篇", "覆盖/米", "增产/吨", "论文/项",
            "满意/分", "苹果增产/%",
        ])
    }

    /// The home page leads with sums several cases report, largest first; one case's own
    /// figure first when it is marked `headline: true`, else after them, to fill the four.
    func testHeadlineIsTheLargestSumsOfSeveralCases() {
        let figures = Figures(cases: cases, categories: F.categories)
        XCTAssertEqual(figures.headline.map(\.label), ["助农增收农户", "销售额", "论文", "服务时长"])
        XCTAssertTrue(figures.headline.allSatisfy { $0.kind == .additive })
        var marked = cases
        marked[2] = F.makeCase("c", year: 2024, category: "research", organization: "信息学院",
                               metrics: [("论文", 4, "篇"), ("满意", 98, "分"), ("服务时长", 600, "小时"), ("培训", 90, "人次")],
                               headlines: ["服务时长"])
        XCTAssertEqual(Figures(cases: marked, categories: F.categories).headline.map(\.label), ["服务时长", "助农增收农户", "销售额", "论文"])
        let single = Figures(cases: [cases[2]], categories: F.categories)
        XCTAssertEqual(single.headline.map(\.label), ["服务时长", "培训", "论文"], "no sum of two cases: the largest sums")
        XCTAssertEqual(Figures(cases: marked, categories: F.categories).headline.count, 4)
        let onlyRates = Figures(cases: [F.makeCase("r", year: 2024, metrics: [("满意度", 99, "%")])], categories: F.categories)
        XCTAssertEqual(onlyRates.headline, [])
    }

    func testTheLargestAcceptedFiguresSumToTheirWholeTotal() {
        // Every accepted figure is below Metric.limit; a thousand of them still add up to a
        // readable total, not 0 (an overflow) or `9e+17`. (9e14 sums exactly in a Double.)
        let large = 900_000_000_000_000.0
        let cases = (0..<1_000).map { F.makeCase("c\($0)", year: 2024, metrics: [("科研经费", large, "元")]) }
        let figures = Figures(cases: cases, categories: F.categories)
        XCTAssertEqual(figures.headline.map(\.displayValue), ["900,000,000,000,000,000"])
    }

    func testNoCasesGiveEmptyFigures() {
        let figures = Figures(cases: [], categories: F.categories)
        XCTAssertEqual(figures.casesByCategory.map(\.count), [0, 0, 0])
        XCTAssertTrue(figures.casesByYear.isEmpty)
        XCTAssertTrue(figures.metrics.isEmpty)
        XCTAssertEqual(figures.organizations, 0)
    }
}
