@testable import ExhibitCore
import Foundation
import XCTest

/// `exhibit new site` and `exhibit new case`: what they write, that it builds, and that
/// they never overwrite a file.
final class ScaffoldTests: XCTestCase {
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-new-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The evaluation index system: five dimensions, their indicators in English
    /// kebab-case ids with Chinese names, and the new site's cases report some of them.
    func testANewSiteOffersTheFiveDimensionFramework() throws {
        let root = try scratch().appendingPathComponent("expo")
        try SiteScaffold(root: root).create()
        let text = try String(contentsOf: root.appendingPathComponent("content/indicators.yaml"), encoding: .utf8)
        let (framework, problems) = IndicatorParser.parseFile(text, path: "content/indicators.yaml")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(framework.dimensions.map(\.name), ["组织建设", "资源共享", "社会效益", "创新发展", "评价反馈"])
        XCTAssertEqual(framework.dimensions.map(\.indicators.count), [3, 3, 3, 3, 2])
        XCTAssertEqual(framework.indicator("member-participation")?.kind, .rate)
        XCTAssertEqual(framework.indicator("talent-exchanges")?.unit, "人次")
        XCTAssertEqual(framework.indicator("social-influence")?.kind, .index)
        let sink = MemorySink()
        XCTAssertTrue(Builder(options: BuildOptions(siteRoot: root)).run(into: sink).succeeded)
        let dashboard = try XCTUnwrap(sink.text("dashboard/index.html"))
        XCTAssertTrue(dashboard.contains("<h2 id=\"dim-organisation-title\" class=\"section-title\">组织建设</h2>"))
        XCTAssertNotNil(sink.files["data/indicators.csv"])
    }

