@testable import ExhibitText
import PropertyBased
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

    /// A stylesheet saved with Windows line ends loses its indentation as well.
    @Test func windowsLineEndsAreLineEnds() {
        let css = "/* Why. */\r\n.card {\r\n  color: red;\r\n\r\n  margin: 0 auto;\r\n}\r\n"
        #expect(StylesheetText.compact(css) == ".card {\ncolor: red;\nmargin: 0 auto;\n}\n")
    }

    @Test func anUnclosedCommentEndsTheSheet() {
        #expect(StylesheetText.compact(".a { color: red; }\n/* never closed") == ".a { color: red; }\n")
    }
}

/// The lines are trimmed over bytes where that gives what trimming `Character`s gives, and
/// by `Character` where it might not (a space beside a combining or prepended mark).
@Suite struct StylesheetLinesTests {
    @Test func bytesGiveWhatCharactersGive() {
        let pieces = ["a", ";", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\u{301}", "\u{600}", "、", "{", "}", ""]
        var generator = Xoshiro(seed: (13, 1, 2, 3))
        var byBytes = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = StylesheetText.trimmedLines(byCharacter: text)
            if let lines = StylesheetText.trimmedLines(Array(text.utf8)) {
                byBytes += 1
                #expect(lines == expected, "\(text.debugDescription)")
            }
            #expect(StylesheetText.compact(text) == expected, "\(text.debugDescription)")
        }
        #expect(byBytes > 4_000, "most texts are trimmed over their bytes")
    }
}
