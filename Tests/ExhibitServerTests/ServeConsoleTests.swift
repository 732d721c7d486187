@testable import ExhibitCore
@testable import ExhibitServer
import Synchronization
import XCTest

final class ServeConsoleTests: XCTestCase {
    private final class Lines: Sendable {
        let out = Mutex<[String]>([])
        let err = Mutex<[String]>([])
    }

    private func console(verbose: Bool = false) -> (ServeConsole, Lines) {
        let lines = Lines()
        let console = ServeConsole(verbose: verbose,
                                   say: { line in lines.out.withLock { $0.append(line) } },
                                   complain: { line in lines.err.withLock { $0.append(line) } })
        return (console, lines)
    }

    private func report(succeeded: Bool, _ diagnostics: [Diagnostic], seconds: Double = 0.0123) -> BuildReport {
        var report = BuildReport()
        report.succeeded = succeeded
        report.diagnostics = diagnostics
        report.seconds = seconds
        report.pages = 59
        report.cases = 13
        report.stages = [("load+parse", 0.002), ("plan", 0.0101)]
        return report
    }

    func testRebuildLineNamesTheTimeAndTheFile() {
        let (console, lines) = console()
        console.report(report(succeeded: true, []), changed: ["content/cases/a.md"])
        XCTAssertEqual(lines.out.withLock { $0 }, ["rebuilt in 12 ms (content/cases/a.md)"])
        console.report(report(succeeded: true, []), changed: ["content/cases/a.md", "content/cases/b.md"])
        XCTAssertEqual(lines.out.withLock { $0.last }, "rebuilt in 12 ms (content/cases/a.md and 1 more)")
        XCTAssertEqual(lines.err.withLock { $0 }, [])
    }

    func testFailedRebuildPrintsEveryErrorLikeBuild() {
        let (console, lines) = console()
        let error = Diagnostic.error("content/cases/a.md", line: 4, column: 11, "unknown category `x`", fix: "use research")
        let elsewhere = Diagnostic.warning("content/cases/b.md", line: 2, "image without alt text")
        console.report(report(succeeded: false, [error, elsewhere]), changed: ["content/cases/a.md"])
        XCTAssertEqual(lines.err.withLock { $0 }, [
            "content/cases/a.md:4:11: error: unknown category `x`\n    fix: use research",
            "rebuild failed in 12 ms (content/cases/a.md): 1 error(s); still serving the last good site",
        ])
        XCTAssertEqual(lines.out.withLock { $0 }, [])
    }

    func testWarningsOfTheChangedFileOnlyAfterTheFirstBuild() {
        let (console, lines) = console()
        let mine = Diagnostic.warning("content/cases/a.md", line: 7, "broken link")
        let other = Diagnostic.warning("content/cases/b.md", line: 2, "broken link")
        console.report(report(succeeded: true, [mine, other]), changed: nil)
        XCTAssertEqual(lines.err.withLock { $0.count }, 2, "the first build prints them all")
        XCTAssertEqual(lines.out.withLock { $0 }, ["built 59 pages (13 cases) in 12 ms, 2 warning(s)"])
        console.report(report(succeeded: true, [mine, other]), changed: ["content/cases/a.md"])
        XCTAssertEqual(lines.err.withLock { $0.count }, 3)
        XCTAssertEqual(lines.err.withLock { $0.last }, mine.description)
    }

    func testVerboseAddsTheStages() {
        let (console, lines) = console(verbose: true)
        console.report(report(succeeded: true, []), changed: ["content/cases/a.md"])
        XCTAssertEqual(lines.err.withLock { $0 }, ["load+parse 2.0 ms, plan 10.1 ms"])
    }

    func testPagesShowErrorsOnlyUnlessOnlyWarningsFailed() {
        let error = Diagnostic.error("content/cases/a.md", line: 4, "bad")
        let warning = Diagnostic.warning("content/cases/b.md", line: 2, "meh")
        XCTAssertEqual(PreviewServer.shown([warning, error]), [error])
        XCTAssertEqual(PreviewServer.shown([warning]), [warning])
    }
}
