@testable import ExhibitMarkdown
import PropertyBased
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

    /// The screen that lets nearly every document skip the scan (`mayReachABound`) never
    /// skips one the scan would change: generated documents near every bound (nesting,
    /// columns, cells, open images, with tabs, CR LF and Chinese between), screened and
    /// not, give the same text and limits.
    @Test func theScreenSkipsOnlyWhatTheScanLeavesAlone() {
        let pieces = ["| x ", "|", "|-", "|---", "![", "!", "[a](b)", "]", "> ", ">", ">\t", "- ", "* ", "1. ", "12) ", "  ", "\t",
                      "\n", "\r\n", "\r", "```\n", "中文，", "正文。", "---", "\\|", "\\!", "x"]
        let repeated = ["| x ", "|-", "> ", ">", "- ", "\t- ", "  ", "\t", "![", "!", "1. "]
        var generator = Xoshiro(seed: (7, 100, 200, 201))  // the same documents on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        // And each bound exactly: columns, a row's cells and open images, on either side.
        var exact: [String] = []
        for k in 196...204 {
            let header = String(repeating: "a|", count: k - 1) + "a\n", delimiter = String(repeating: "-|", count: k - 1) + "-\n"
            exact += [header + delimiter, "|a|b|\n|-|-|\n" + String(repeating: "x|", count: k) + "x\n",
                      "| a |\n" + delimiter, String(repeating: "> ", count: k / 2) + "q\n", String(repeating: "\t", count: k / 2) + "- q\n"]
        }
        for k in 98...104 { exact.append(String(repeating: "![", count: k) + "[a](b)\n") }
        var bounded = 0, skipped = 0
        for round in 0..<(3_000 + exact.count) {
            var document = round >= 3_000 ? exact[round - 3_000] : ""
            for _ in 0..<(round >= 3_000 ? 0 : 1 + next() % 12) {
                if next() % 4 == 0 {
                    // A run that ends just short of a bound, at it, or just past it.
                    document += String(repeating: repeated[next() % repeated.count], count: 95 + next() % 12 + (next() % 2) * 100)
                } else {
                    document += pieces[next() % pieces.count]
                }
            }
            let bytes = Array(document.utf8)
            let screened = MarkdownBounds(bytes), scanned = MarkdownBounds(bytes, screened: false)
            #expect(screened.bytes == scanned.bytes, "\(document.debugDescription)")
            #expect(screened.limits == scanned.limits, "\(document.debugDescription)")
            if !scanned.limits.isEmpty { bounded += 1 }
            if !MarkdownBounds.mayReachABound(bytes) { skipped += 1 }
        }
        #expect(bounded > 100, "documents the scan changes")
        #expect(skipped > 300, "documents the screen lets through")
    }

    @Test func codeSpansAfterATableKeepTheirPipes() {
        for block in ["> quote", "- item", "# Head"] {
            let document = renderer.render(Self.table + block + " " + Self.pipes + "\n")
            #expect(document.html.string.contains("<code>p|q|r|s|t</code>"))
            #expect(document.limits == [])
        }
    }

    @Test func aDelimiterRowNotMatchingItsHeaderMakesNoTable() {
        let document = renderer.render("Options a | b | c\n| --- |\nRun `ls | sort | uniq | wc` here.\n")
        #expect(document.html.string.contains("<code>ls | sort | uniq | wc</code>"))
        #expect(!document.html.string.contains("<table"))
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
