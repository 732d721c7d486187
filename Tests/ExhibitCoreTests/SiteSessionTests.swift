import ExhibitCore
import Foundation
import XCTest

/// `serve`'s session after edits: every file it serves is what a fresh `build` of the
/// edited site writes, whether the edit took the fast path (only the edited case read
/// again) or the full one.
final class SiteSessionTests: XCTestCase {
    static let siteYAML = TemporarySite.siteYAML + """

      - {id: culture, name: Culture}
    per_page: 2
    """

    func makeSite() throws -> TemporarySite {
        var files = ["content/site.yaml": Self.siteYAML]
        let tags = ["soil", "water", "soil", "seeds", "water", "soil"]
        for i in 1...6 {
            files["content/cases/c\(i).md"] = """
            ---
            title: Case \(i)
            date: 2024-01-1\(i)
            category: \(i % 2 == 0 ? "culture" : "research")
            tags: [\(tags[i - 1])]
            organization: Team \(i % 3)
            metrics:
              - {label: Jobs, value: \(i * 10), unit: 个}
            ---
            Body of case \(i), linking [the next one](c\(i % 6 + 1).md).

            ## Part one
            Text.
            """
        }
        return try TemporarySite(files)
    }

    /// Every file of a fresh build of the site, as the session serves it.
    func assertSessionMatchesColdBuild(_ session: SiteSession, _ site: TemporarySite,
                                       file: StaticString = #filePath, line: UInt = #line) {
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)", file: file, line: line)
        var differences: [String] = []
        for (path, data) in sink.files.sorted(by: { $0.key < $1.key }) where session.file(at: path) != data {
            differences.append(path)
        }
        XCTAssertEqual(differences, [], "served and built differ", file: file, line: line)
    }

    func edit(_ site: TemporarySite, _ path: String, _ change: (String) -> String) throws -> [String] {
        let url = site.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "the edit changed nothing")
        try changed.write(to: url, atomically: false, encoding: .utf8)
        return [url.path]
    }

    func testEditsOfTextTitleAndFiguresTakeTheFastPathAndMatchABuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        let first = session.update()
        XCTAssertTrue(first.succeeded)
        // Render every page once, so that stale pages would show.
        assertSessionMatchesColdBuild(session, site)

        var report = session.update(changed: try edit(site, "content/cases/c3.md") {
            $0.replacingOccurrences(of: "Body of case 3", with: "New words for case 3")
        })
        XCTAssertTrue(report.succeeded)
        XCTAssertTrue(report.onlyEditedCases)
        // One pipeline: the fast path runs the full path's stages, on one clock.
        let updateStages = Array(BuildProgress.stages.dropLast())
        XCTAssertEqual(first.stages.map(\.name), updateStages)
        XCTAssertEqual(report.stages.map(\.name), updateStages)
        XCTAssertTrue(String(decoding: session.file(at: "cases/c3/index.html") ?? Data(), as: UTF8.self).contains("New words for case 3"))
        assertSessionMatchesColdBuild(session, site)

        // A new title and figure: lists, home, feed, dashboard and search all follow.
        report = session.update(changed: try edit(site, "content/cases/c4.md") {
            $0.replacingOccurrences(of: "title: Case 4", with: "title: Case 4 renamed")
                .replacingOccurrences(of: "value: 40", with: "value: 4000")
        })
        XCTAssertTrue(report.onlyEditedCases)
        assertSessionMatchesColdBuild(session, site)
    }

    /// An editor that saves through a temporary file reports it too (created, renamed
    /// over the case, gone): the save still takes the fast path, and matches a build.
    func testASaveThroughATemporaryFileTakesTheFastPath() throws {
        let site = try makeSite()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        var changed = try edit(site, "content/cases/c2.md") { $0.replacingOccurrences(of: "Body of case 2", with: "Saved by rename") }
        changed.append(site.root.appendingPathComponent("content/cases/c2.md.tmp").path)
        changed.append(site.root.appendingPathComponent("content/cases/4913").path)
        let report = session.update(changed: changed)
        XCTAssertTrue(report.succeeded)
        XCTAssertTrue(report.onlyEditedCases, "the temporary files are not part of the site")
        assertSessionMatchesColdBuild(session, site)

        // A new file that stays is part of the site: the full path reads it.
        try "new".write(to: site.root.appendingPathComponent("content/cases/notes.txt"), atomically: true, encoding: .utf8)
        let added = session.update(changed: [site.root.appendingPathComponent("content/cases/notes.txt").path])
        XCTAssertFalse(added.onlyEditedCases)
        assertSessionMatchesColdBuild(session, site)
    }

    func testEditsThatMoveACaseTakeTheFullPathAndMatchABuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        assertSessionMatchesColdBuild(session, site)

        let edits: [(String, (String) -> String)] = [
            ("a new date moves it to the top", { $0.replacingOccurrences(of: "date: 2024-01-12", with: "date: 2025-05-05") }),
            ("another category", { $0.replacingOccurrences(of: "category: culture", with: "category: research") }),
            ("another slug", { $0.replacingOccurrences(of: "title: Case 6", with: "title: Case 6\nslug: sixth") }),
            // The timeline has a page per year: a milestone in a year no case had adds one.
            ("a milestone in another year", { $0.replacingOccurrences(of: "title: Case 3", with: "title: Case 3\nmilestones: [{date: 2019-04, title: Founded}]") }),
        ]
        let paths = ["content/cases/c2.md", "content/cases/c2.md", "content/cases/c6.md", "content/cases/c3.md"]
        for ((name, change), path) in zip(edits, paths) {
            let report = session.update(changed: try edit(site, path, change))
            XCTAssertTrue(report.succeeded, "\(name): \(report.diagnostics)")
            XCTAssertFalse(report.onlyEditedCases, name)
            assertSessionMatchesColdBuild(session, site)
        }
    }

    /// Edits of tags and of the organization make the terms and related cases again from
    /// the last model (`editedTerms`): new and gone tag and organization pages, the lists
    /// and the related cases are those of a fresh build.
    func testTagAndOrganizationEditsRemakeTheTermsAndMatchABuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        assertSessionMatchesColdBuild(session, site)
        let edits: [(String, String, (String) -> String)] = [
            ("a new tag", "content/cases/c4.md", { $0.replacingOccurrences(of: "tags: [seeds]", with: "tags: [seeds, river]") }),
            ("the only case of two tags leaves them", "content/cases/c4.md", { $0.replacingOccurrences(of: "tags: [seeds, river]", with: "tags: [water]") }),
            ("a new organization, in Chinese", "content/cases/c1.md", { $0.replacingOccurrences(of: "organization: Team 1", with: "organization: 研究生服务团") }),
            ("no organization, and a new title", "content/cases/c2.md", {
                $0.replacingOccurrences(of: "organization: Team 2\n", with: "").replacingOccurrences(of: "title: Case 2", with: "title: Case Two")
            }),
        ]
        for (name, path, change) in edits {
            let report = session.update(changed: try edit(site, path, change))
            XCTAssertTrue(report.succeeded, "\(name): \(report.diagnostics)")
            XCTAssertTrue(report.editedTerms, name)
            XCTAssertFalse(report.onlyEditedCases, name)
            assertSessionMatchesColdBuild(session, site)
        }
        XCTAssertNil(session.file(at: "tags/seeds/index.html"), "a tag without cases has no page")
        XCTAssertNil(session.file(at: "tags/river/index.html"))
        XCTAssertNotNil(session.file(at: "tags/water/index.html"))
        XCTAssertTrue(String(decoding: session.file(at: "organizations/index.html") ?? Data(), as: UTF8.self).contains("研究生服务团"))

        // A content file published among the term pages: the full path, whose plan checks
        // it against the new pages.
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/tags"), withIntermediateDirectories: true)
        try "notes".write(to: site.root.appendingPathComponent("content/tags/notes.txt"), atomically: true, encoding: .utf8)
        XCTAssertTrue(session.update().succeeded)
        let report = session.update(changed: try edit(site, "content/cases/c4.md") { $0.replacingOccurrences(of: "tags: [water]", with: "tags: [water, seeds]") })
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        XCTAssertFalse(report.editedTerms)
        XCTAssertFalse(report.onlyEditedCases)
        assertSessionMatchesColdBuild(session, site)
    }

    /// A free page `404` is the site's 404.html in `build`; `serve` gives the same file.
    func testAFreePage404IsServedAsBuilt() throws {
        let site = try makeSite()
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/pages"), withIntermediateDirectories: true)
        try "---\ntitle: 找不到\n---\n本站自己的 404 页面。\n".write(to: site.root.appendingPathComponent("content/pages/404.md"), atomically: true, encoding: .utf8)
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        XCTAssertTrue(String(decoding: session.file(at: "404.html") ?? Data(), as: UTF8.self).contains("本站自己的 404 页面"))
        assertSessionMatchesColdBuild(session, site)
    }

    /// Related cases after tag and category edits (computed again only for the cases
    /// that share a tag with the edited one) are those of a fresh build.
    func testTagAndCategoryEditsGiveTheRelatedCasesOfABuild() throws {
        let tags = ["soil", "water", "seeds", "river", "school"]
        var files = ["content/site.yaml": Self.siteYAML]
        for i in 1...40 {
            let own = [tags[i % 5], tags[(i * 3) % 5]].uniqued()
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(
                title: "Case \(i)", date: String(format: "2023-%02d-%02d", i % 12 + 1, i % 28 + 1),
                extra: "tags: [\(own.joined(separator: ", "))]\n")
                .replacingOccurrences(of: "category: research", with: "category: \(i % 3 == 0 ? "culture" : "research")")
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        let edits: [(String, String, String)] = [
            ("content/cases/c7.md", "tags: [", "tags: [school, "),
            ("content/cases/c12.md", "category: culture", "category: research"),
            ("content/cases/c20.md", "tags: [soil]", "tags: []"),
            ("content/cases/c33.md", "tags: [", "tags: [moon, "),
        ]
        for (path, from, to) in edits {
            let report = session.update(changed: try edit(site, path) { $0.replacingOccurrences(of: from, with: to) })
            XCTAssertTrue(report.succeeded, "\(path): \(report.diagnostics)")
            XCTAssertEqual(report.editedTerms, from.hasPrefix("tags"), path)
            assertSessionMatchesColdBuild(session, site)
        }
    }

    func testBrokenEditIsReportedAndFixingItMatchesABuild() throws {
        let site = try makeSite()
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        XCTAssertTrue(session.update().succeeded)
        let before = session.file(at: "cases/c1/index.html")
        let broken = session.update(changed: try edit(site, "content/cases/c1.md") {
            $0.replacingOccurrences(of: "category: research", with: "category: nowhere")
        })
        XCTAssertFalse(broken.succeeded)
        XCTAssertEqual(broken.diagnostics.filter { $0.severity == .error }.map { "\($0.path):\($0.line)" }, ["content/cases/c1.md:4"])
        XCTAssertEqual(session.file(at: "cases/c1/index.html"), before, "the last good page stays")
        let fixed = session.update(changed: try edit(site, "content/cases/c1.md") {
            $0.replacingOccurrences(of: "category: nowhere", with: "category: research")
                .replacingOccurrences(of: "Body of case 1", with: "Fixed body")
        })
        XCTAssertTrue(fixed.succeeded)
        assertSessionMatchesColdBuild(session, site)
        // A warning found on the fast path is kept with the others, and goes when fixed.
        let warned = session.update(changed: try edit(site, "content/cases/c5.md") {
            $0.replacingOccurrences(of: "(c6.md)", with: "(missing.md)")
        })
        XCTAssertTrue(warned.onlyEditedCases)
        XCTAssertEqual(warned.diagnostics.map { "\($0.path):\($0.line) \($0.severity)" }, ["content/cases/c5.md:10 warning"])
        let clean = session.update(changed: try edit(site, "content/cases/c5.md") {
            $0.replacingOccurrences(of: "(missing.md)", with: "(c6.md)")
        })
        XCTAssertTrue(clean.onlyEditedCases)
        XCTAssertEqual(clean.diagnostics.count, 0)
        assertSessionMatchesColdBuild(session, site)
    }

    /// A site whose settings are `content/site.yml`: a template error that depends on a
    /// setting goes when the setting is added. (The theme cache fingerprinted only
    /// `site.yaml`, so `serve` kept the stale error until restarted.)
    func testEditOfSiteYmlReachesTheTemplateCheck() throws {
        let site = try TemporarySite([
            "content/site.yml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A"),
            "templates/search.mustache": "<p>{{site.extra.slogan}}</p>\n",
        ])
        defer { site.remove() }
        let session = SiteSession(options: BuildOptions(siteRoot: site.root))
        let broken = session.update()
        XCTAssertFalse(broken.succeeded)
        XCTAssertEqual(broken.diagnostics.filter { $0.severity == .error }.map(\.path), ["templates/search.mustache"])
        let fixed = session.update(changed: try edit(site, "content/site.yml") { $0 + "\nslogan: Onwards\n" })
        XCTAssertEqual(fixed.diagnostics.filter { $0.severity == .error }.map { "\($0.path): \($0.message)" }, [])
        XCTAssertTrue(fixed.succeeded)
        XCTAssertEqual(session.file(at: "search/index.html").map { String(decoding: $0, as: UTF8.self) }, "<p>Onwards</p>\n")
        assertSessionMatchesColdBuild(session, site)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
