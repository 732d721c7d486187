import ExhibitCore
import Foundation
import XCTest

/// One folder per kind of broken input under Fixtures/invalid, each with the exact
/// messages a user must see in `expected.txt` (first line: `# fails` or `# builds`).
/// Re-record with EXHIBIT_RECORD=1 after a deliberate change, and read the diff.
final class FixtureSiteTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/invalid")

    func testEveryInvalidFixturePrintsItsExpectedMessages() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.path).sorted()
        XCTAssertGreaterThanOrEqual(names.count, 15)
        let record = SnapshotRecording.isOn
        for name in names {
            let site = Self.root.appendingPathComponent(name)
            let report = Builder(options: BuildOptions(siteRoot: site)).run(into: MemorySink())
            let actual = (report.succeeded ? "# builds" : "# fails") + "\n"
                + report.diagnostics.map(\.description).joined(separator: "\n") + "\n"
            let expectedURL = site.appendingPathComponent("expected.txt")
            if record {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(actual, expected, "fixture \(name)")
        }
        if record { SnapshotRecording.fail(recorded: "expected.txt of \(names.count) fixture sites in Fixtures/invalid") }
    }
}
