import ExhibitMarkdown
import Testing

/// What reaches cmark-gfm is bounded: the places that would make it quadratic are shown
/// as text (or, for a row's extra cells, dropped as GitHub drops them) and reported.
@Suite struct MarkdownBoundsTests {
    private let renderer = MarkdownRenderer(options: MarkdownOptions(lineOffset: 5))

    @Test func imagesLeftOpenAroundLinksAreShownAsTyped() {
        let document = renderer.render("正文\n\n" + String(repeating: "![[]()", count: 20_000) + "\n")
        #expect(document.limits == [MarkdownLimit(kind: .openImages(20_000), line: 8, column: 1)])
        #expect(document.images.isEmpty)
        #expect(document.plainText.string.hasPrefix("正文\n![![![!["))
    }

    @Test func aFewUnclosedImagesAreNotTouched() {
        let markdown = "![一 ![二 [链接](a.md) ![图](b.png)\n"
        let document = renderer.render(markdown)
        #expect(document.limits == [])
        #expect(document.images.map(\.destination) == ["b.png"])
        #expect(document.links.map(\.column) == [9])
    }

    @Test func aTableOfFortyThousandColumnsIsPlainText() {
        let document = renderer.render(String(repeating: "|a", count: 40_000) + "|\n" + String(repeating: "|-", count: 40_000) + "|\n")
        #expect(document.limits == [MarkdownLimit(kind: .tableColumns(40_000), line: 6, column: 1)])
        #expect(!document.html.string.contains("<table"))
        #expect(document.html.string.hasPrefix("<p>|a|a|a|"))
        #expect(document.plainText.string.contains("|-|-|-|"))
    }

    @Test func aTableOfTwoHundredColumnsIsATable() {
        let document = renderer.render(String(repeating: "|a", count: 200) + "|\n" + String(repeating: "|-", count: 200) + "|\n")
        #expect(document.limits == [])
        #expect(document.html.string.hasPrefix("<table tabindex=\"0\">"))
    }

    @Test func aHeaderOfManyCellsOverAShortDelimiterRowIsText() {
        let document = renderer.render(String(repeating: "|a", count: 40_000) + "|\n|-|-|\n")
        #expect(document.limits == [MarkdownLimit(kind: .tableColumns(40_000), line: 6, column: 1)])
        #expect(!document.html.string.contains("<table"))
    }

    @Test func aRowsExtraCellsAreDroppedWithoutReadingThem() {
        let table = "| 指标 | 数值 |\n|---|---:|\n"
        let document = renderer.render(table + "| 增产 | 30% " + String(repeating: "| x ", count: 40_000) + "|\n| 户数 | 200 |\n")
        #expect(document.limits == [MarkdownLimit(kind: .tableRowCells(40_002, columns: 2), line: 8, column: 1)])
        #expect(document.html == renderer.render(table + "| 增产 | 30% |\n| 户数 | 200 |\n").html)
    }

    @Test func aFewExtraCellsAreDroppedAsBeforeAndNotReported() {
        let document = renderer.render("| a | b |\n|---|---|\n| 1 | 2 | 3 | `4|5` |\n")
        #expect(document.limits == [])
        #expect(document.html.string.contains("<td>1</td>\n<td>2</td>\n</tr>"))
    }

    @Test func quotesNestedFiftyThousandDeepStopAtAHundred() {
        let markdown = String(repeating: ">", count: 50_000) + " 深处 [a](a.md)\n" + String(repeating: "懒\n", count: 1_000)
        let document = renderer.render(markdown)
        #expect(document.limits == [MarkdownLimit(kind: .nesting, line: 6, column: 101)])
        #expect(document.html.string.hasPrefix(String(repeating: "<blockquote>\n", count: 100) + "<p>" + String(repeating: "&gt;", count: 49_900) + " 深处 <a href=\"a.md\">a</a>"))
        // Where the author wrote the link, not counting the backslash the bound added.
        #expect(document.links.map(\.column) == [50_005])
    }

    @Test func listMarkersTenThousandDeepStopAtAHundred() {
        let document = renderer.render(String(repeating: "- ", count: 10_000) + "x\n")
        #expect(document.limits == [MarkdownLimit(kind: .nesting, line: 6, column: 201)])
        #expect(document.html.string.components(separatedBy: "<ul>").count - 1 == 100)
    }

    @Test func ordinaryNestingAndThematicBreaksAreNotTouched() {
        let markdown = "> > > 引用\n\n- 一\n  - 二\n    1. 三\n\n" + String(repeating: "- ", count: 300) + "\n"
        #expect(renderer.render(markdown).limits == [])
    }

    @Test func fencedCodeIsLeftAsWritten() {
        let code = String(repeating: ">", count: 300) + "\n" + String(repeating: "|-", count: 300) + "|\n" + String(repeating: "![[]()", count: 300)
        let document = renderer.render("正文\n\n```\n" + code + "\n```\n\n> ```\n> " + String(repeating: ">", count: 300) + "\n> ```\n")
        #expect(document.limits == [])
        #expect(document.html.string.contains(String(repeating: "&gt;", count: 300) + "\n" + String(repeating: "|-", count: 300)))
    }

    @Test func aBodyOverSixteenMegabytesIsNotRendered() {
        let markdown = String(repeating: "段落。\n\n", count: MarkdownBounds.maxBytes / 11 + 1)
        let document = renderer.render(markdown)
        #expect(document.limits == [MarkdownLimit(kind: .tooLarge(bytes: markdown.utf8.count), line: 6, column: 1)])
        #expect(document.html == "")
    }
}
