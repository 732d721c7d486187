import Testing
import ExhibitMarkdown

/// CommonMark and the GFM extensions, one input against one exact output.
@Suite struct MarkdownSyntaxTests {
    @Test func paragraphsAndEmphasis() {
        #expect(
            Rendering.html("Hello *world* and **校企**\n\nSecond `code` line") == """
                <p>Hello <em>world</em> and <strong>校企</strong></p>
                <p>Second <code>code</code> line</p>

                """)
    }

    @Test func softBreakIsKept() {
        #expect(Rendering.html("第一行\n第二行") == "<p>第一行\n第二行</p>\n")
    }

    @Test func quotesStayAsTyped() {
        // Smart punctuation is off: Chinese and straight quotes reach the page unchanged.
        #expect(
            Rendering.html("他说“你好”，'single' \"double\" -- ...")
                == "<p>他说“你好”，'single' &quot;double&quot; -- ...</p>\n")
    }

    /// Every table of a body takes the focus, the last one at the very end too, and the
    /// word in code is left as written.
    @Test func everyTableTakesTheFocus() {
        let html = Rendering.html("`<table>` 表格\n\n| a |\n|---|\n| 1 |\n\n中间\n\n| b |\n|---|\n| 2 |\n")
        #expect(html.components(separatedBy: "<table tabindex=\"0\">\n").count == 3)
        #expect(!html.contains("<table>"))
        #expect(html.hasPrefix("<p><code>&lt;table&gt;</code> 表格</p>\n"))
        #expect(html.hasSuffix("</table>\n"))
    }

    /// A table takes the keyboard focus (`tabindex`): on a phone it scrolls sideways.
    @Test func table() {
        #expect(
            Rendering.html("| 指标 | 数值 |\n|:--|--:|\n| 学生 | 120 |\n") == """
                <table tabindex="0">
                <thead>
                <tr>
                <th style="text-align: left">指标</th>
                <th style="text-align: right">数值</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td style="text-align: left">学生</td>
                <td style="text-align: right">120</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func strikethrough() {
        #expect(Rendering.html("~~旧方案~~ 新方案") == "<p><del>旧方案</del> 新方案</p>\n")
    }

    @Test func autolinks() {
        #expect(
            Rendering.html("见 www.example.com 与 https://example.org/a?b=1. 或 <https://x.cn>")
                == "<p>见 <a href=\"http://www.example.com\">www.example.com</a> 与 "
                + "<a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a>. 或 "
                + "<a href=\"https://x.cn\">https://x.cn</a></p>\n")
    }

    /// Each checkbox is named by its item's text: a bare one is an unnamed form control to
    /// a screen reader (axe-core `label`, critical).
    @Test func taskList() {
        #expect(
            Rendering.html("- [ ] 待办\n- [x] 完成\n") == """
                <ul>
                <li><input type="checkbox" class="task-checkbox" disabled aria-label="待办"> 待办</li>
                <li><input type="checkbox" class="task-checkbox" checked disabled aria-label="完成"> 完成</li>
                </ul>

                """)
    }

    @Test func taskListNamesAreTheItemsPlainTextEscaped() {
        let html = Rendering.html("- [x] 签订 *校企* `协议` \"A&B\"\n  第二行\n")
        #expect(html.contains("<li><input type=\"checkbox\" class=\"task-checkbox\" checked disabled aria-label=\"签订 校企 协议 &quot;A&amp;B&quot; 第二行\"> 签订 <em>校企</em>"))
    }

    /// `"` followed by a combining mark is one Character; the label used to be escaped by
    /// Character, so that quote went through unescaped and ended the attribute.
    @Test func aQuoteWithACombiningMarkCannotEndTheLabel() {
        let html = Rendering.html("- [ ] say \"\u{301} onmouseover=alert(1) x\n")
        #expect(html.contains("aria-label=\"say &quot;\u{301} onmouseover=alert(1) x\">"), "\(html)")
    }

    @Test func looseAndNestedTaskListsLabelEveryBoxInItsParagraph() {
        let html = Rendering.html("- [x] 松散\n\n  第二段\n  - [ ] 嵌套\n- [ ] 其次\n")
        #expect(html == """
            <ul>
            <li>
            <p><input type="checkbox" class="task-checkbox" checked disabled aria-label="松散"> 松散</p>
            <p>第二段</p>
            <ul>
            <li><input type="checkbox" class="task-checkbox" disabled aria-label="嵌套"> 嵌套</li>
            </ul>
            </li>
            <li>
            <p><input type="checkbox" class="task-checkbox" disabled aria-label="其次"> 其次</p>
            </li>
            </ul>

            """)
        #expect(Rendering.unsafeHTML("- [x] 完成 <b>好</b>\n").contains("aria-label=\"完成 好\"> 完成 <b>好</b>"))
    }

    @Test func footnotes() {
        #expect(
            Rendering.html("成果显著[^a]。\n\n[^a]: 见附件。\n") == """
                <p>成果显著<sup class="footnote-ref"><a href="#fn-a" id="fnref-a" data-footnote-ref>1</a></sup>。</p>
                <section class="footnotes" data-footnotes>
                <ol>
                <li id="fn-a">
                <p>见附件。 <a href="#fnref-a" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
                </li>
                </ol>
                </section>

                """)
    }

    @Test func codeBlockKeepsLanguage() {
        #expect(
            Rendering.html("```swift\nlet a = \"<b>\"\n```\n")
                == "<pre><code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n</code></pre>\n")
    }

    @Test func byteOrderMarkIsIgnored() {
        #expect(Rendering.html("\u{FEFF}# 标题\n") == "<h1 id=\"biao-ti\">标题</h1>\n")
    }

    @Test func emptyDocument() {
        let document = Rendering.safe.render("")
        #expect(document == MarkdownDocument(html: "", headings: [], links: [], images: [], plainText: ""))
    }
}
