@testable import ExhibitCore
import Foundation
import Testing

/// A session that builds again (`serve`) keeps each case's QR code once drawn; a one-shot
/// build keeps none, drawing each code for each page that shows it, the same code.
@Suite struct QRCodesTests {
    /// Where a string's UTF-8 is: a kept drawing is the same string in memory, a code
    /// drawn again a new one.
    static func storage(_ text: String) -> UnsafePointer<UInt8>? {
        text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
    }

    @Test func codesAreKeptOnlyWhileTheCacheRemembers() throws {
        let cache = QRCache(store: QRStore(siteRoot: FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID())")))
        let codes = QRCodes(cache: cache, url: { "https://example.org/cases/c\($0)/" }, label: { "案例 \($0)" })
        let first = try #require(codes[3])
        #expect(first.contains("class=\"qr-code\"") && first.contains("aria-label=\"案例 3\""))
        let again = try #require(codes[3])
        #expect(again == first)
        #expect(Self.storage(again) == Self.storage(first), "a session's code is drawn once")

        cache.stopRemembering()
        let page = try #require(codes[4]), booklet = try #require(codes[4])
        #expect(page == booklet)
        #expect(Self.storage(page) != Self.storage(booklet), "a one-shot build's code is drawn for each page that shows it")
    }

    /// A one-shot build's booklet shows each case with the code of the case's own page.
    @Test func theBookletShowsEachCaseWithItsPagesCode() throws {
        var files = ["content/site.yaml": TemporarySite.siteYAML]
        for i in 1...3 { files["content/cases/c\(i).md"] = TemporarySite.caseFile(title: "案例 \(i)") }
        let site = try TemporarySite(files)
        defer { site.remove() }
        let sink = MemorySink()
        #expect(Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink).succeeded)
        let booklet = try #require(sink.text("booklet/index.html"))
        for i in 1...3 {
            let page = try #require(sink.text("cases/c\(i)/index.html"))
            let code = try #require(Self.qrCode(in: page))
            #expect(code.contains("aria-label=\"案例 \(i)\""))
            #expect(booklet.contains(code))
        }
    }

    static func qrCode(in html: String) -> String? {
        guard let start = html.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\""),
              let end = html[start.upperBound...].range(of: "</svg>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
