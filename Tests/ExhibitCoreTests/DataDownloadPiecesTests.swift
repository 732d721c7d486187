@testable import ExhibitCore
import Foundation
import Testing

/// The data downloads are written as they are made, in pieces of `DataExport.piece`
/// bytes: a site whose cases.json and metrics.csv are several pieces long gets every case
/// and every figure on the disk, the same bytes `serve` gives, which makes them whole.
@Suite struct DataDownloadPiecesTests {
    static let caseCount = 120, metricCount = 8

    @Test func downloadsOfManyPiecesAreWhole() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        let summary = String(repeating: "服务团扎根西岭县，把实验室搬到田间地头。", count: 12)
        for i in 1...Self.caseCount {
            let metrics = (1...Self.metricCount).map { "  - {label: 指标\($0)：年度受益农户, value: \(i * $0), unit: 户}" }
            files["content/cases/c\(i).md"] = TemporarySite.caseFile(
                title: "案例 \(i)", extra: "summary: \(summary)\(i)\nmetrics:\n" + metrics.joined(separator: "\n") + "\n")
        }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let options = BuildOptions(siteRoot: site.root)
        #expect(Builder(options: options).build().succeeded)
        let json = try Data(contentsOf: options.output.appendingPathComponent("data/cases.json"))
        let csv = try Data(contentsOf: options.output.appendingPathComponent("data/metrics.csv"))
        #expect(json.count > 3 * DataExport.piece && csv.count > DataExport.piece, "the test needs files of several pieces")

        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let cases = try #require(root["cases"] as? [[String: Any]])
        #expect(Set(cases.compactMap { $0["slug"] as? String }) == Set((1...Self.caseCount).map { "c\($0)" }))
        #expect(json.last == UInt8(ascii: "\n"))
        let rows = String(decoding: csv.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(rows.count == 1 + Self.metricCount * Self.caseCount)
        #expect(rows.dropFirst().allSatisfy { $0.components(separatedBy: ",").count == 8 })

        let session = SiteSession(options: options)
        #expect(session.update().succeeded)
        #expect(session.file(at: "data/cases.json") == json)
        #expect(session.file(at: "data/metrics.csv") == csv)
    }
}
