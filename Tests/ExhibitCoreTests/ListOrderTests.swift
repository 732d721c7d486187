@testable import ExhibitCore
import Testing

/// `SiteResolver.inListOrder` (keys of dates, title prefixes and bytes) orders cases as
/// `precedes` does (dates, then `String`'s order of titles and slugs), on cases that tie
/// on the day and on the title's first bytes, with titles composed and not.
@Suite struct ListOrderTests {
    static let pieces = ["土壤", "改良", "“三步走”", "——", "：", "a", "B", "é", "e\u{301}", "\u{2000}", "１２", "苹果", "报告"]

    static func makeCase(_ i: Int, title: String, slug: String, day: Int, minute: Int?) -> Case {
        Case(sourcePath: "content/cases/c\(i).md", bundlePath: nil, title: title,
             date: CaseDate(year: 2024, month: 6, day: day, minuteOfDay: minute), category: "rural", slug: slug,
             summary: nil, tags: [], organization: nil, partners: [], cover: nil, coverAlt: nil, featured: false,
             draft: false, metrics: [], milestones: [], extra: [], body: "", bodyLineOffset: 0, coverLine: 0)
    }

    @Test(arguments: 1...8)
    func keysOrderCasesAsPrecedesDoes(seed: UInt64) {
        var random = RelatedCacheTests.Generator(state: seed)
        func piece() -> String { Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)] }
        let cases = (0..<400).map { i in
            // Titles of one to four pieces, many alike in their first eight bytes.
            let title = (0..<Int.random(in: 1...4, using: &random)).map { _ in piece() }.joined()
            let slug = Int.random(in: 0..<4, using: &random) == 0 ? piece() : "c\(i % 50)"
            return Self.makeCase(i, title: title, slug: slug, day: Int.random(in: 1...3, using: &random),
                                 minute: Int.random(in: 0..<3, using: &random) == 0 ? 0 : nil)
        }
        let ordered = SiteResolver.inListOrder(cases)
        let expected = cases.sorted(by: SiteResolver.precedes)
        // Cases equal under `precedes` may come in either order; their titles and slugs are the same.
        #expect(ordered.map { [$0.date.iso, $0.title, $0.slug] } == expected.map { [$0.date.iso, $0.title, $0.slug] })
        #expect(Set(ordered.map(\.sourcePath)).count == cases.count)
    }
}
