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
    }
}
