import ExhibitCore
import Foundation
import XCTest

/// The exhibition's own outputs: data downloads, timeline and booklet.
final class ExhibitionPagesTests: XCTestCase {
    var site: TemporarySite!

    override func setUpWithError() throws {
        site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/apple.md": TemporarySite.caseFile(title: "Apples, \"sweet\"", date: "2024-06-18", extra: """
                organization: 农学院
                metrics:
                  - {label: 苹果增产, value: 30, unit: "%"}
                  - {label: 受益农户, value: 200, unit: 户}
                milestones:
                  - {date: 2023-03, title: 土壤检测}
                  - {date: 2024-05, title: 直播带货}

                """),
            "content/cases/red.md": TemporarySite.caseFile(title: "Red sites", date: "2023-12-20"),
        ])
    }

    override func tearDown() { site.remove() }

    func build() throws -> MemorySink {
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        XCTAssertTrue(report.succeeded, "\(report.diagnostics)")
        return sink
    }

    func testMetricsCSVOpensInExcelAsUTF8() throws {
        let data = try XCTUnwrap(try build().files["data/metrics.csv"])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "a BOM, or Excel reads the Chinese as GBK")
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, [
            "slug,title,date,category,organization,label,value,unit",
            #"apple,"Apples, ""sweet""",2024-06-18,research,农学院,苹果增产,30,%"#,
            #"apple,"Apples, ""sweet""",2024-06-18,research,农学院,受益农户,200,户"#,
        ].map { $0 + "\r\n" }.joined())
    }

    func testCasesJSONListsEveryPublishedCaseWithItsURL() throws {
        let data = try XCTUnwrap(try build().files["data/cases.json"])
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try XCTUnwrap(root["cases"] as? [[String: Any]])
        XCTAssertEqual(cases.map { $0["slug"] as? String }, ["apple", "red"])
        XCTAssertEqual(cases[0]["url"] as? String, "https://example.org/cases/apple/")
        XCTAssertEqual((cases[0]["metrics"] as? [[String: Any]])?.first?["value"] as? Int, 30)
    }

    /// One year a page, newest first: a case with milestones is there by its milestones,
    /// a case without by its own date; every entry links to its case.
    func testTimelineShowsOneYearAPageOfMilestonesNewestFirst() throws {
        let sink = try build()
        let newest = try XCTUnwrap(sink.text("timeline/index.html"))
        XCTAssertTrue(newest.contains("<h2 class=\"timeline-year-title\" id=\"year-title\">2024</h2>"))
        XCTAssertTrue(newest.contains("直播带货"), "2024's milestone")
        XCTAssertFalse(newest.contains("土壤检测"), "2023's milestone is on 2023's page")
        XCTAssertFalse(newest.contains("datetime=\"2024-06-18\""), "a case with milestones is not an event of its own")
        XCTAssertTrue(newest.contains("href=\"../cases/apple/\""), "milestones link to their case")
        XCTAssertTrue(newest.contains("<a href=\"../timeline/\" aria-current=\"page\">2024</a>"))
        XCTAssertTrue(newest.contains("<a href=\"../timeline/2023/\">2023</a>"))

        let older = try XCTUnwrap(sink.text("timeline/2023/index.html"), "each older year has a page")
        let order = ["Red sites", "土壤检测"]
        let positions = order.map { older.range(of: $0)?.lowerBound }
        XCTAssertFalse(positions.contains(nil), "missing one of \(order)")
        XCTAssertEqual(positions.map { $0! }, positions.map { $0! }.sorted(), "entries are not newest first")
        XCTAssertTrue(older.contains("datetime=\"2023-12-20\""), "a case without milestones is there by its date")
        XCTAssertTrue(older.contains("<title>Timeline 2023 · "), "the year is in the title")
        XCTAssertNil(sink.files["timeline/2024/index.html"], "the newest year is /timeline/ only")
    }

    func testBookletHasACoverContentsAndOnePagePerCase() throws {
        let html = try XCTUnwrap(try build().text("booklet/index.html"))
        XCTAssertTrue(html.contains("data-front-pages=\"2\" data-cases=\"2\""))
        XCTAssertEqual(html.components(separatedBy: "class=\"booklet-page booklet-case").count - 1, 2)
        XCTAssertTrue(html.contains("data-case=\"apple\""))
    }

    func testCasePageCarriesOpenGraphAndJSONLD() throws {
        let html = try XCTUnwrap(try build().text("cases/apple/index.html"))
        XCTAssertTrue(html.contains("<meta property=\"og:type\" content=\"article\">"))
        let start = try XCTUnwrap(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try XCTUnwrap(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        XCTAssertEqual(json?["@type"] as? String, "Article")
        XCTAssertEqual(json?["datePublished"] as? String, "2024-06-18")
        XCTAssertEqual((json?["author"] as? [String: Any])?["name"] as? String, "农学院")
    }

    /// The code printed on a board must lead to the case: decode it with a real reader.
    func testCasePageQRCodeDecodesToItsPublicURL() throws {
        let html = try XCTUnwrap(try build().text("cases/apple/index.html"))
        let start = try XCTUnwrap(html.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\""))
        let end = try XCTUnwrap(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        let svg = String(html[start.lowerBound..<end.upperBound])
        let folder = site.root.appendingPathComponent("qr")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try svg.write(to: folder.appendingPathComponent("code.svg"), atomically: true, encoding: .utf8)
        try run("rsvg-convert", ["-w", "400", "-b", "white", "-o", folder.appendingPathComponent("code.png").path,
                                 folder.appendingPathComponent("code.svg").path], apt: "librsvg2-bin")
        let decoded = try run("zbarimg", ["--raw", "-q", folder.appendingPathComponent("code.png").path], apt: "zbar-tools")
        XCTAssertEqual(decoded.trimmingCharacters(in: .whitespacesAndNewlines), "https://example.org/cases/apple/")
    }

    @discardableResult
    func run(_ tool: String, _ arguments: [String], apt: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { XCTFail("\(tool) is missing: apt-get install \(apt)") }
        return String(decoding: output, as: UTF8.self)
    }
}
