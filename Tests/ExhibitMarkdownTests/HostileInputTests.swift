import Foundation
import Testing
import ExhibitMarkdown

/// Input built to hang or crash a parser must render quickly.
@Suite struct HostileInputTests {
    /// Hang guards, not speed checks (speed is measured by `bench/`): a quadratic path
    /// takes minutes on these inputs, and a loaded two-core machine must never fail them.
    /// The 10 MB document takes about 4 s in release and 7 s in debug when the machine
    /// is idle, 32 s was seen under load; the others well under a second.
    static let limit = Duration.seconds(120)
    static let quickLimit = Duration.seconds(60)

    private func render(_ markdown: String, unsafe: Bool = false) -> (MarkdownDocument, Duration) {
        let renderer = unsafe ? Rendering.unsafe : Rendering.safe
        var document: MarkdownDocument?
        let time = ContinuousClock().measure { document = renderer.render(markdown) }
        return (document!, time)
    }

    @Test func tenMegabyteDocument() {
        let block = "## 第 N 节\n\n段落 **粗体** ~~删除~~ www.example.com 与 [链接](a.md) ![图](b.png) 中文内容。\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        let markdown = String(repeating: block, count: 10_000_000 / block.utf8.count)
        let (document, time) = render(markdown)
        print("10 MB: \(time)")
        #expect(time < Self.limit)
        #expect(document.links.count > 100_000)
        #expect(document.headings.last?.id.hasPrefix("di-n-jie-") == true)
    }

    @Test func fiftyThousandNestedBlockQuotes() {
        let (document, time) = render(String(repeating: ">", count: 50_000) + " 深处 [a](a.md)\n")
        #expect(time < Self.quickLimit)
        #expect(document.links.map(\.column) == [50_005])
        // Nesting stops at MarkdownBounds.maxNesting: the other `>` are text.
        #expect(document.plainText.string == String(repeating: ">", count: 49_900) + " 深处 a")
    }

    @Test func fiftyThousandOpeningBrackets() {
        let (document, time) = render(String(repeating: "[", count: 50_000) + "\n")
        #expect(time < Self.quickLimit)
        #expect(document.html.string == "<p>" + String(repeating: "[", count: 50_000) + "</p>\n")
    }

    @Test func longContinuationLinesInsideDeepQuotes() {
        let line = String(repeating: ">", count: 20_000) + " " + String(repeating: "*a* ", count: 2_000) + "\n"
        let (document, time) = render(line + line + line)
        #expect(time < Self.quickLimit)
        // The `>` past MarkdownBounds.maxNesting are text.
        #expect(document.plainText.string.hasPrefix(String(repeating: ">", count: 19_900) + " a a a"))
    }

    @Test func deeplyNestedImagesAndLinks() {
        let nested = String(repeating: "![a ", count: 20_000) + "x" + String(repeating: "](i.png)", count: 20_000)
        let (document, time) = render(nested + "\n\n" + String(repeating: "[a](", count: 50_000) + "\n")
        #expect(time < Self.quickLimit)
        #expect(document.images.count == 20_000)
    }

    @Test func manyBackticksEmphasisAndListMarkers() {
        let markdown = String(repeating: "*a **b ", count: 30_000) + "\n\n" + String(repeating: "`", count: 50_000)
            + "\n\n" + String(repeating: "- ", count: 10_000) + "x\n"
        let (_, time) = render(markdown)
        #expect(time < Self.quickLimit)
    }

    @Test func unterminatedRawHTMLWithUnsafeHTML() {
        // Every tag runs to the end without closing: each failed scan would restart at the
        // next `<`, so the sanitiser must stop rescanning rather than go quadratic.
        let markdown = "<div>\n" + String(repeating: "<a title='x ", count: 50_000) + "\n"
        let (document, time) = render(markdown, unsafe: true)
        #expect(time < Self.quickLimit)
        #expect(!document.html.string.contains("<a "))
        #expect(document.html.string.hasPrefix("<div>\n&lt;a title='x &lt;a title='x "))
    }
}
