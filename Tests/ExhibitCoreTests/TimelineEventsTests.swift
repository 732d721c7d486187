@testable import ExhibitCore
import Testing

/// The timeline's order, newest first, then by title, then by case, is the order the
/// comparison of (date, title, case) tuples gives, on generated cases whose events share
/// dates and titles, whose dates are years, months or days (`2024` and `2024-01-01` are
/// not the same day; `2024-06-18` and `2024-06-18 00:00` are the same moment), and whose
/// titles are canonically equal but written differently (`é` and `e` + U+0301) or alike
/// in their first eight bytes (`红色展…`, which the sort's keys hold).
@Suite struct TimelineEventsTests {
    static let titles = ["开题", "结题", "Café", "Cafe\u{301}", "验收", "a", "B", "开题 ", "红色展馆数字化一期", "红色展馆数字化二期", "红色展"]
    static let dates = [CaseDate(year: 2024), CaseDate(year: 2024, month: 1), CaseDate(year: 2024, month: 1, day: 1),
                        CaseDate(year: 2024, month: 6, day: 18), CaseDate(year: 2024, month: 6, day: 18, minuteOfDay: 0),
                        CaseDate(year: 2023, month: 12, day: 31), CaseDate(year: 2024, month: 6, day: 18, minuteOfDay: 570)]

    @Test(arguments: 1...4)
    func eventsAreInTheOrderOfTheirTuples(seed: UInt64) {
        var random = RelatedCacheTests.Generator(state: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let cases = (0..<300).map { i in
            let milestones = (0..<Int(random.next() % 3)).map { _ in Milestone(date: pick(Self.dates), title: pick(Self.titles)) }
            return Case(sourcePath: "content/cases/c\(i).md", bundlePath: nil, title: pick(Self.titles), date: pick(Self.dates),
                        category: "research", slug: "c\(i)", summary: nil, tags: [], organization: nil, partners: [], cover: nil,
                        coverAlt: nil, featured: false, draft: false, metrics: [], milestones: milestones, extra: [], body: "",
                        bodyLineOffset: 0, coverLine: 0)
        }
        let timeline = TimelineEvents(cases: cases)
        var expected: [TimelineEvents.Event] = []
        for (i, c) in cases.enumerated() {
            expected += c.milestones.isEmpty ? [.init(date: c.date, title: c.title, caseIndex: i, isCase: true)]
                : c.milestones.map { .init(date: $0.date, title: $0.title, caseIndex: i, isCase: false) }
        }
        expected.sort { ($0.date, $1.title, $1.caseIndex) > ($1.date, $0.title, $0.caseIndex) }
        let made = timeline.years.flatMap { timeline.byYear[$0]! }
        #expect(made.map(\.caseIndex) == expected.map(\.caseIndex))
        #expect(made.map(\.title) == expected.map(\.title))
        #expect(made.map(\.date) == expected.map(\.date))
    }
}
