@testable import ExhibitCore
import Testing

/// An organization's list sums its cases' figures with the groups numbered once for the
/// whole site (`MetricGroups`): the totals must be those of its cases grouped alone.
struct MetricGroupsTests {
    /// Labels that trim alike, that compare equal in other bytes (é as one scalar and as
    /// e + U+0301), a rate, an empty one; units likewise; and indicators.
    static let labels = ["论文", " 论文 ", "论文\n", "café", "cafe\u{301}", "满意度", "培训", "", "  "]
    static let units = ["篇", " 篇", "项", "%", "", "万元"]
    static let indicators: [String?] = [nil, nil, nil, "papers", "income"]
    static let values: [Double] = [1, 2.5, 30, 0.3, 1200, 0, .nan, .infinity, 1e14]

    @Test(arguments: 1...5)
    func aListsTotalsWithTheSitesGroupsAreItsOwn(seed: UInt64) {
        var random = RelatedCacheTests.Generator(state: seed)
        let cases = (0..<60).map { i in
            let metrics = (0..<Int.random(in: 0...6, using: &random)).map { _ in
                Metric(label: Self.labels.randomElement(using: &random)!, value: Self.values.randomElement(using: &random)!,
                       unit: Self.units.randomElement(using: &random)!, headline: Bool.random(using: &random),
                       indicator: Self.indicators.randomElement(using: &random)!)
            }
            return Case(sourcePath: "content/cases/c\(i).md", bundlePath: nil, title: "c\(i)", date: CaseDate(year: 2024),
                        category: "rural", slug: "c\(i)", summary: nil, tags: [], organization: nil, partners: [], cover: nil,
                        coverAlt: nil, featured: false, draft: false, metrics: metrics, milestones: [], extra: [], body: "",
                        bodyLineOffset: 0, coverLine: 0)
        }
        let rates: Set<String> = ["培训"]
        let groups = MetricGroups(cases: cases, rateLabels: rates)
        var compared = 0
        for _ in 0..<40 {
            // A list's cases, in any order (a list's order is its own).
            let list = Array(cases.indices.shuffled(using: &random).prefix(Int.random(in: 0...30, using: &random)))
            let shared = Figures.totals(list, of: cases, groups: groups)
            let alone = list.map { cases[$0] }
            var own = Figures.totals(Array(alone.indices), of: alone, groups: MetricGroups(cases: alone, rateLabels: rates))
            // Grouped alone, a total's first case is its place in the list.
            for i in own.indices { own[i].firstCase = list[own[i].firstCase] }
            #expect(shared == own, "list \(list)")
            compared += own.count
        }
        #expect(compared > 100, "the lists had figures to sum")
    }
}
