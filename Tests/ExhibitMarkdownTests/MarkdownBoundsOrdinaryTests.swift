@testable import ExhibitMarkdown
import Testing

/// Ordinary Markdown reaches cmark-gfm as written: the bounds touch only what is past them,
/// so a site's pages are byte for byte what they were before the bounds.
@Suite struct MarkdownBoundsOrdinaryTests {
    private let renderer = MarkdownRenderer(options: MarkdownOptions(lineOffset: 0))
    private static let table = "| a | b |\n|---|---|\n| 1 | 2 |\n"
    private static let pipes = "`p|q|r|s|t`"

    /// Tables beside the blocks that end them, tables in lists and quotes, code spans
    /// with pipes, and rows that are not a table's.
    static let documents: [String] = [
        table + "> quote \(pipes)\n",
        table + "- item \(pipes)\n",
        table + "1. item \(pipes)\n",
        table + "# Head \(pipes)\n",
        table + "***\n| x | \(pipes) | y | z |\n",
        table + "<div>\n| x | y | z | w |\n</div>\n",
        table + "```\n| x | y | z | w |\n```\n",
        "Options a | b | c\n| --- |\nRun `ls | sort | uniq | wc` here.\n",
        "a | b | c\n--- | ---\n| x | y | z | w |\n",
        "| a |\n|---|---|\n| x | y | z | w |\n",
        "> | a | b |\n> |---|---|\n> | 1 | 2 | 3 |\n| x | y | z | w |\n",
        "> | a | b |\n> |---|---|\n> | 1 | 2 |\n> > nested \(pipes)\n",
        "- | a | b |\n  |---|---|\n  | 1 | 2 | 3 |\n| x | y | z | w |\n",
        "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n- next \(pipes)\n",
        "- para\n| a | b |\n|---|---|\n| x | y | z | w |\n",
        "1. para\n\n   | a |\n   |---|\n       | code | x | y |\n",
        "Text \(pipes) and more.\n\n| 甲 | 乙 |\n|:--|--:|\n| `a|b` | c |\n\n## 小结 \(pipes)\n",
    ]

    @Test(arguments: documents)
    func ordinaryMarkdownIsPassedThroughUnchanged(_ markdown: String) {
        let bytes = Array(markdown.utf8)
        let bounds = MarkdownBounds(bytes)
        #expect(bounds.bytes == bytes)
        #expect(bounds.limits == [])
    }

    @Test func codeSpansAfterATableKeepTheirPipes() {
        for block in ["> quote", "- item", "# Head"] {
            let document = renderer.render(Self.table + block + " " + Self.pipes + "\n")
            #expect(document.html.contains("<code>p|q|r|s|t</code>"))
            #expect(document.limits == [])
        }
    }

    @Test func aDelimiterRowNotMatchingItsHeaderMakesNoTable() {
        let document = renderer.render("Options a | b | c\n| --- |\nRun `ls | sort | uniq | wc` here.\n")
        #expect(document.html.contains("<code>ls | sort | uniq | wc</code>"))
        #expect(!document.html.contains("<table"))
    }

    @Test func aLongRowOfATableInAListIsStillBounded() {
        let row = "  | x " + String(repeating: "| x ", count: 40_000) + "|\n"
        let document = renderer.render("- | a | b |\n  |---|---|\n" + row)
        #expect(document.limits == [MarkdownLimit(kind: .tableRowCells(40_001, columns: 2), line: 3, column: 1)])
    }

    @Test func aLongRowLessIndentedThanItsDelimiterRowIsStillBounded() {
        let row = "| x " + String(repeating: "| x ", count: 40_000) + "|\n"
        let document = renderer.render("  | a | b |\n  |---|---|\n" + row)
        #expect(document.limits == [MarkdownLimit(kind: .tableRowCells(40_001, columns: 2), line: 3, column: 1)])
    }
}
