@testable import ExhibitCore
import Foundation
import Testing

/// A case's summary is its `summary:`, or else the opening of its text; the opening is
/// made only for cases without one (`CaseBody.summary`), and `serve` makes it when a
/// `summary:` is taken out.
@Suite struct BodySummaryTests {
    static let body = "正文的第一句。正文的第二句。"

    @Test func theOpeningIsMadeOnlyWithoutASummaryAndWhenOneIsTakenOut() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "summary: 编辑写的摘要。\n", body: Self.body),
            "content/cases/b.md": TemporarySite.caseFile(title: "B", body: Self.body),
        ])
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        #expect(session.update().succeeded)
        func check(_ slug: String, body: String, shown: String) throws {
            let snapshot = try #require(session.current.withLock { $0 })
            let renderer = snapshot.renderer
            let index = try #require(renderer.model.cases.firstIndex { $0.slug == slug })
            #expect(renderer.bodies[index].summary == body)
            let page = try #require(snapshot.jobs["cases/\(slug)/index.html"])
            #expect(renderer.values(page).values.case?.summary == shown)
        }
        try check("a", body: "", shown: "编辑写的摘要。")
        try check("b", body: Self.body, shown: Self.body)

        // The summary taken out: the page shows the text's opening.
        let file = site.root.appendingPathComponent("content/cases/a.md")
        try TemporarySite.caseFile(title: "A", body: Self.body).write(to: file, atomically: true, encoding: .utf8)
        #expect(session.update(changed: [file.path]).succeeded)
        try check("a", body: Self.body, shown: Self.body)
    }
}
