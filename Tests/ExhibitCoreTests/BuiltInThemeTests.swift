@testable import ExhibitCore
@testable import ExhibitTemplates
import ExhibitTheme
import Foundation
import Testing

/// A build leaves swift-mustache's reading of the built-in theme's templates to these
/// tests (`TemplateReading(_:oracle:)`); a template a site changed is read on every build.
@Suite struct BuiltInThemeTests {
    @Test func swiftMustacheReadsEveryBuiltInTemplate() {
        let templates = BuiltinTheme.files.filter { $0.key.hasSuffix(".mustache") }
        #expect(templates.count > 20)
        for (path, text) in templates.sorted(by: { $0.key < $1.key }) {
            let source = TemplateSource(name: String(path.dropLast(".mustache".count)), path: path, text: text, isBuiltIn: true)
            let reading = TemplateReading(source, oracle: true)
            #expect(reading.problem == nil, "\(path): \(String(describing: reading.problem))")
            #expect(reading.template != nil && reading.program != nil, "\(path)")
        }
    }

    @Test func onlyTheBuiltInTextIsLeftToTheTests() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-builtin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let templates = site.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let home = try #require(BuiltinTheme.files["home.mustache"]), list = try #require(BuiltinTheme.files["list.mustache"])
        try Data(home.utf8).write(to: templates.appendingPathComponent("home.mustache"))
        try Data((list + " ").utf8).write(to: templates.appendingPathComponent("list.mustache"))
        let (files, problems) = ThemeFiles.load(folder: SiteFolder(root: site), language: "zh")
        #expect(problems.isEmpty)
        let byName = Dictionary(uniqueKeysWithValues: files.templates.map { ($0.name, $0) })
        #expect(byName["home"]?.isBuiltIn == true, "the site's copy of the built-in template")
        #expect(byName["list"]?.isBuiltIn == false, "a changed template")
        #expect(byName["case"]?.isBuiltIn == true, "a template the site does not have")
        // Unread by swift-mustache unless it is the oracle, or the template was changed.
        #expect(TemplateReading(byName["home"]!, oracle: false).template == nil)
        #expect(TemplateReading(byName["home"]!, oracle: true).template != nil)
        #expect(TemplateReading(byName["list"]!, oracle: false).template != nil)
        // Unread by Exhibit's checker unless the theme is checked, or the template was
        // changed; the engine reads every template either way.
        let unchecked = TemplateReading(byName["home"]!, oracle: false, checked: false)
        #expect(unchecked.nodes == nil && unchecked.program != nil && unchecked.problem == nil)
        #expect(TemplateReading(byName["home"]!, oracle: false).nodes != nil)
        #expect(TemplateReading(byName["list"]!, oracle: false, checked: false).nodes != nil)
    }

    /// The built-in theme read unchecked, as a build with it alone reads it, has the same
    /// templates and renders a page the same as when read for checking.
    @Test func theBuiltInThemeReadUncheckedIsTheSameTheme() throws {
        let sources = BuiltinTheme.files.filter { $0.key.hasSuffix(".mustache") }.sorted { $0.key < $1.key }.map { path, text in
            TemplateSource(name: String(path.dropLast(".mustache".count)), path: path, text: text, isBuiltIn: true)
        }
        let checked = try Theme(readings: sources.map { TemplateReading($0, oracle: false) })
        let unchecked = try Theme(readings: sources.map { TemplateReading($0, oracle: false, checked: false) })
        #expect(unchecked.names == checked.names)
        #expect(unchecked.names.count == sources.count)
        let page: [String: Any] = ["page": ["title": "首页", "description": "说明"], "site": ["title": "展览 <首页>"], "root": "../"]
        for name in ["404", "page", "search"] {
            #expect(unchecked.render(name, context: page) == checked.render(name, context: page), "\(name)")
            #expect(unchecked.render(name, context: page)?.contains("展览 &lt;首页&gt;") == true, "\(name)")
        }
    }

    /// A build leaves the specimen checks of the built-in theme with its own strings to
    /// this test (`ThemeStage.checksBuiltIn`): in each built-in language, with and without
    /// an address for the QR codes, every page, print and card template passes them.
    @Test(arguments: SiteConfig.languages, [true, false])
    func theBuiltInThemePassesItsChecksInEveryLanguage(language: String, withAddress: Bool) throws {
        let site = try TemporarySite([
            "content/site.yaml": """
                title: 展览
                language: \(language)
                \(withAddress ? "base_url: https://example.org/expo/" : "")
                categories:
                  - {id: research, name: Research}
                """,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: """
                tags: [x, y]
                organization: 研究生会
                metrics:
                  - {label: 产量, value: 30, unit: "%"}
                milestones:
                  - {date: 2024-05, title: 开始}

                """),
        ])
        defer { site.remove() }
        let model = try #require(MediaEmbedTests.model(site))
        let log = DiagnosticLog()
        var stage = ThemeStage(folder: SiteFolder(root: site.root), model: model, log: log)
        stage.checksBuiltIn = true
        let loaded = try #require(stage.load())
        #expect(loaded.files.isBuiltIn)
        #expect(log.all.isEmpty, "\(log.all.map { "\($0.path):\($0.line): \($0.message)" })")
    }

    /// A site's own template is checked on every build, the built-in ones beside it too.
    @Test func aChangedTemplateIsChecked() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A"),
            "templates/partials/case-card.mustache": "<a href=\"{{url}}\">{{titel}}</a>\n",
        ])
        defer { site.remove() }
        let model = try #require(MediaEmbedTests.model(site))
        let log = DiagnosticLog()
        let loaded = try #require(ThemeStage(folder: SiteFolder(root: site.root), model: model, log: log).load())
        #expect(!loaded.files.isBuiltIn)
        #expect(log.all.contains { $0.path.hasSuffix("case-card.mustache") && $0.message.contains("titel") },
                "\(log.all.map(\.message))")
    }
}
