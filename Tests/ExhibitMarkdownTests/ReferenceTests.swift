import Testing
import ExhibitMarkdown

/// Links and images: where they were written, and their rewriting.
@Suite struct ReferenceTests {
    static let markdown = """
        # 标题

        见[其他案例](other-case.md)和![校园](../images/a.png "图")。
        > 引用 [q](q.md)
        >   续行 [q2](q2.md "t")

        - 列表 [l](l.md) www.example.com

        | 表 | [t](t.md) |
        |---|---|

        参考[ref][r]与<https://x.cn>。[^1]

        [r]: /ref

        [^1]: 注 [fn](fn.md)
        """

    @Test func linesAndColumnsPointIntoTheFile() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: false, lineOffset: 5))
        let document = renderer.render(Self.markdown)
        let links = document.links.map { "\($0.line):\($0.column) \($0.destination) \($0.text)" }
        #expect(
            links == [
                "8:2 other-case.md 其他案例",
                "9:6 q.md q",
                "10:8 q2.md q2",
                "12:6 l.md l",
                "12:16 http://www.example.com www.example.com",
                "14:7 t.md t",
                "17:3 /ref ref",
                "17:12 https://x.cn https://x.cn",
                "21:9 fn.md fn",
            ])
        #expect(document.links.allSatisfy { $0.kind == .link })
        #expect(
            document.images == [
                MarkdownReference(kind: .image, destination: "../images/a.png", text: "校园", line: 8, column: 24)
            ])
    }

    @Test func rewriteIsCalledInDocumentOrderAndReplacesURLs() {
        var calls: [String] = []
        let document = Rendering.safe.render(
            "[案例](other-case.md#part) ![图](a.png)\n\n[![内](b.png)](c.md) [外](https://x.cn)"
        ) { reference in
            calls.append("\(reference.kind) \(reference.destination) \(reference.text)")
            switch reference.destination {
            case "other-case.md#part": return "../other-case/#part"
            case "a.png", "b.png": return "../../images/\(reference.destination)"
            case "c.md": return "../c/"
            default: return nil
            }
        }
        #expect(
            calls == [
                "link other-case.md#part 案例", "image a.png 图", "link c.md 内", "image b.png 内", "link https://x.cn 外",
            ])
        #expect(
            document.html == """
                <p><a href="../other-case/#part">案例</a> <img src="../../images/a.png" alt="图" /></p>
                <p><a href="../c/"><img src="../../images/b.png" alt="内" /></a> <a href="https://x.cn">外</a></p>

                """)
        // Reported destinations are the ones written, not the rewritten ones.
        #expect(document.links.map(\.destination) == ["other-case.md#part", "c.md", "https://x.cn"])
    }

    @Test func columnsOnLazyAndIndentedContinuationLines() {
        let document = Rendering.safe.render("> 第一行\n续行 [a](a.md)\n\n段落\n    缩进 [b](b.md)\n")
        #expect(document.links.map { "\($0.line):\($0.column)" } == ["2:4", "5:8"])
    }

    @Test func crlfLineEndings() {
        let document = Rendering.safe.render("第一行\r\n\r\n[a](a.md) 与 [b](b.md)\r\n")
        #expect(document.links.map { "\($0.line):\($0.column)" } == ["3:1", "3:13"])
        #expect(document.html == "<p>第一行</p>\n<p><a href=\"a.md\">a</a> 与 <a href=\"b.md\">b</a></p>\n")
    }
}
