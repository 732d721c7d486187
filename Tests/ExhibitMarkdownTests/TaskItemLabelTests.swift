@testable import ExhibitMarkdown
import PropertyBased
import Testing

/// A task item's label collapses white space as splitting its `Character`s at white space
/// and joining them by single spaces does, whether its bytes are read (nearly every item)
/// or its characters (text with marks, emoji or rarer spaces).
@Suite struct TaskItemLabelTests {
    @Test func bytesCollapseAsCharactersDo() {
        let pieces = ["a", "签订", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{3000}", "，", "Ａ", "é",
                      "ˇ", "e\u{301}", " \u{301}", "\u{2028}", "\u{2003}", "\u{200B}", "👍🏽", "\u{302A}", "〃", "~", ""]
        var generator = Xoshiro(seed: (8, 6, 7, 5))  // the same texts on every run
        func next() -> Int { Int(truncatingIfNeeded: generator.next() >> 33) }
        for _ in 0..<20_000 {
            let text = (0..<(next() % 9)).map { _ in pieces[next() % pieces.count] }.joined()
            #expect(TaskItemLabeler.collapsingWhiteSpace(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                    "\(text.debugDescription)")
        }
    }
}
