import ExhibitCore
import Foundation
import Synchronization
import XCTest

/// The progress callback of `BuildOptions`: stages in order, items counted to the total.
final class BuildProgressTests: XCTestCase {
    func testABuildReportsEachStageAndCountsItsItems() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for i in 1...12 { files["content/cases/c\(i).md"] = TemporarySite.caseFile(title: "Case \(i)") }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let seen = Mutex<[BuildProgress]>([])
        var options = BuildOptions(siteRoot: site.root)
        options.threads = 3
        options.progress = { progress in seen.withLock { $0.append(progress) } }
        let report = Builder(options: options).run(into: MemorySink())
        XCTAssertTrue(report.succeeded)
        let events = seen.withLock { $0 }
        let begun = events.filter { $0.done == 0 }.map(\.stage)
        XCTAssertEqual(begun, BuildProgress.stages)
        XCTAssertTrue(events.allSatisfy { $0.count == BuildProgress.stages.count && $0.number == BuildProgress.stages.firstIndex(of: $0.stage)! + 1 })
        let markdown = events.filter { $0.stage == "markdown" }
        XCTAssertEqual(markdown.map(\.total).max(), 12)
        XCTAssertEqual(markdown.map(\.done).max(), 12)
        let pages = events.filter { $0.stage == "render+write" }
        XCTAssertEqual(pages.map(\.done).max(), report.pages)
    }

    func testCheckAddsItsOwnStage() throws {
        let site = try TemporarySite(["content/site.yaml": TemporarySite.siteYAML,
                                      "content/cases/a.md": TemporarySite.caseFile(title: "A")])
        defer { site.remove() }
        let seen = Mutex<[BuildProgress]>([])
        var options = BuildOptions(siteRoot: site.root)
        options.progress = { progress in seen.withLock { $0.append(progress) } }
        let report = SiteChecker(options: options).run()
        let events = seen.withLock { $0 }
        XCTAssertTrue(events.allSatisfy { $0.count == BuildProgress.stages.count + 1 })
        XCTAssertEqual(events.last?.stage, "check")
        XCTAssertEqual(events.last?.done, report.pages)
    }
}
