import Foundation
import XCTest

/// Golden files (the golden site, the fixture sites' `expected.txt`, the chart SVGs) are
/// re-recorded with `EXHIBIT_RECORD=1`. A recording run writes them and then fails on
/// purpose: a run that rewrites what it compares against proves nothing, and must never
/// pass for a green one.
enum SnapshotRecording {
    static var isOn: Bool { ProcessInfo.processInfo.environment["EXHIBIT_RECORD"] == "1" }

    /// The failure that ends a recording run; `what` says which files were written.
    static func fail(recorded what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTFail("EXHIBIT_RECORD=1 recorded \(what); review the diff (git diff), then run the tests again without EXHIBIT_RECORD",
                file: file, line: line)
    }
}
