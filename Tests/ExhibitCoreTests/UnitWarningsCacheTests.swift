@testable import ExhibitCore
import Testing

/// The unknown-unit warnings `serve` keeps between updates are the ones computed afresh:
/// after an edit of tags (same figures), of a figure's unit or its line, and of
/// `rate_labels`.
@Suite struct UnitWarningsCacheTests {
    static func make(_ i: Int, tags: [String] = [], metrics: [Metric]) -> Case {
        Case(sourcePath: "content/cases/c\(i).md", bundlePath: nil, title: "c\(i)", date: CaseDate(year: 2024),
             category: "c", slug: "c\(i)", summary: nil, tags: tags, organization: nil, partners: [], cover: nil,
             coverAlt: nil, featured: false, draft: false, metrics: metrics, milestones: [], extra: [], body: "",
             bodyLineOffset: 0, coverLine: 0)
    }

    static func metric(_ label: String, _ unit: String, line: Int) -> Metric {
        var m = Metric(label: label, value: 3, unit: unit)
        m.line = line
        m.column = 3
        return m
    }

    static func rendered(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.path):\($0.line): \($0.message)" }
    }

    @Test func keptOnlyWhileTheFiguresAreTheSame() {
        let cache = CaseListMemo.unitWarnings()
        var cases = (0..<6).map { Self.make($0, metrics: [Self.metric("绿道", "公里段", line: 7), Self.metric("学生", "人", line: 8)]) }
        func check(_ labels: Set<String> = []) {
            #expect(Self.rendered(cache.value(cases, labels))
                    == Self.rendered(UnknownUnits.warnings(cases: cases, rateLabels: labels)))
        }
        check()
        #expect(Self.rendered(cache.value(cases, [])).count == 1)
        cases[0] = Self.make(0, tags: ["新标签"], metrics: cases[0].metrics)   // a tag edit
        check()
        cases[0] = Self.make(0, metrics: [Self.metric("绿道", "公里段", line: 9)])  // the figure moved
        check()
        cases[3] = Self.make(3, metrics: [Self.metric("满意度", "星", line: 7)])  // a new unknown unit
        check()
        check(["满意度"])
        cases.swapAt(1, 4)
        check()
    }
}
