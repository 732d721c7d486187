import ExhibitCore
import ExhibitServer
import XCTest

final class LiveMessageTests: XCTestCase {
    func testReload() {
        XCTAssertEqual(LiveMessage.reload.json, #"{"type":"reload"}"#)
    }

    func testErrorCarriesEachDiagnostic() throws {
        let diagnostic = Diagnostic.error("content/cases/a.md", line: 4, column: 11, "unknown category `reserch`",
                                          fix: "did you mean `research`?")
        let json = LiveMessage.error([diagnostic, .warning("templates/case.html", line: 2, "</script> & co")]).json
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(object["type"] as? String, "error")
        let items = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(items.count, 2)
        XCTAssertEqual(items[0]["path"] as? String, "content/cases/a.md")
        XCTAssertEqual(items[0]["line"] as? Int, 4)
        XCTAssertEqual(items[0]["column"] as? Int, 11)
        XCTAssertEqual(items[0]["severity"] as? String, "error")
        XCTAssertEqual(items[0]["message"] as? String, "unknown category `reserch`")
        XCTAssertEqual(items[0]["fix"] as? String, "did you mean `research`?")
        XCTAssertEqual(items[1]["message"] as? String, "</script> & co")
        XCTAssertNil(items[1]["fix"])
    }
}
