import ExhibitCore
import Foundation
import Testing

/// A title pasted with a line or paragraph separator (U+2028, U+2029; YAML writes them
/// `\L` and `\P`) is one line wherever it is shown: Chromium breaks a line at them. So is
/// any other value, and site.yaml is read as the front matter is.
struct OneLineTitleTests {
    @Test func separatorsInTitlesBecomeSpaces() throws {
        let extra = "organization: \"研究生\\L党支部\"\nmilestones:\n  - {date: 2024-03, title: \"调研\\P启动\"}\n"
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML.replacingOccurrences(of: "title: Test Expo", with: "title: Test\u{2028}Expo"),
            "content/cases/apple.md": TemporarySite.caseFile(title: "\"西岭县\\L苹果增产\"", extra: extra),
            "content/cases/pasted.md": TemporarySite.caseFile(title: "红色\u{2028}展馆"),
            "content/pages/about.md": "---\ntitle: 关于\u{2029}我们\n---\n正文。\n",
        ])
        defer { site.remove() }
        let sink = MemorySink()
        let report = Builder(options: BuildOptions(siteRoot: site.root)).run(into: sink)
        #expect(report.succeeded, "\(report.diagnostics)")
        let apple = try #require(sink.text("cases/apple/index.html"))
        #expect(apple.contains(">西岭县 苹果增产</h1>"))
        #expect(apple.contains("调研 启动"))
        #expect(apple.contains("研究生 党支部"))
        #expect(apple.contains("Test Expo"))
        #expect(try #require(sink.text("cases/pasted/index.html")).contains(">红色 展馆</h1>"))
        #expect(try #require(sink.text("about/index.html")).contains("关于 我们"))
        for (path, data) in sink.files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(path)")
        }
    }
}
