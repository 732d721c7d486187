@testable import ExhibitCore
import Testing

/// Cases that share a slug: each later file (in path order) is reported naming the first,
/// in path order, however the cases come in; the same as walking the sorted paths.
@Suite struct SlugClashTests {
    static func make(_ path: String, slug: String) -> Case {
        Case(sourcePath: path, bundlePath: nil, title: path, date: CaseDate(year: 2024),
             category: "c", slug: slug, summary: nil, tags: [], organization: nil, partners: [], cover: nil,
             coverAlt: nil, featured: false, draft: false, metrics: [], milestones: [], extra: [], body: "",
             bodyLineOffset: 0, coverLine: 0)
    }

    @Test func everyLaterFileNamesTheFirst() {
        let cases = [Self.make("content/cases/z.md", slug: "same"), Self.make("content/cases/b.md", slug: "other"),
                     Self.make("content/cases/a.md", slug: "same"), Self.make("content/cases/m.md", slug: "same"),
                     Self.make("content/cases/c/index.md", slug: "other"), Self.make("content/cases/q.md", slug: "alone")]
        for order in [cases, cases.reversed(), cases.shuffled()] {
            let found = SiteResolver.slugClashes(Array(order)).map { "\($0.path): \($0.message)" }
            #expect(found == [
                "content/cases/c/index.md: two cases have the slug `other`: content/cases/b.md and this file",
                "content/cases/m.md: two cases have the slug `same`: content/cases/a.md and this file",
                "content/cases/z.md: two cases have the slug `same`: content/cases/a.md and this file",
            ])
        }
    }

    /// `serve` keeps the clashes while paths and slugs are the same: after an edit that
    /// keeps them, one that makes a clash and one that ends it, the kept errors are those
    /// computed afresh.
    @Test func keptOnlyWhilePathsAndSlugsAreTheSame() {
        let cache = CaseListMemo.slugClashes()
        var cases = (0..<5).map { Self.make("content/cases/c\($0).md", slug: "s\($0)") }
        func check() {
            #expect(cache.value(cases, 0).map(\.message) == SiteResolver.slugClashes(cases).map(\.message))
        }
        check()
        cases[1] = Self.make("content/cases/c1.md", slug: "s1")
        check()
        cases[2] = Self.make("content/cases/c2.md", slug: "s3")
        check()
        #expect(cache.value(cases, 0).count == 1)
        cases[2] = Self.make("content/cases/c2.md", slug: "s2")
        check()
        #expect(cache.value(cases, 0).isEmpty)
    }
}
