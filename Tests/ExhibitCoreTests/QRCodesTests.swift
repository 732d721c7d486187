@testable import ExhibitCore
import Foundation
import Synchronization
import Testing

/// A session that builds again (`serve`) keeps each case's QR code once drawn; a one-shot
/// build keeps none, drawing each code for each page that shows it, the same code.
@Suite struct QRCodesTests {
    final class Counter: Sendable {
        let draws = Mutex(0)
    }

    @Test func codesAreKeptOnlyWhileTheCacheRemembers() throws {
        let cache = QRCache(store: QRStore(siteRoot: FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID())")))
        let counter = Counter()
        let codes = QRCodes(cache: cache, url: { "https://example.org/cases/c\($0)/" }, label: { i in
            counter.draws.withLock { $0 += 1 }
            return "案例 \(i)"
        })
        let first = try #require(codes[3])
        #expect(first.contains("class=\"qr-code\"") && first.contains("aria-label=\"案例 3\""))
        #expect(codes[3] == first)
        #expect(counter.draws.withLock { $0 } == 1, "a session's code is drawn once")

        cache.stopRemembering()
        #expect(codes[4] != nil)
        #expect(codes[4] == codes[4])
        #expect(counter.draws.withLock { $0 } == 4, "a one-shot build's code is drawn for each page that shows it")
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