    func testANewSiteBuildsWithNoErrorsOrWarnings() throws {
        let root = try scratch().appendingPathComponent("expo")
        let written = try SiteScaffold(root: root).create()
        XCTAssertEqual(written, ["content/site.yaml", "content/indicators.yaml", "content/cases/tea-science-courtyard.md",
                                 "content/cases/red-archives-online.md", "content/cases/smart-farm-machinery.md",
                                 "content/cases/saline-soil-research.md", "content/cases/digital-classroom-for-elders.md",
                                 "content/pages/about.md"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path),
                       "the theme is built in: no templates/")
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: root)).run(into: sink)
        XCTAssertTrue(report.succeeded)
        XCTAssertEqual(report.diagnostics.map(\.description), [])
        XCTAssertEqual(report.cases, 5, "a case in each category: an empty one would be left out, with a warning")
        XCTAssertNotNil(sink.text("about/index.html"))
        let check = SiteChecker(options: BuildOptions(siteRoot: root)).run()
        XCTAssertEqual(check.diagnostics.map(\.description), [], "a new site should also check clean")
        let yaml = try String(contentsOf: root.appendingPathComponent("content/site.yaml"), encoding: .utf8)
        for id in ["rural-revitalization", "red-culture", "innovation-entrepreneurship", "research", "social-service"] {
            XCTAssertTrue(yaml.contains("- id: \(id)\n"), "site.yaml should have the category \(id)")
        }
        XCTAssertTrue(yaml.contains("language: zh-CN"))
    }

    func testANewSiteNeverReplacesAnExistingOne() throws {
        let root = try scratch()
        try SiteScaffold(root: root).create()
        let yaml = root.appendingPathComponent("content/site.yaml")
        try Data("title: 我的展览\n".utf8).write(to: yaml)
        XCTAssertThrowsError(try SiteScaffold(root: root).create()) { error in
            XCTAssertEqual(error as? ScaffoldError, .exists(root.appendingPathComponent("content").standardizedFileURL.path))
            XCTAssertTrue("\(error)".contains("never overwrites"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: yaml, encoding: .utf8), "title: 我的展览\n")
        let file = try scratch()
        try Data("x".utf8).write(to: file)
        XCTAssertThrowsError(try SiteScaffold(root: file).create())
    }

    func testANewCaseIsNamedByItsPinyinSlugWithItsFrontMatterFilled() throws {
        let root = try scratch()
        try SiteScaffold(root: root).create()
        let date = try XCTUnwrap(DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: .current,
                                                year: 2025, month: 3, day: 7, hour: 12).date)
        let path = try CaseScaffold(siteRoot: root, title: "校企党建共建", date: date).create()
        XCTAssertEqual(path, "content/cases/xiao-qi-dang-jian-gong-jian.md")
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("---\ntitle: 校企党建共建\ndate: 2025-03-07\n"), text)
        XCTAssertTrue(text.contains("\ncategory: rural-revitalization\n"), "the first category of site.yaml by default\n\(text)")
        XCTAssertTrue(text.contains("# category 可选：rural-revitalization（乡村振兴）、red-culture（红色文化）、"
            + "innovation-entrepreneurship（创新创业）、research（科研攻关）、social-service（社会服务）\n"), text)
        for key in ["summary", "tags", "organization", "metrics", "milestones"] {
            XCTAssertTrue(text.contains("\n# \(key):"), "a commented placeholder for \(key)\n\(text)")
        }
        // The new case builds at once, with the sample site, without a message.
        let report = Builder(options: BuildOptions(siteRoot: root)).run(into: MemorySink())
        XCTAssertEqual(report.diagnostics.map(\.description), [])
        XCTAssertEqual(report.cases, 6)

        let other = try CaseScaffold(siteRoot: root, title: "Rural: \"Teachers\" #2", category: "social-service").create()
        XCTAssertEqual(other, "content/cases/rural-teachers-2.md")
        let otherText = try String(contentsOf: root.appendingPathComponent(other), encoding: .utf8)
        XCTAssertTrue(otherText.contains("title: \"Rural: \\\"Teachers\\\" #2\"\n"), otherText)
        XCTAssertTrue(otherText.contains("\ncategory: social-service\n"), otherText)
        let again = Builder(options: BuildOptions(siteRoot: root)).run(into: MemorySink())
        XCTAssertEqual(again.diagnostics.map(\.description), [])
        XCTAssertEqual(again.cases, 7)
    }

    func testANewCaseNeverOverwritesAFile() throws {
        let root = try scratch()
        try SiteScaffold(root: root).create()
        let path = try CaseScaffold(siteRoot: root, title: "校企党建共建").create()
        let url = root.appendingPathComponent(path)
        try Data("mine".utf8).write(to: url)
        XCTAssertThrowsError(try CaseScaffold(siteRoot: root, title: "校企党建共建").create()) { error in
            XCTAssertEqual(error as? ScaffoldError, .exists("content/cases/xiao-qi-dang-jian-gong-jian.md"))
        }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "mine")
        // A case folder of the same name counts too.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/cases/ke-yan"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try CaseScaffold(siteRoot: root, title: "科研").create()) { error in
            XCTAssertEqual(error as? ScaffoldError, .exists("content/cases/ke-yan/"))
        }
    }

    func testAnUnknownCategoryIsRefusedWithTheValidIds() throws {
        let root = try scratch()
        try SiteScaffold(root: root).create()
        XCTAssertThrowsError(try CaseScaffold(siteRoot: root, title: "新案例", category: "reserch").create()) { error in
            XCTAssertEqual("\(error)", "unknown category `reserch`\n    fix: did you mean `research`? use one of the ids in content/site.yaml: "
                + "rural-revitalization, red-culture, innovation-entrepreneurship, research, social-service")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/cases/xin-an-li.md").path))
    }

    func testANewCaseNeedsASite() throws {
        let root = try scratch()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertThrowsError(try CaseScaffold(siteRoot: root, title: "新案例").create()) { error in
            XCTAssertEqual(error as? ScaffoldError, .noSite(root.standardizedFileURL.path))
        }
    }

    /// `new case` reads the settings `build` reads, `site.yml` too.
    func testANewCaseTakesItsCategoryFromSiteYml() throws {
        let root = try scratch()
        let settings = root.appendingPathComponent("content/site.yml")
        try FileManager.default.createDirectory(at: settings.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "title: Expo\ncategories:\n  - {id: archives, name: Archives}\n".write(to: settings, atomically: true, encoding: .utf8)
        let path = try CaseScaffold(siteRoot: root, title: "New case").create()
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(text.contains("\ncategory: archives\n"), text)
    }
}
