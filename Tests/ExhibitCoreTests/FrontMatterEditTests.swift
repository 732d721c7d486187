@testable import ExhibitCore
import XCTest

/// `import --update` rewrites only the entries whose cells changed: the other lines of
/// the file, comments and the body included, stay byte for byte.
final class FrontMatterEditTests: XCTestCase {
    let file = """
        ---
        title: 苹果
        # 审核意见：数据已核
        date: 2024-06-18
        metrics:
          - {label: 增产, value: 30, unit: "%"}   # 县农业局数据

          - {indicator: member-participation, value: 92}
        tags: [甲]
        ---
        正文。

        """

    func testAMultiLineEntryIsReplacedWhole() {
        let edited = FrontMatterEdit.apply(file, changes: ["metrics": "metrics:\n  - {label: 增产, value: 35, unit: \"%\"}"])
        XCTAssertEqual(edited, file.replacingOccurrences(of: "  - {label: 增产, value: 30, unit: \"%\"}   # 县农业局数据\n\n  - {indicator: member-participation, value: 92}\n",
                                                         with: "  - {label: 增产, value: 35, unit: \"%\"}\n"))
    }

    func testAnEntryIsRemovedOrAddedAndTheRestStays() {
        let changes: [String: String?] = ["tags": nil as String?, "organization": "organization: 农学院"]
        let edited = FrontMatterEdit.apply(file, changes: changes)
        XCTAssertEqual(edited, file.replacingOccurrences(of: "tags: [甲]\n", with: "organization: 农学院\n"))
    }

    /// Fences with spaces or tabs around them, as the build reads them: the edit is made,
    /// not taken for a file without front matter.
    func testFencesWithSpacesAroundThemAreFences() {
        let spaced = file.replacingOccurrences(of: "---\ntitle", with: "--- \ntitle")
            .replacingOccurrences(of: "tags: [甲]\n---", with: "tags: [甲]\n\t---")
        let edited = FrontMatterEdit.apply(spaced, changes: ["date": "date: 2024-07-01"])
        XCTAssertEqual(edited, spaced.replacingOccurrences(of: "date: 2024-06-18", with: "date: 2024-07-01"))
    }

    func testAFileWithoutFrontMatterIsLeftAlone() {
        XCTAssertNil(FrontMatterEdit.apply("正文。\n", changes: ["title": "title: x"]))
    }
}
