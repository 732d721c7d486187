import Testing
import ExhibitMarkdown

/// Heading ids: stable, unique, in the HTML, and not forgeable by raw HTML.
@Suite struct HeadingTests {
    @Test func idsFromChineseEnglishDuplicateEmojiAndMarkup() {
        let document = Rendering.safe.render(
            "# 校企党建共建\n## Overview\n## Overview\n## 🎉🎉\n### `code` and *emphasis*\n#### 小结 ✨\n")
        #expect(
            document.html == """
                <h1 id="xiao-qi-dang-jian-gong-jian">校企党建共建</h1>
                <h2 id="overview">Overview</h2>
                <h2 id="overview-2">Overview</h2>
                <h2 id="section-4">🎉🎉</h2>
                <h3 id="code-and-emphasis"><code>code</code> and <em>emphasis</em></h3>
                <h4 id="xiao-jie">小结 ✨</h4>

                """)
        #expect(
            document.headings == [
                MarkdownHeading(level: 1, text: "校企党建共建", id: "xiao-qi-dang-jian-gong-jian"),
                MarkdownHeading(level: 2, text: "Overview", id: "overview"),
                MarkdownHeading(level: 2, text: "Overview", id: "overview-2"),
                MarkdownHeading(level: 2, text: "🎉🎉", id: "section-4"),
                MarkdownHeading(level: 3, text: "code and emphasis", id: "code-and-emphasis"),
                MarkdownHeading(level: 4, text: "小结 ✨", id: "xiao-jie"),
            ])
    }

    /// A heading whose text begins with a combining mark (pasted from a decomposed
    /// source) has its id too: the mark joins the `>` of `<h2>` into one character.
    @Test func aHeadingBeginningWithACombiningMarkHasItsID() {
        let document = Rendering.safe.render("## \u{301}Cafe\n")
        #expect(document.html == "<h2 id=\"cafe\">\u{301}Cafe</h2>\n")
    }

    @Test func suffixesSkipIdsAlreadyTaken() {
        let ids = Rendering.safe.render("## A\n## A\n## A 2\n## A\n").headings.map(\.id)
        #expect(ids == ["a", "a-2", "a-2-2", "a-3"])
    }

    /// Past the few headings a page usually has, the ids taken are kept in a set: the
    /// suffixes go on the same way.
    @Test func manyEqualHeadingsStayUnique() {
        let markdown = String(repeating: "## A\n", count: 40) + "## A 35\n## A\n"
        let ids = Rendering.safe.render(markdown).headings.map(\.id)
        #expect(ids == ["a"] + (2...40).map { "a-\($0)" } + ["a-35-2", "a-41"])
        #expect(Set(ids).count == ids.count)
    }

    @Test func headingsAvoidFootnoteIds() {
        let document = Rendering.safe.render("## fn a\n\n正文[^a]\n\n[^a]: 注释\n")
        #expect(document.headings.map(\.id) == ["fn-a-2"])
        #expect(document.html.string.hasPrefix("<h2 id=\"fn-a-2\">fn a</h2>\n"))
    }

    @Test func setextAndNestedHeadings() {
        #expect(
            Rendering.html("Title\n=====\n\n> ## 引用\n\n- ### 列表\n") == """
                <h1 id="title">Title</h1>
                <blockquote>
                <h2 id="yin-yong">引用</h2>
                </blockquote>
                <ul>
                <li>
                <h3 id="lie-biao">列表</h3>
                </li>
                </ul>

                """)
    }

    @Test func rawHTMLCannotForgeOrHijackHeadings() {
        // The raw `<h2>` stays as written and gets no id; the Markdown heading does, and its
        // own raw HTML is still sanitised and tag-filtered.
        #expect(
            Rendering.unsafeHTML("<h2>fake</h2>\n\n## Real <b onclick=\"x\">粗</b> <script>\n") == """
                <h2>fake</h2>
                <h2 id="real-cu">Real <b>粗</b> &lt;script></h2>

                """)
        #expect(Rendering.unsafe.render("<h2>fake</h2>\n\n## Real\n").headings.map(\.text) == ["Real"])
    }

    @Test func safeModeStillGetsIds() {
        #expect(Rendering.html("## Real <b>粗</b>\n") == "<h2 id=\"real-cu\">Real <!-- raw HTML omitted -->粗<!-- raw HTML omitted --></h2>\n")
    }

    @Test func linksInHeadingsAreRewritten() {
        let html = Rendering.safe.render("## See [other](other.md)\n") { _ in "../other/" }.html
        #expect(html == "<h2 id=\"see-other\">See <a href=\"../other/\">other</a></h2>\n")
    }
}
