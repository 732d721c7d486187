import ExhibitCore
import Foundation
import Testing

/// Tag and organization pages keep the 80-byte limit on every name in their path, also
/// when two long names share a slug and the second gets a number.
@Suite struct TermSlugLengthTests {
    @Test func numberedTermSlugsKeepTheLimit() throws {
        let long = String(repeating: "abcdefghi-", count: 8)  // 80 bytes once slugged
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/a.md": TemporarySite.caseFile(title: "A", extra: "tags: [\"\(long)\", \"\(long.uppercased())\"]\n"),
        ])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics)")
        let tagPages = sink.files.keys.filter { $0.hasPrefix("tags/") && $0.hasSuffix("/index.html") && $0 != "tags/index.html" }
        #expect(tagPages.count == 2, "\(tagPages.sorted())")
        let tooLong = sink.files.keys.flatMap { $0.split(separator: "/") }.filter { $0.utf8.count > 80 }
        #expect(tooLong.isEmpty, "\(tooLong)")
    }
}
