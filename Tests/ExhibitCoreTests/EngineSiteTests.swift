@testable import ExhibitCore
import Foundation
import Testing

/// Whole sites rendered by Exhibit's engine and by swift-mustache, its oracle: every file
/// the build writes must be the same, byte for byte (pages, cards, feeds, everything).
@Suite struct EngineSiteTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    @Test(arguments: ["Fixtures/golden-site", "../../"])
    func aSiteBuildsTheSameWithBothEngines(_ site: String) throws {
        let root = Self.here.appendingPathComponent(site).standardizedFileURL
        func build(oracle: Bool) -> MemorySink {
            var options = BuildOptions(siteRoot: root)
            options.templateEngine = oracle ? .swiftMustache : .exhibit
            let sink = MemorySink()
            let report = Builder(options: options).run(into: sink)
            #expect(report.succeeded, "\(report.diagnostics.map(\.description))")
            return sink
        }
        let ours = build(oracle: false).files
        let oracle = build(oracle: true).files
        #expect(ours.count > 20)
        #expect(Set(ours.keys) == Set(oracle.keys))
        let pages = ours.keys.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, data) in ours where oracle[path] != data {
            Issue.record("\(path) differs from swift-mustache's")
        }
    }
}
