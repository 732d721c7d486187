@testable import ExhibitCore
import Testing

/// A free figure with an indicator's name and unit is a figure of its own, not a figure of
/// the indicator: the dashboard lists it among the free figures, where it used to vanish
/// (the indicator's section skipped it, having no id, and the free figures hid its name).
@Suite struct IndicatorTotalsTests {
    static func make(_ i: Int, _ metric: Metric) -> Case {
        Case(sourcePath: "content/cases/c\(i).md", bundlePath: nil, title: "c\(i)", date: CaseDate(year: 2024),
             category: "c", slug: "c\(i)", summary: nil, tags: [], organization: nil, partners: [], cover: nil,
             coverAlt: nil, featured: false, draft: false, metrics: [metric], milestones: [], extra: [], body: "",
             bodyLineOffset: 0, coverLine: 0)
    }

    @Test func aFreeFigureWithAnIndicatorsNameIsKeptApart() {
        var reported = Metric(label: "联合科研项目数", value: 3, unit: "项")
        reported.indicator = "joint-research"
        let free = Metric(label: "联合科研项目数", value: 5, unit: "项")
        let figures = Figures(cases: [Self.make(0, reported), Self.make(1, free), Self.make(2, reported)], categories: [])
        let totals = figures.metrics.filter { $0.label == "联合科研项目数" }
        #expect(totals.count == 2)
        #expect(totals.first { $0.indicator == "joint-research" }?.total == 6)
        #expect(totals.first { $0.indicator == nil }?.total == 5)
    }
}
