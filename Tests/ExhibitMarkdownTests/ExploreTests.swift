import Testing
import ExhibitMarkdown

@Test func explore() {
    let safe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: false, lineOffset: 0))
    let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, lineOffset: 0))
    let docs = [
        "# 校企党建 `code` *em*\n\n## Same\n## Same\n## 🎉\n\nHello **world** ~~gone~~ www.x.com https://y.org/z.\n\n- [ ] a\n- [x] b\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: The note.\n",
        "<script>alert(1)</script>\n\n<div onclick=\"x\" title='a\"b'><a href=\"jav&#x61;script:alert(1)\">x</a></div>\n\n[a](javascript:alert(1)) ![i](data:text/html,x) <b onmouseover=alert(1)>b</b>\n\n# <em>raw</em> head\n",
        "> quote [q](q.md)\n>   [q2](q2.md)\n\n中文[链接](c.md) and https://y.org/z\n",
    ]
    for d in docs {
        let a = safe.render(d) { r in print(r); return nil }
        print(a.html); print(a.headings); print(a.plainText)
        print("--- unsafe"); print(unsafe.render(d).html)
    }
}
