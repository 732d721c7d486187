import ExhibitText
import Testing

/// Published stylesheets lose comments, indentation and blank lines, and nothing else.
@Suite struct StylesheetTextTests {
    @Test func commentsIndentationAndBlankLinesGo() {
        let css = "/* Why the cards look so. */\n.card {\n  color: red; /* the category's */\n\n  margin: 0 auto;\n}\n"
        #expect(StylesheetText.compact(css) == ".card {\ncolor: red;\nmargin: 0 auto;\n}\n")
    }

    @Test func stringsAndValuesStayAsWritten() {
        let css = ".a::before { content: \"/* not a comment */\"; }\n.b { font-family: 'Noto  Serif', serif; width: calc(100% - 2rem); }\n"
        #expect(StylesheetText.compact(css) == css)
    }

    @Test func aCommentBetweenTwoWordsStillSeparatesThem() {
        #expect(StylesheetText.compact(".a{margin:0/**/auto}\n") == ".a{margin:0 auto}\n")
    }

    @Test func anUnclosedCommentEndsTheSheet() {
        #expect(StylesheetText.compact(".a { color: red; }\n/* never closed") == ".a { color: red; }\n")
    }
}
